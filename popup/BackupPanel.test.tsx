// @vitest-environment happy-dom
// The panel over the real background router and a fake IndexedDB: what the reader clicks goes through the
// same messages, validation and transaction as in the extension.
import "fake-indexeddb/auto";
import fc from "fast-check";
import { act } from "preact/test-utils";
import { afterEach, describe, expect, it } from "vitest";
import { createRouter } from "../src/background/router";
import { openDb, type PolicyLensDb } from "../src/store/db";
import type { NoteRecord } from "../src/records/types";
import type { FileToSave } from "./api";
import { BackupPanel } from "./BackupPanel";
import { backupFileName, chunkEnd, restoreBackup } from "./backup-files";
import { byTestId, click, fixtureNote, HOSTILE, mount, settle, fileText } from "./test-support";

const NOW = new Date(2026, 10, 27, 15, 30).getTime();
const opened: PolicyLensDb[] = [];
let dbCount = 0;

afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await db.delete();
  }
});

/** A database behind the real router, reached the way the library page reaches it. */
function backgroundWith(notes: NoteRecord[] = []) {
  const db = openDb(`backup-panel-test-${process.pid}-${dbCount++}`);
  opened.push(db);
  const handle = createRouter({
    db,
    extensionId: "ext",
    extensionOrigin: "chrome-extension://ext/",
    version: "1",
    now: () => NOW,
    identities: (p) => [p.url],
  });
  const runtime = {
    sendMessage: (m: unknown) => handle(m, { id: "ext", url: "chrome-extension://ext/popup/library.html" }),
  };
  return { db, runtime, ready: db.notes.bulkPut(notes) };
}

async function panel(runtime: { sendMessage(m: unknown): Promise<unknown> }, confirmAnswer = true) {
  const downloads: FileToSave[] = [];
  const questions: string[] = [];
  const root = await mount(
    <BackupPanel
      runtime={runtime}
      download={(f) => void downloads.push(f)}
      now={() => NOW}
      confirm={(q) => (questions.push(q), confirmAnswer)}
    />,
  );
  return { root, downloads, questions };
}

/** Settles until the panel shows a result; IndexedDB work takes more turns than a render. */
async function result(root: HTMLElement): Promise<HTMLElement> {
  for (let i = 0; i < 200 && !byTestId(root, "backup-result"); i++) await settle();
  const el = byTestId(root, "backup-result");
  if (!el) throw new Error("no backup result shown");
  return el;
}

async function chooseFile(root: HTMLElement, text: string | Blob): Promise<void> {
  const input = byTestId(root, "backup-import") as HTMLInputElement;
  Object.defineProperty(input, "files", {
    configurable: true,
    value: [new File([text], "backup.json", { type: "application/json" })],
  });
  await act(async () => void input.dispatchEvent(new Event("change", { bubbles: true })));
}

const NOTES = [
  fixtureNote("n1", { text: `Рысмамбетов ${HOSTILE}`, tags: ["налоги"] }),
  fixtureNote("n2", { text: "😀 emoji" }),
];

describe("BackupPanel", () => {
  it("saves everything as one dated JSON backup file", async () => {
    const bg = backgroundWith(NOTES);
    await bg.ready;
    const { root, downloads } = await panel(bg.runtime);
    await click(byTestId(root, "backup-export"));
    expect((await result(root)).textContent).toBe("Backup saved as policylens-backup-2026-11-27.json");
    expect(downloads).toHaveLength(1);
    expect(downloads[0]!.name).toBe("policylens-backup-2026-11-27.json");
    const backup = JSON.parse(await fileText(downloads[0]!));
    expect(backup.format).toBe("policylens.backup");
    expect(backup.tables.notes).toEqual(NOTES);
  });

  it("saves no file it could not restore, and says which record and field stop it", async () => {
    const backwards = fixtureNote("n-bad", {
      selectors: {
        quote: { type: "TextQuoteSelector", exact: "НДС", prefix: "", suffix: "" },
        position: { type: "TextPositionSelector", start: 50, end: 10 },
      },
    });
    const bg = backgroundWith([...NOTES, backwards]);
    await bg.ready;
    const { root, downloads } = await panel(bg.runtime);
    await click(byTestId(root, "backup-export"));
    const shown = await result(root);
    expect(shown.getAttribute("role")).toBe("alert");
    expect(shown.textContent).toContain('note "n-bad".selectors.position: start 50 is after end 10');
    expect(downloads).toEqual([]);
  });

  it("restores a backup into an empty database, merging, and shows the counts", async () => {
    const from = backgroundWith(NOTES);
    await from.ready;
    const saved = await panel(from.runtime);
    await click(byTestId(saved.root, "backup-export"));
    await result(saved.root);

    const to = backgroundWith();
    const { root, questions } = await panel(to.runtime);
    await chooseFile(root, saved.downloads[0]!.content);
    expect((await result(root)).textContent).toContain("Notes: 2 added, 0 updated, 0 already here");
    expect(questions).toEqual([]);
    expect(await to.db.notes.toArray()).toEqual(NOTES);
  });

  it("asks before replacing, and replaces only when the reader agrees", async () => {
    const bg = backgroundWith([fixtureNote("mine")]);
    await bg.ready;
    const backup = JSON.stringify({
      format: "policylens.backup",
      version: 2,
      exportedAt: new Date(NOW).toISOString(),
      tables: { pages: [], notes: NOTES, entities: [], corrections: [], settings: [] },
    });

    const declined = await panel(bg.runtime, false);
    await click(byTestId(declined.root, "backup-mode-replace"));
    await chooseFile(declined.root, backup);
    await settle();
    expect(declined.questions).toEqual([
      "Replace everything PolicyLens keeps with this backup? Notes that are not in the backup will be deleted.",
    ]);
    expect(byTestId(declined.root, "backup-result")).toBeNull();
    expect((await bg.db.notes.toArray()).map((n) => n.id)).toEqual(["mine"]);

    const agreed = await panel(bg.runtime, true);
    await click(byTestId(agreed.root, "backup-mode-replace"));
    await chooseFile(agreed.root, backup);
    expect((await result(agreed.root)).textContent).toContain("Notes: 2 added");
    expect((await bg.db.notes.toArray()).map((n) => n.id)).toEqual(["n1", "n2"]);
  });

  it.each([
    ["empty", ""],
    ["a byte-order mark alone", "\uFEFF"],
  ])("says a file is empty (%s) before asking to replace everything, and changes nothing", async (_case, text) => {
    const bg = backgroundWith(NOTES);
    await bg.ready;
    const { root, questions } = await panel(bg.runtime);
    await click(byTestId(root, "backup-mode-replace"));
    await chooseFile(root, text);
    const shown = await result(root);
    expect(shown.getAttribute("role")).toBe("alert");
    expect(shown.textContent).toBe("Failed: the file is empty");
    expect(questions).toEqual([]);
    expect(await bg.db.notes.toArray()).toEqual(NOTES);
  });

  it.each([
    ["not JSON", '{"format":"policylens.backup",', /not valid JSON/],
    [
      "a Web Annotation export",
      JSON.stringify({ "@context": "http://www.w3.org/ns/anno.jsonld", type: "AnnotationCollection" }),
      /unknown field "@context"/,
    ],
    ["an empty file", "", /the file is empty/],
  ])("shows why %s is refused and changes nothing", async (_label, text, error) => {
    const bg = backgroundWith(NOTES);
    await bg.ready;
    const { root } = await panel(bg.runtime);
    await chooseFile(root, text);
    const shown = await result(root);
    expect(shown.getAttribute("role")).toBe("alert");
    expect(shown.textContent).toMatch(error);
    expect(await bg.db.notes.toArray()).toEqual(NOTES);
  });
});

