// The learned taggers' models (models/ner-<lang>.bin, models/attribution-<lang>.bin), read from disk in Node: for the library and the CLI, from
// the source tree and from the built dist-node/ alike. src/extract/tagger/ stays free of files, so the same tagger
// runs in the extension, which reads the bytes its own way. A missing or unreadable model is one line on stderr
// and null, never a crash: the engine then works from its rules alone.
import { existsSync, readFileSync } from "node:fs";
import { dirname, isAbsolute, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { ATTRIBUTION_FEATURE_VERSION } from "./extract/attribution/learned/features";
import { attributionModelFile } from "./extract/attribution/learned/model-file";
import { FEATURE_VERSION } from "./extract/tagger/features";
import { decodeModel, type TaggerModel } from "./extract/tagger/model";
import { lexiconFor } from "./extract/lang";
import type { TaggerModels } from "./extract/model-lookup";
import type { Lang } from "./extract/types";

export type { TaggerModels };

/** A language's name as a warning gives it ("English", "Russian"). */
const languageName = (lang: Lang) => new Intl.DisplayNames(["en"], { type: "language" }).of(lang) ?? lang;

/**
 * The package's models/ folder: beside the nearest package.json above this module, which is the repository or the
 * installed package whether this module runs as src/tagger-models.ts or bundled into dist-node/ (or its chunks/).
 */
export function packageModelsDir(from: string = dirname(fileURLToPath(import.meta.url))): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, "package.json"))) return join(dir, "models");
    if (dirname(dir) === dir) return join(from, "models");
  }
}

export interface TaggerModelsOptions {
  /** Where the model files are; the package's models/ by default (a test points it at a folder of its own). */
  dir?: string;
  /** Where the one line about a model that cannot be read goes. */
  warn?: (line: string) => void;
}

/**
 * Each model file decoded in this process, by path: decoding one takes tens of milliseconds. Failures are not
 * kept, so a file put right is read by the next loader.
 */
const decoded = new Map<string, TaggerModel>();

/**
 * A loader that gives each language's model (read once per process and kept), or null with one warning the first
 * time its file cannot be read. Languages whose module names no model (kk, other) get null silently.
 */
export function taggerModels(options: TaggerModelsOptions = {}): TaggerModels {
  return modelLoader(options, (lang) => lexiconFor(lang).model, "model", FEATURE_VERSION);
}

/**
 * The attribution tagger's models (models/attribution-<lang>.bin, English only), read as `taggerModels` reads the
 * NER ones: once per process, one warning for a file that cannot be read, then the rules' statements.
 */
export function attributionModels(options: TaggerModelsOptions = {}): TaggerModels {
  return modelLoader(options, attributionModelFile, "attribution model", ATTRIBUTION_FEATURE_VERSION);
}

function modelLoader(
  { dir = packageModelsDir(), warn = (line) => process.stderr.write(line) }: TaggerModelsOptions,
  fileOf: (lang: Lang) => string | null,
  what: string,
  featureVersion: number,
): TaggerModels {
  const loaded = new Map<Lang, TaggerModel | null>();
  return (lang) => {
    if (loaded.has(lang)) return loaded.get(lang)!;
    const file = fileOf(lang);
    let model: TaggerModel | null = null;
    if (file) {
      const path = join(dir, file);
      const read = decoded.get(path) ?? readModel(path, lang, featureVersion);
      if (read instanceof Error)
        warn(
          `policylens: the ${languageName(lang)} ${what} (${shown(path)}) could not be read: ${reason(read)}; using the rules only\n`,
        );
      else decoded.set(path, (model = read));
    }
    loaded.set(lang, model);
    return model;
  };
}

function readModel(path: string, lang: Lang, featureVersion: number): TaggerModel | Error {
  try {
    const model = decodeModel(readFileSync(path), featureVersion);
    // A file renamed or copied over another language's would tag with the wrong word lists.
    return model.lang === lang ? model : new Error(`it is the model of "${model.lang}", not "${lang}"`);
  } catch (e) {
    return e instanceof Error ? e : new Error(String(e));
  }
}

/** The path as the reader can find it: relative to the working folder when inside it. */
function shown(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith("..") && !isAbsolute(rel) ? rel : path;
}

function reason(e: Error): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return "no such file";
  if (code) return code;
  return e.message.replace(/^tagger model: /, "");
}
