// The `policylens` command: reads a page, a text or a JSONL batch and writes results. Input problems end in
// one line naming the problem and exit status 1; in a batch, a bad line is reported and the rest processed.
import { extractFromHtml, readPlainText } from "../index";
import type { ExtractResult } from "../extract/types";
import { HELP, parseArgs, UsageError, type Command, type Format } from "./args";
import { toJsonLd } from "../export/jsonld";
import { toMarkdownUnseen } from "../export/markdown";
import { cliPageExport } from "./page-export";
import { decodeHtml, decodeText } from "./decode";
import { whyBinary } from "./binary-text";
import { InputError, MAX_INPUT_BYTES, megabytes, readInput } from "./read-input";
import { attributionModels, taggerModels, type TaggerModels } from "../tagger-models";

export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
}

const defaultIo: Io = { out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s) };
/** Markup that any HTML page has: a file without it is not a page. */
const LOOKS_LIKE_HTML = /<(?:!doctype\s+html|html|head|body|article|main|div|p)[\s>]/i;

/**
 * Runs the command line; resolves to the exit status. `models` gives the tagger's model of a language, `attribution`
 * the attribution tagger's, for a text's `attributions` (the package's models/ by default, warnings on `io.err`).
 */
export async function main(
  argv: string[],
  io: Io = defaultIo,
  models: TaggerModels = taggerModels({ warn: io.err }),
  attribution: TaggerModels = attributionModels({ warn: io.err }),
): Promise<number> {
  try {
    const command = parseArgs(argv);
    return await run(command, io, { tagger: models, attribution });
  } catch (e) {
    if (e instanceof UsageError || e instanceof InputError) {
      io.err(`policylens: ${e.message}\n`);
      return 1;
    }
    throw e;
  }
}

/** The models a run reads with. */
interface Models {
  tagger: TaggerModels;
  attribution: TaggerModels;
}

async function run(command: Command, io: Io, models: Models): Promise<number> {
  switch (command.kind) {
    case "help":
      io.out(HELP);
      return 0;
    case "html": {
      const html = decodeHtml(readInput(command.file, MAX_INPUT_BYTES));
      if (!LOOKS_LIKE_HTML.test(html))
        throw new InputError(`${command.file} is not HTML (no <html>, <body> or other page markup)`);
      const result = extractFromHtml(html, { url: command.url, tagger: models.tagger });
      await write(io, dated(result, command.date), command.format, command.file);
      return 0;
    }
    case "text": {
      const text = decodeText(readInput(command.file, MAX_INPUT_BYTES));
      if (!text.trim()) throw new InputError(`${command.file} is empty: there is no text to read`);
      const binary = whyBinary(text);
      if (binary) throw new InputError(`${command.file} is not text (${binary})`);
      // Plain text is what corpora are: its JSON carries who says what and the tagger's spans, for scoring
      // attribution and every entity label on any corpus. The other formats are the exporters' own.
      const reading = readPlainText(text, models);
      const result = dated(reading.result, command.date);
      const out = command.format === "json" ? { ...result, entities: reading.entities } : result;
      await write(io, out, command.format, command.file);
      return 0;
    }
    case "jsonl":
      // A batch may be any size: only each line is limited.
      return runBatch(decodeText(readInput(command.file, null)), command.file, io, models);
  }
}

function runBatch(input: string, file: string, io: Io, models: Models): number {
  let bad = 0;
  input.split("\n").forEach((line, i) => {
    if (!line.trim()) return;
    const where = `${file}:${i + 1}`;
    if (line.length > MAX_INPUT_BYTES) {
      bad++;
      io.err(`policylens: ${where}: the line is over ${megabytes(MAX_INPUT_BYTES)}, not read\n`);
      return;
    }
    let item: unknown;
    try {
      item = JSON.parse(line);
    } catch (e) {
      bad++;
      io.err(`policylens: ${where}: invalid JSON (${(e as Error).message})\n`);
      return;
    }
    const { id, text } = (item ?? {}) as { id?: unknown; text?: unknown };
    if (typeof text !== "string" || !text.trim() || (typeof id !== "string" && typeof id !== "number")) {
      bad++;
      io.err(`policylens: ${where}: a line needs "id" (string or number) and a non-empty "text"\n`);
      return;
    }
    const binary = whyBinary(text);
    if (binary) {
      bad++;
      io.err(`policylens: ${where}: "text" is not text (${binary})\n`);
      return;
    }
    const { result, entities } = readPlainText(text, models);
    io.out(JSON.stringify({ id, ...result, entities }) + "\n");
  });
  return bad ? 1 : 0;
}

/** The result with the date the reader gave, which wins over one the page gives. */
function dated(result: ExtractResult, date: string | null): ExtractResult {
  return date !== null ? { ...result, published: date } : result;
}

/** JSON is the engine's own result; Markdown and JSON-LD are the exporters the extension uses too. */
async function write(io: Io, result: ExtractResult, format: Format, file: string): Promise<void> {
  if (format === "json") return io.out(JSON.stringify(result, null, 2) + "\n");
  const page = cliPageExport(result, file, Date.now());
  if (format === "markdown") return io.out(toMarkdownUnseen(page));
  io.out(JSON.stringify(await toJsonLd([page]), null, 2) + "\n");
}
