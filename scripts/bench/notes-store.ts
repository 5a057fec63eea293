// Saving and loading 10,000 notes through the store functions the background uses (one transaction per
// note save, as a reader's saves arrive; one bulk load per page), on fake-indexeddb. fake-indexeddb is far
// slower than a browser's IndexedDB: these times bound the real ones.
import "fake-indexeddb/auto";
import { openDb } from "../../src/store/db";
import { listNotes, saveNote } from "../../src/store/notes";
import type { NoteRecord } from "../../src/records/types";

const NOTES = 10_000;
const PAGES = 200;

function note(i: number): NoteRecord {
  return {
    id: `note-${i}`,
    pageKey: `https://caravan.kz/news/a-${i % PAGES}`,
    selectors: {
      quote: {
        type: "TextQuoteSelector",
        exact: `цитата номер ${i}`,
        prefix: "экономист считает, что ",
        suffix: " — отметил он",
      },
      position: { type: "TextPositionSelector", start: i, end: i + 14 },
    },
    scope: "article",
    text: `Заметка ${i}`,
    tags: ["налоги"],
    color: "yellow",
    annotationId: null,
    orphaned: false,
    createdAt: i,
    updatedAt: i,
  };
}

export default async function bench() {
  const db = openDb(`bench-notes-${Date.now()}`);
  let t = performance.now();
  for (let i = 0; i < NOTES; i++) await saveNote(db, note(i));
  const save = performance.now() - t;
  t = performance.now();
  let loaded = 0;
  for (let p = 0; p < PAGES; p++) loaded += (await listNotes(db, [`https://caravan.kz/news/a-${p}`])).length;
  const loadPages = performance.now() - t;
  t = performance.now();
  const all = await db.notes.toArray();
  const loadAll = performance.now() - t;
  console.log("| step | total ms | per note ms |");
  console.log("| --- | ---: | ---: |");
  console.log(`| save ${NOTES} notes, one transaction each | ${save.toFixed(0)} | ${(save / NOTES).toFixed(3)} |`);
  console.log(
    `| load them page by page (${PAGES} pages, ${loaded} notes) | ${loadPages.toFixed(0)} | ${(loadPages / loaded).toFixed(4)} |`,
  );
  console.log(`| load all ${all.length} at once | ${loadAll.toFixed(0)} | ${(loadAll / all.length).toFixed(4)} |`);
  db.close();
}
