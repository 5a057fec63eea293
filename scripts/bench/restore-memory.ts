// Peak memory of a restore's check, against the file's size: a generated backup (BENCH_RESTORE_MB, 100 MB by
// default; the was 200 MB) arrives as the upload's chunks, then is checked as the background checks it
// before writing: before, by joining the chunks and parsing the whole text (`validateBackup(parts.join(""))`,
// the upload's chunks still held); now, record by record from the chunks (`checkBackupChunks`). Each way runs in
// a child process of its own, whose peak resident memory (`maxRSS`) less its resident memory before the upload
// is what the restore held, counting the uploaded chunks. The write (IndexedDB's) comes after and is not counted.
import { spawnSync } from "node:child_process";
import { validateBackup } from "../../src/export/backup";
import { LIMITS } from "../../src/limits";
import { SCHEMA_VERSION } from "../../src/records/types";
import { checkBackupChunks } from "../../src/store/backup-parse";
import { BENCH_T0, benchLibrary } from "./_library";

/** The file's size, in MB of UTF-8. */
const FILE_MB = Number(process.env.BENCH_RESTORE_MB ?? 100);
/** Notes generated per batch of the file: small, so making the file never holds more than its chunks. */
const BATCH_NOTES = 1000;
const MODES = ["joined", "record-by-record"] as const;
type Mode = (typeof MODES)[number];

/** One batch of the library, with keys and ids of its own (the check refuses duplicates), as JSON records. */
function batch(b: number): { pages: string[]; notes: string[] } {
  const library = benchLibrary(BATCH_NOTES);
  return {
    pages: library.pages.map((p) => JSON.stringify({ ...p, key: `${p.key}${b}/`, url: `${p.url}${b}/` })),
    notes: library.notes.map((n, i) => JSON.stringify({ ...n, id: `${b}-${i}-${n.id}`, pageKey: `${n.pageKey}${b}/` })),
  };
}

/**
 * The backup file as the upload's chunks (LIMITS.backupChunk characters each), and its size in bytes: pages,
 * then notes, made a batch at a time, so making it holds no more than the chunks.
 */
function uploadChunks(targetBytes: number): { chunks: string[]; bytes: number } {
  const chunks: string[] = [];
  let bytes = 0;
  let pending = "";
  const write = (text: string) => {
    pending += text;
    bytes += Buffer.byteLength(text);
    while (pending.length >= LIMITS.backupChunk) {
      chunks.push(pending.slice(0, LIMITS.backupChunk));
      pending = pending.slice(LIMITS.backupChunk);
    }
  };
  const one = batch(0);
  const batchBytes = Buffer.byteLength([...one.pages, ...one.notes].join(","));
  const batches = Math.max(1, Math.round(targetBytes / batchBytes));
  const header = { format: "policylens.backup", version: SCHEMA_VERSION, exportedAt: new Date(BENCH_T0).toISOString() };
  write(`${JSON.stringify(header).slice(0, -1)},"tables":{"pages":[`);
  for (let b = 0; b < batches; b++) write(`${b ? "," : ""}${batch(b).pages.join(",")}`);
  write(`],"notes":[`);
  for (let b = 0; b < batches; b++) write(`${b ? "," : ""}${batch(b).notes.join(",")}`);
  write(`],"entities":[],"corrections":[],"settings":[],"results":[]}}`);
  chunks.push(pending);
  return { chunks, bytes };
}

/** In the child: makes the upload, checks it one way, prints what it held. */
function child(mode: Mode): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const idle = process.memoryUsage().rss;
  const { chunks, bytes } = uploadChunks(FILE_MB * 1e6);
  const started = performance.now();
  const verdict = mode === "joined" ? validateBackup(chunks.join("")) : checkBackupChunks(chunks);
  const ms = performance.now() - started;
  if (!verdict.ok) throw new Error(verdict.error);
  const peak = process.resourceUsage().maxRSS * 1024;
  const notes = verdict.backup.tables.notes.length;
  console.log(JSON.stringify({ bytes, notes, held: peak - idle, ms }));
}

export default function restoreMemory(): void {
  console.log(`| check | file MB | notes | peak memory held, MB | × file size | time, s |`);
  console.log(`| --- | ---: | ---: | ---: | ---: | ---: |`);
  for (const mode of MODES) {
    const run = spawnSync(process.execPath, [...process.execArgv, "--expose-gc", import.meta.filename, mode], {
      encoding: "utf8",
      maxBuffer: 1 << 20,
      env: process.env,
    });
    const line = run.stdout.trim().split("\n").pop() ?? "";
    if (run.status !== 0 || !line.startsWith("{")) {
      console.log(`| ${mode} | failed: ${(run.stderr || line).trim().split("\n").slice(-1)[0]} |`);
      continue;
    }
    const r = JSON.parse(line) as { bytes: number; notes: number; held: number; ms: number };
    console.log(
      `| ${mode} | ${(r.bytes / 1e6).toFixed(0)} | ${r.notes} | ${(r.held / 1e6).toFixed(0)} | ${(r.held / r.bytes).toFixed(1)} | ${(r.ms / 1000).toFixed(1)} |`,
    );
  }
}

const asChild = process.argv[2];
if (MODES.includes(asChild as Mode)) child(asChild as Mode);
