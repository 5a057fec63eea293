// A backup file's text, as it arrives in chunks, parsed record by record: the value JSON.parse would give for
// the whole text, without ever holding the whole text. Restoring a 200 MB file used to hold its chunks, their
// join, and the parsed tree at once (~2.5 GB); here each chunk is dropped once read, and each record of a
// table (`tables.<name>[i]`) is parsed on its own, so the text in memory is one chunk and one record. Only the
// layout of a backup is walked here (the top object, its `tables` object, each table's array); every other
// value, and each record, is handed to JSON.parse whole, so what is valid JSON, and its value, is JSON.parse's.
// ../export/backup.ts's validateBackup then checks the value, exactly as it checks a parsed file
// (`checkBackupChunks`): the verdicts are those of validateBackup on the whole text.
import { validateBackup, type ValidationResult } from "../export/backup";

/** What JSON.parse would say: the value, or why the text is not JSON. */
export type Parsed = { value: unknown } | { error: string };

/** Thrown inside the walk: the text is not JSON (or ends too soon). */
class NotJson extends Error {}

/** Strings up to this long are kept once however often records repeat them: keys, URLs, names, tags. */
const INTERNED_CHARS = 300;
/** At most this many distinct strings are remembered: the table stays small beside the records. */
const INTERNED_STRINGS = 100_000;
/** How deep into a record strings are shared: records are a few levels deep; a hostile one cannot run the walk out of stack. */
const SHARED_DEPTH = 8;

const WHITESPACE = new Set([" ", "\t", "\n", "\r"]);

/**
 * Reads `chunks` in order, emptying each entry of the array once it is read (so its text can be freed), and
 * returns what JSON.parse of their concatenation would (a leading byte-order mark is not part of the JSON).
 */
export function parseBackupChunks(chunks: string[]): Parsed {
  const reader = new ChunkReader(chunks);
  try {
    if (reader.peek() === "\uFEFF") reader.advance(1);
    const value = reader.value("top");
    reader.skipSpace();
    if (!reader.atEnd()) throw new NotJson(`unexpected text after the end of the JSON at character ${reader.offset()}`);
    return { value };
  } catch (e) {
    if (e instanceof NotJson || e instanceof SyntaxError) return { error: e.message };
    throw e;
  }
}

/**
 * validateBackup's verdict on the concatenated chunks, reached record by record (see above). A file that is not
 * JSON gets validateBackup's own words for it, whatever JSON.parse's detail.
 */
export function checkBackupChunks(chunks: string[]): ValidationResult {
  const parsed = parseBackupChunks(chunks);
  if ("error" in parsed)
    return {
      ok: false,
      error: `Not a usable PolicyLens backup: the file is not valid JSON; it may be truncated or damaged (${parsed.error})`,
    };
  // validateBackup reads a string as a file's text: a file that is one JSON string is that string's JSON again.
  return validateBackup(typeof parsed.value === "string" ? JSON.stringify(parsed.value) : parsed.value);
}

type Level = "top" | "tables" | "table" | "other";

/** A cursor over the chunks: `buf` holds the unread text of the current chunk and what a value spanning chunks needs. */
class ChunkReader {
  private buf = "";
  private pos = 0;
  private next = 0;
  /** Characters of the text before `buf`, for error positions. */
  private before = 0;

  constructor(private readonly chunks: string[]) {}

