// The command line, parsed: `policylens extract PAGE.html [--url URL] [--date DATE] [--format json|markdown]`,
// `policylens extract --text FILE.txt [--date DATE]`, `policylens extract --jsonl IN.jsonl`, `policylens --help`.
import { MAX_INPUT_BYTES, megabytes } from "./read-input";

export const FORMATS = ["json", "markdown", "jsonld"] as const;
export type Format = (typeof FORMATS)[number];

export type Command =
  | { kind: "help" }
  | { kind: "html"; file: string; url: string | null; date: string | null; format: Format }
  | { kind: "text"; file: string; date: string | null; format: Format }
  | { kind: "jsonl"; file: string };

export class UsageError extends Error {}

/** A publication date as the engine writes one: a day, or a day and a time (ISO 8601). */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?)?$/;

function isWebAddress(s: string): boolean {
  try {
    return /^https?:$/.test(new URL(s).protocol);
  } catch {
    return false;
  }
}

export function parseArgs(argv: string[]): Command {
  if (argv.length === 0 || argv.includes("--help") || argv.includes("-h") || argv[0] === "help")
    return { kind: "help" };
  const [command, ...rest] = argv;
  if (command !== "extract") throw new UsageError(`unknown command "${command}" (try: policylens --help)`);
  let url: string | null = null,
    date: string | null = null,
    format: Format = "json",
    text: string | null = null,
    jsonl: string | null = null;
  const files: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i]!;
    const value = () => {
      const v = rest[++i];
      if (v === undefined || v.startsWith("--")) throw new UsageError(`${a} needs a value`);
      return v;
    };
    if (a === "--url") {
      url = value();
      // The page's address resolves its links and tells a home page from an article: only a web address will do.
      if (!isWebAddress(url))
        throw new UsageError(`--url must be a web address like https://example.org/news/1, not "${url}"`);
    } else if (a === "--date") {
      date = value();
      if (!ISO_DATE.test(date) || Number.isNaN(Date.parse(date)))
        throw new UsageError(`--date must be a date like 2024-03-05, not "${date}"`);
    } else if (a === "--text") text = value();
    else if (a === "--jsonl") jsonl = value();
    else if (a === "--format") {
      const f = value();
      if (!(FORMATS as readonly string[]).includes(f))
        throw new UsageError(`--format must be ${FORMATS.join(", ")}, not "${f}"`);
      format = f as Format;
    } else if (a.startsWith("--")) throw new UsageError(`unknown option ${a}`);
    else files.push(a);
  }
  const sources = files.length + (text ? 1 : 0) + (jsonl ? 1 : 0);
  if (sources === 0) throw new UsageError("extract needs a page: PAGE.html, --text FILE.txt or --jsonl IN.jsonl");
  if (sources > 1) throw new UsageError("extract takes one input at a time");
  if (jsonl) {
    if (date) throw new UsageError("--date is for one page or text, not a batch");
    return { kind: "jsonl", file: jsonl };
  }
  if (text) return { kind: "text", file: text, date, format };
  return { kind: "html", file: files[0]!, url, date, format };
}

export const HELP = `policylens — experts, organisations and policy options in a news article

Usage:
  policylens extract PAGE.html [--url URL] [--date DATE] [--format json|markdown|jsonld]
  policylens extract --text FILE.txt [--date DATE] [--format json|markdown|jsonld]
  policylens extract --jsonl IN.jsonl        lines {"id","text"} → lines {"id", ...result}
  policylens --help

--date gives the publication date (2024-03-05) when the page has none or the text is bare.
Pages are read in the encoding they declare (byte order mark or <meta charset>), else UTF-8;
texts and batches as UTF-8. Pages and texts over ${megabytes(MAX_INPUT_BYTES)}, and binary files given as text, are refused.

Output on stdout: json is the policylens.extract/1 result; markdown a document for Obsidian and
similar; jsonld a W3C Web Annotation collection. The json of --text and --jsonl also has
"attributions" (who says what) and "entities" (the learned tagger's PER, ORG, LOC and PROFESSION
spans, as offsets into the text; none, with one line on stderr, when a model cannot be read).
Errors: one line on stderr, exit status 1
(a bad line in a batch is reported on stderr and the other lines are still processed).
`;
