// Reading a source file for the conventions test without a parser: comments and the contents of string,
// template and regular-expression literals are blanked (same length, newlines kept), so a pattern matched on
// the blanked code never fires inside a comment or a string, and every offset and line number stays the
// original's. The import specifiers are then read back from the original text at the same offsets.

export interface ImportRef {
  specifier: string;
  line: number;
  /** `import type …`, `export type … from`, or `import { type A, type B }`: erased by TypeScript, no runtime edge. */
  typeOnly: boolean;
}

/** After these characters (or keywords) a `/` starts a regular expression, not a division. */
const REGEX_AFTER_CHAR = /[(,=:[!&|?{};+\-*%<>~^]/;
const REGEX_AFTER_WORD = /\b(?:return|typeof|case|do|else|in|of|new|delete|void|throw|yield|await)$/;

/** The code with comments and literal contents replaced by spaces; quotes, backticks and `${…}` code stay. */
export function blank(src: string): string {
  const out = src.split("");
  const wipe = (from: number, to: number) => {
    for (let i = from; i < to; i++) if (out[i] !== "\n") out[i] = " ";
  };
  // Each open template literal keeps the brace depth at which its `${` started, to know where code ends.
  const templates: number[] = [];
  let depth = 0;
  let i = 0;
  const n = src.length;
  const lastCode = (at: number) => {
    let j = at - 1;
    while (j >= 0 && /\s/.test(out[j]!)) j--;
    return j;
  };
  const template = () => {
    // At the character after a backtick or after the `}` that closes `${…}`: runs to the closing backtick or `${`.
    const start = i;
    while (i < n && src[i] !== "`") {
      if (src[i] === "\\") i += 2;
      else if (src[i] === "$" && src[i + 1] === "{") {
        wipe(start, i);
        templates.push(depth);
        depth++;
        i += 2;
        return;
      } else i++;
    }
    wipe(start, i);
    i++;
  };
  while (i < n) {
    const c = src[i]!;
    const next = src[i + 1];
    if (c === "/" && next === "/") {
      const end = src.indexOf("\n", i);
      const stop = end < 0 ? n : end;
      wipe(i, stop);
      i = stop;
    } else if (c === "/" && next === "*") {
      const end = src.indexOf("*/", i + 2);
      const stop = end < 0 ? n : end + 2;
      wipe(i, stop);
      i = stop;
    } else if (c === '"' || c === "'") {
      const start = ++i;
      while (i < n && src[i] !== c && src[i] !== "\n") i += src[i] === "\\" ? 2 : 1;
      wipe(start, i);
      i++;
    } else if (c === "`") {
      i++;
      template();
    } else if (c === "/") {
      const j = lastCode(i);
      const before = j < 0 ? "" : src.slice(Math.max(0, j - 10), j + 1);
      if (j < 0 || REGEX_AFTER_CHAR.test(src[j]!) || REGEX_AFTER_WORD.test(before)) {
        const start = ++i;
        let inClass = false;
        while (i < n && src[i] !== "\n" && (inClass || src[i] !== "/")) {
          if (src[i] === "\\") i++;
          else if (src[i] === "[") inClass = true;
          else if (src[i] === "]") inClass = false;
          i++;
        }
        wipe(start, i);
      }
      i++;
    } else if (c === "{") {
      depth++;
      i++;
    } else if (c === "}") {
      depth--;
      i++;
      if (templates.length && templates[templates.length - 1] === depth) {
        templates.pop();
        template();
      }
    } else i++;
  }
  return out.join("");
}

/** 1-based line of an offset. */
export function lineAt(src: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < src.length; i++) if (src.charCodeAt(i) === 10) line++;
  return line;
}

// Matched on blanked code: the quote that opens the specifier is the last group's position.
const STATIC_IMPORT = /(?<![.\w$])import\s+(?![(\s"'])([^;"'`]*?)\bfrom\s*(["'])/g;
const SIDE_EFFECT_IMPORT = /(?<![.\w$])import\s*(["'])/g;
const DYNAMIC_IMPORT = /(?<![.\w$])(?:import|require)\s*\(\s*(["'])/g;
const EXPORT_FROM = /(?<![.\w$])export\s+(type\s+)?(\*(?:\s+as\s+[\w$]+)?|\{[^}]*\})\s*from\s*(["'])/g;

/** Every module a file imports or re-exports, with its line and whether the import is erased at runtime. */
export function parseImports(src: string, code = blank(src)): ImportRef[] {
  const refs: { at: number; quote: number; typeOnly: boolean }[] = [];
  const quoteOf = (m: RegExpExecArray) => m.index + m[0].length - 1;
  for (const m of code.matchAll(STATIC_IMPORT))
    refs.push({ at: m.index, quote: quoteOf(m), typeOnly: isTypeOnlyClause(m[1]!) });
  for (const m of code.matchAll(SIDE_EFFECT_IMPORT)) refs.push({ at: m.index, quote: quoteOf(m), typeOnly: false });
  for (const m of code.matchAll(DYNAMIC_IMPORT)) refs.push({ at: m.index, quote: quoteOf(m), typeOnly: false });
  for (const m of code.matchAll(EXPORT_FROM))
    refs.push({ at: m.index, quote: quoteOf(m), typeOnly: !!m[1] || isTypeOnlyClause(m[2]!) });
  return refs
    .sort((a, b) => a.at - b.at)
    .map(({ at, quote, typeOnly }) => {
      const close = src.indexOf(src[quote]!, quote + 1);
      return { specifier: src.slice(quote + 1, close), line: lineAt(src, at), typeOnly };
    });
}

/** `type X`, `type { … }`, or braces whose every name is marked `type`. */
function isTypeOnlyClause(clause: string): boolean {
  const c = clause.trim();
  if (/^type\s/.test(c)) return true;
  const braces = /^\{([^}]*)\}$/.exec(c);
  if (!braces) return false;
  const names = braces[1]!
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  return names.length > 0 && names.every((s) => /^type\s/.test(s));
}