  /** One copy of each short string the records repeat (a page's key on each of its notes, a scope, a colour, a tag). */
  private readonly interned = new Map<string, string>();
  /** The one copy of `value` (remembered if it is the first); long strings are their own. */
  private once(value: string): string {
    if (value.length > INTERNED_CHARS) return value;
    const known = this.interned.get(value);
    if (known !== undefined) return known;
    if (this.interned.size < INTERNED_STRINGS) this.interned.set(value, value);
    return value;
  }
  /**
   * Points a parsed record's short strings at their one copy, in place: a walk, not a JSON.parse reviver, which
   * would define every property again (twice the time). "__proto__" is left alone: assigning it would set the
   * prototype (the restore check refuses a record with that key by name anyway).
   */
  private share(value: unknown, depth = 0): unknown {
    if (typeof value === "string") return this.once(value);
    if (typeof value !== "object" || value === null || depth > SHARED_DEPTH) return value;
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) value[i] = this.share(value[i], depth + 1);
      return value;
    }
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) if (key !== "__proto__") record[key] = this.share(record[key], depth + 1);
    return record;
  }

  offset = () => this.before + this.pos;

  /** Makes at least `n` characters from `pos` available, if the text has them; false at the end of the text. */
  private fill(n: number): boolean {
    while (this.buf.length - this.pos < n) {
      if (this.next >= this.chunks.length) return false;
      this.before += this.pos;
      this.buf = this.buf.slice(this.pos) + this.chunks[this.next]!;
      this.chunks[this.next++] = "";
      this.pos = 0;
    }
    return true;
  }

  peek(): string | undefined {
    return this.fill(1) ? this.buf[this.pos] : undefined;
  }

  advance(n: number): void {
    this.pos += n;
  }

  atEnd(): boolean {
    return !this.fill(1);
  }

  skipSpace(): void {
    for (let c = this.peek(); c !== undefined && WHITESPACE.has(c); c = this.peek()) this.pos++;
  }

  private expect(char: string): void {
    this.skipSpace();
    const c = this.peek();
    if (c !== char)
      throw new NotJson(
        c === undefined
          ? `the text ends where "${char}" was expected`
          : `expected "${char}" at character ${this.offset()}, found ${JSON.stringify(c)}`,
      );
    this.pos++;
  }

  /**
   * The value at the cursor. At the backup's own levels (the top object, `tables`, each table) objects and
   * arrays are walked here; anything else is one JSON text for JSON.parse.
   */
  value(level: Level): unknown {
    this.skipSpace();
    const c = this.peek();
    if (c === "{" && (level === "top" || level === "tables")) return this.object(level);
    if (c === "[" && level === "table") return this.array();
    return JSON.parse(this.rawValue());
  }

  /** An object whose members are walked: the top one (its `tables` is walked too) or `tables` (each an array). */
  private object(level: "top" | "tables"): Record<string, unknown> {
    this.expect("{");
    // Built as JSON.parse builds: own, enumerable properties, "__proto__" included (the check refuses it by name).
    const out: Record<string, unknown> = {};
    this.skipSpace();
    if (this.peek() === "}") {
      this.pos++;
      return out;
    }
    for (;;) {
      this.skipSpace();
      if (this.peek() !== '"') throw new NotJson(`expected a property name at character ${this.offset()}`);
      const key = JSON.parse(this.rawValue()) as string;
      this.expect(":");
      const inner: Level = level === "top" ? (key === "tables" ? "tables" : "other") : "table";
      Object.defineProperty(out, key, {
        value: this.value(inner),
        enumerable: true,
        writable: true,
        configurable: true,
      });
      this.skipSpace();
      const c = this.peek();
      this.pos++;
      if (c === "}") return out;
      if (c !== ",") throw new NotJson(`expected "," or "}" at character ${this.offset() - 1}`);
    }
  }

  /** A table: each record parsed on its own. */
  private array(): unknown[] {
    this.expect("[");
    const out: unknown[] = [];
    this.skipSpace();
    if (this.peek() === "]") {
      this.pos++;
      return out;
    }
    for (;;) {
      out.push(this.share(JSON.parse(this.rawValue())));
      this.skipSpace();
      const c = this.peek();
      this.pos++;
      if (c === "]") return out;
      if (c !== ",") throw new NotJson(`expected "," or "]" at character ${this.offset() - 1}`);
    }
  }

  /**
   * The text of one JSON value at the cursor (after whitespace), which the cursor then passes: a string, an
   * object or array to its matching close (brackets inside strings are skipped), or a literal or number to the
   * next delimiter. Whether it is valid JSON is JSON.parse's to say.
   */
  private rawValue(): string {
    this.skipSpace();
    let depth = 0;
    let inString = false;
    for (let i = this.pos; ; i++) {
      if (i >= this.buf.length) {
        const from = this.pos;
        if (!this.fill(i - this.pos + 1)) {
          if (depth === 0 && !inString && i > this.pos) break;
          throw new NotJson("the text ends inside a value: the file may be truncated");
        }
        // fill() moved the text: `pos` is now 0 and the value starts there.
        i -= from - this.pos;
      }
      const c = this.buf[i]!;
      const first = i === this.pos;
      if (inString) {
        if (c === "\\") i++;
        else if (c === '"') {
          inString = false;
          if (depth === 0) return this.take(i + 1);
        }
      } else if (c === '"') inString = true;
      else if (c === "{" || c === "[") depth++;
      else if (c === "}" || c === "]") {
        if (depth === 0) return this.take(i);
        if (--depth === 0) return this.take(i + 1);
      } else if (depth === 0 && !first && (c === "," || WHITESPACE.has(c))) return this.take(i);
    }
    return this.take(this.buf.length);
  }

  private take(end: number): string {
    const text = this.buf.slice(this.pos, end);
    this.pos = end;
    if (!text) throw new NotJson(`expected a value at character ${this.offset()}`);
    return text;
  }
}