describe("backup files", () => {
  it.each([
    [new Date(2026, 0, 5, 0, 1).getTime(), "policylens-backup-2026-01-05.json"],
    [new Date(2026, 11, 31, 23, 59).getTime(), "policylens-backup-2026-12-31.json"],
  ])("names the backup of %d by the reader's date", (now, name) => {
    expect(backupFileName(now)).toBe(name);
  });

  it.each([
    ["a plain cut", "abcdef", 0, 4, 4],
    ["the end of the text", "abcdef", 4, 4, 6],
    ["a cut inside an emoji moves before it", "abc😀def", 0, 4, 3],
    ["a cut right after an emoji stays", "abc😀def", 0, 5, 5],
    ["a one-character chunk still advances", "😀", 0, 1, 1],
  ])("ends a chunk at %s", (_label, text, start, size, end) => {
    expect(chunkEnd(text, start, size)).toBe(end);
  });

  it("cuts any text into chunks that join back into it and never split an emoji", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 200 }), fc.integer({ min: 1, max: 20 }), (text, size) => {
        const chunks: string[] = [];
        for (let start = 0; start < text.length; start = chunkEnd(text, start, size))
          chunks.push(text.slice(start, chunkEnd(text, start, size)));
        expect(chunks.join("")).toBe(text);
        for (const c of chunks) expect(c.length === 1 || !/[\uD800-\uDBFF]$/.test(c)).toBe(true);
      }),
    );
  });

  it("uploads a file in many small chunks and restores it whole", async () => {
    const bg = backgroundWith();
    const text = JSON.stringify({
      format: "policylens.backup",
      version: 2,
      exportedAt: new Date(NOW).toISOString(),
      tables: { pages: [], notes: NOTES, entities: [], corrections: [], settings: [] },
    });
    const counts = await restoreBackup(bg.runtime, new Blob([text]), "merge", 7);
    expect(counts.notes).toEqual({ added: 2, updated: 0, kept: 0 });
    expect(await bg.db.notes.toArray()).toEqual(NOTES);
  });

  // The file is read a megabyte at a time: characters of two and four bytes must survive falling across a cut.
  it.each([0, 1, 2, 3])(
    "restores a file of several megabytes whole, cut at any byte (%i bytes of padding)",
    async (pad) => {
      const bg = backgroundWith();
      const notes = Array.from({ length: 16 }, (_, i) =>
        fixtureNote(`big${String(i).padStart(2, "0")}`, { text: `${"x".repeat(pad)}${"Ж😀ё".repeat(20_000)}` }),
      );
      const text = JSON.stringify({
        format: "policylens.backup",
        version: 2,
        exportedAt: new Date(NOW).toISOString(),
        tables: { pages: [], notes, entities: [], corrections: [], settings: [] },
      });
      expect(new Blob([text]).size).toBeGreaterThan(2 * 1024 * 1024);
      const counts = await restoreBackup(bg.runtime, new Blob([text]), "replace");
      expect(counts.notes).toEqual({ added: 16, updated: 0, kept: 0 });
      expect(await bg.db.notes.orderBy("id").toArray()).toEqual(notes);
    },
  );
});
