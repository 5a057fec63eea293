// The project's import graph for the conventions test: every source file under the scanned folders, each
// import resolved to a repository path ("src/store/db.ts") or a package name ("dexie", "node:fs"), and the
// graph questions the rules ask: what a file reaches, and which files import each other in a circle.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { blank, type ImportRef, parseImports } from "./scan";

export const ROOT = resolve(import.meta.dirname, "../..");
/** The folders the rules speak about; dist/, node_modules/ and the fixture pages are not source. */
export const SOURCE_DIRS = ["src", "content-scripts", "popup", "scripts", "test", "bin"];
const SOURCE_FILE = /\.(?:ts|tsx|mjs|js)$/;
const SKIPPED_DIRS = new Set(["node_modules", "pages", "expected"]);
/** How a relative specifier without an extension is tried, in TypeScript's (bundler) order. */
const RESOLVE_SUFFIXES = ["", ".ts", ".tsx", ".mjs", ".js", "/index.ts", "/index.tsx", "/index.mjs", "/index.js"];

export interface Edge extends ImportRef {
  from: string;
  /** A repository path for a relative import, else the package ("dexie", "preact/hooks" → "preact"). */
  to: string;
}

export interface SourceFile {
  path: string;
  src: string;
  /** The source with comments and literal contents blanked (scan.ts). */
  code: string;
  imports: Edge[];
}

export function listSources(root = ROOT, dirs = SOURCE_DIRS): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(join(root, dir)).sort()) {
      const path = `${dir}/${name}`;
      if (statSync(join(root, path)).isDirectory()) {
        if (!SKIPPED_DIRS.has(name)) walk(path);
      } else if (SOURCE_FILE.test(name) && !name.endsWith(".d.ts")) out.push(path);
    }
  };
  for (const dir of dirs) if (existsSync(join(root, dir))) walk(dir);
  return out;
}

export function readSources(root = ROOT, dirs = SOURCE_DIRS): Map<string, SourceFile> {
  const files = new Map<string, SourceFile>();
  for (const path of listSources(root, dirs)) {
    const src = readFileSync(join(root, path), "utf8");
    const code = blank(src);
    const imports = parseImports(src, code).map((ref) => ({
      ...ref,
      from: path,
      to: resolveSpecifier(root, path, ref.specifier),
    }));
    files.set(path, { path, src, code, imports });
  }
  return files;
}

/** A relative specifier as the file it names (the first suffix that exists), a bare one as its package. */
export function resolveSpecifier(root: string, from: string, specifier: string): string {
  const bare = specifier.replace(/[?#].*$/, "");
  if (!bare.startsWith(".")) {
    const parts = bare.split("/");
    return bare.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0]!;
  }
  const base = join(dirname(join(root, from)), bare);
  for (const suffix of RESOLVE_SUFFIXES) {
    const candidate = base + suffix;
    if (existsSync(candidate) && statSync(candidate).isFile()) return relative(root, candidate).split("\\").join("/");
  }
  // Unbuilt output (bin/ imports dist-node/) still names the path it means.
  return relative(root, base).split("\\").join("/");
}

/**
 * The first import chain from `start` to a module `target` accepts (breadth-first: a shortest one), or null.
 * `follow` says which edges count.
 */
export function findPath(
  files: Map<string, SourceFile>,
  start: string,
  target: (module: string) => boolean,
  follow: (edge: Edge) => boolean = () => true,
): Edge[] | null {
  const via = new Map<string, Edge | null>([[start, null]]);
  const queue = [start];
  while (queue.length) {
    const at = queue.shift()!;
    for (const edge of files.get(at)?.imports ?? []) {
      if (!follow(edge)) continue;
      if (target(edge.to)) {
        const chain = [edge];
        for (let e = via.get(edge.from); e; e = via.get(e.from)) chain.unshift(e);
        return chain;
      }
      if (via.has(edge.to)) continue;
      via.set(edge.to, edge);
      queue.push(edge.to);
    }
  }
  return null;
}

export interface Cycle {
  /** Every file of the knot (a strongly connected component): each reaches every other. */
  members: string[];
  /** One shortest circle through the knot's first file. */
  chain: Edge[];
}

/** Import circles: Tarjan's strongly connected components of the graph (a file importing itself counts). */
export function findCycles(files: Map<string, SourceFile>, follow: (edge: Edge) => boolean = () => true): Cycle[] {
  const out = (path: string) => (files.get(path)?.imports ?? []).filter((e) => follow(e) && files.has(e.to));
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  let counter = 0;
  // Iterative, so a long chain of imports cannot overflow the call stack.
  for (const root of files.keys()) {
    if (index.has(root)) continue;
    const work: { node: string; edges: Edge[]; next: number }[] = [];
    const enter = (node: string) => {
      index.set(node, counter);
      low.set(node, counter++);
      stack.push(node);
      onStack.add(node);
      work.push({ node, edges: out(node), next: 0 });
    };
    enter(root);
    while (work.length) {
      const frame = work[work.length - 1]!;
      if (frame.next < frame.edges.length) {
        const to = frame.edges[frame.next++]!.to;
        if (!index.has(to)) enter(to);
        else if (onStack.has(to)) low.set(frame.node, Math.min(low.get(frame.node)!, index.get(to)!));
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.node, Math.min(low.get(parent.node)!, low.get(frame.node)!));
      if (low.get(frame.node) === index.get(frame.node)) {
        const component: string[] = [];
        let member: string;
        do {
          member = stack.pop()!;
          onStack.delete(member);
          component.push(member);
        } while (member !== frame.node);
        const selfLoop = out(frame.node).some((e) => e.to === frame.node);
        if (component.length > 1 || selfLoop) components.push(component.sort());
      }
    }
  }
  return components
    .sort((a, b) => a[0]!.localeCompare(b[0]!))
    .map((component) => {
      const inside = new Set(component);
      const first = component[0]!;
      // The shortest way from the component's first file back to itself, staying inside the component.
      const chain = findPath(
        new Map([...files].map(([p, f]) => [p, { ...f, imports: out(p).filter((e) => inside.has(e.to)) }])),
        first,
        (m) => m === first,
      );
      return { members: component, chain: chain ?? [] };
    });
}

/** `a.ts:3 → b.ts:7 → a.ts`: each file with the line of its import of the next. */
export function formatChain(chain: Edge[]): string {
  return chain
    .map((e) => `${e.from}:${e.line}${e.typeOnly ? " (import type)" : ""}`)
    .concat(chain.at(-1)?.to ?? [])
    .join(" → ");
}
