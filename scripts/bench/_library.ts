// A heavy reader's library for the export benchmarks: 50 notes a page, on Russian news pages, every note
// with a quote, text and tags, as the notes store writes them.
import type { BackupTables } from "../../src/export/backup";
import type { NoteRecord, PageRecord } from "../../src/records/types";

/** Notes per page: a heavy reader's notebook, so the library has a realistic number of pages. */
const NOTES_PER_PAGE = 50;
/** When the library was written: fixed, so every run exports the same bytes. */
export const BENCH_T0 = Date.UTC(2026, 0, 1);

export function benchLibrary(notes: number): BackupTables {
  const pages: PageRecord[] = [];
  const out: NoteRecord[] = [];
  for (let p = 0; p < notes / NOTES_PER_PAGE; p++) {
    const key = `https://www.caravan.kz/news/article-${p}/`;
    pages.push({
      key,
      url: key,
      canonicalUrl: null,
      aliases: [],
      title: `Статья ${p}: налоги и бюджет`,
      lang: "ru",
      firstSeen: BENCH_T0,
      lastSeen: BENCH_T0 + p,
    });
    for (let n = 0; n < NOTES_PER_PAGE; n++) {
      const i = p * NOTES_PER_PAGE + n;
      out.push({
        id: `00000000-0000-4000-8000-${String(i).padStart(12, "0")}`,
        pageKey: key,
        scope: "article",
        text: `Заметка ${i}: экономист предлагает снизить НДС, проверить цифры Минфина и сравнить с прошлым годом.`,
        tags: ["налоги", `тема-${i % 20}`],
        color: "yellow",
        annotationId: null,
        orphaned: false,
        createdAt: BENCH_T0 + i,
        updatedAt: BENCH_T0 + i,
        selectors: {
          quote: {
            type: "TextQuoteSelector",
            exact: "необходимо снизить НДС до 10%",
            prefix: "По словам Рысмамбетова, ",
            suffix: ". Минфин пока не",
          },
          position: { type: "TextPositionSelector", start: 120, end: 149 },
        },
      });
    }
  }
  return { pages, notes: out, entities: [], corrections: [], settings: [], results: [] };
}
