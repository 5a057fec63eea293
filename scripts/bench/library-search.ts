// Library search over 10,000 notes and 500 pages: the first search of a session (which builds the word
// index) and then one search per keystroke (index range queries only). Runs on fake-indexeddb in Node,
// which is several times slower than a browser's IndexedDB: read these as upper bounds.
import "fake-indexeddb/auto";
import { openDb } from "../../src/store/db";
import { createLibrary } from "../../src/store/library";
import { openSearchDb } from "../../src/store/search-index";
import type { NoteRecord, PageRecord } from "../../src/records/types";

const NOTES = 10_000;
const PAGES = 500;
const KEYSTROKES = ["р", "ры", "рыс", "рысм", "рысмамбетов", "рысмамбетов экспорт"];

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export default async function librarySearchBench(): Promise<void> {
  const db = openDb(`bench-library-${Date.now()}`);
  const index = openSearchDb(`bench-library-search-${Date.now()}`);
  const words = ["экономист", "фонд", "налог", "бюджет", "Рысмамбетов", "КНБ", "Минфин", "тенге", "экспорт", "металлы"];
  const pages: PageRecord[] = Array.from({ length: PAGES }, (_, i) => ({
    key: `https://caravan.kz/news/${i}`,
    url: `https://caravan.kz/news/${i}`,
    canonicalUrl: null,
    aliases: [],
    title: `Новость ${i}: ${words[i % words.length]} и ${words[(i * 7) % words.length]}`,
    lang: "ru",
    firstSeen: i,
    lastSeen: i,
  }));
  const notes: NoteRecord[] = Array.from({ length: NOTES }, (_, i) => ({
    id: `n${i}`,
    pageKey: pages[i % PAGES]!.key,
    selectors: {
      quote: {
        type: "TextQuoteSelector",
        exact: `${words[i % words.length]} считает, что ${words[(i * 3) % words.length]} ${i}`,
        prefix: "",
        suffix: "",
      },
      position: { type: "TextPositionSelector", start: 0, end: 10 },
    },
    scope: "article",
    text: `заметка ${i} про ${words[(i * 5) % words.length]}`,
    tags: [`тег${i % 30}`],
    color: "yellow",
    annotationId: null,
    orphaned: false,
    createdAt: i,
    updatedAt: i,
  }));
  await db.pages.bulkPut(pages);
  await db.notes.bulkPut(notes);

  const library = createLibrary(db, index);
  const first = performance.now();
  await library.search("фонд", 200);
  const firstMs = performance.now() - first;
  const perKey: number[] = [];
  let hits = 0;
  for (let round = 0; round < 3; round++) {
    for (const q of KEYSTROKES) {
      const t = performance.now();
      const r = await library.search(q, 200);
      perKey.push(performance.now() - t);
      hits = r.notes.length + r.pages.length;
    }
  }
  console.log("| measure | ms |");
  console.log("|---|---:|");
  console.log(
    `| first search of a session, building the index of ${NOTES} notes + ${PAGES} pages | ${firstMs.toFixed(0)} |`,
  );
  console.log(
    `| search per keystroke, median of ${perKey.length} ("р" … "рысмамбетов экспорт", ${hits} hits last) | ${median(perKey).toFixed(1)} |`,
  );
  console.log(`| search per keystroke, worst | ${Math.max(...perKey).toFixed(1)} |`);
  db.close();
  index.close();
}
