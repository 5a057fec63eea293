// Test data shared by the store, router and popup tests: a note and a router over a fresh database.
import { createRouter, type RouterDeps, type Sender } from "../../src/background/router";
import { openDb } from "../../src/store/db";
import type { NoteRecord } from "../../src/records/types";

/** A plain note on the reference page; override what the test is about. */
export function makeNote(over: Partial<NoteRecord> = {}): NoteRecord {
  return {
    id: "n1",
    pageKey: "https://caravan.kz/news/x",
    selectors: {
      quote: { type: "TextQuoteSelector", exact: "Рысмамбетов", prefix: "экономист Расул ", suffix: " считает" },
      position: { type: "TextPositionSelector", start: 10, end: 21 },
    },
    scope: "article",
    text: "",
    tags: [],
    color: "yellow",
    annotationId: null,
    orphaned: false,
    createdAt: 1,
    updatedAt: 1,
    ...over,
  };
}

let dbCount = 0;

/** A router as the background makes it, over a database of its own. */
export function testRouter(over: Partial<RouterDeps> = {}) {
  const db = over.db ?? openDb(`router-test-${Date.now()}-${dbCount++}`);
  const handle = createRouter({
    db,
    extensionId: "ext",
    extensionOrigin: "chrome-extension://ext/",
    version: "9.9.9",
    now: () => 1000,
    identities: (p) => [...new Set([p.url, p.canonicalUrl].filter((u): u is string => !!u))],
    ...over,
  });
  return { db, handle };
}

/** Who sends: a content script in tab 7, or the extension's own popup and library pages. */
export const SENDERS = {
  content: { id: "ext", url: "https://www.caravan.kz/news/x/", tab: { id: 7 } } satisfies Sender,
  popup: { id: "ext", url: "chrome-extension://ext/popup/index.html?tabId=7" } satisfies Sender,
  library: { id: "ext", url: "chrome-extension://ext/popup/library.html" } satisfies Sender,
};
