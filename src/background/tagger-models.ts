// The learned tagger's models in the extension: the packaged models/*.bin, fetched from the extension's own files
// (never the network) when a text in their language first needs one, decoded once and kept while the background
// lives. Tagging runs here, where the engine runs — never in the content script. A file that cannot be read is one
// console warning and null: the engine then works from its rules alone, as it does for languages with no model.
import { lexiconFor } from "../extract/lang";
import type { TaggerModels } from "../extract/model-lookup";
import { decodeModel, type TaggerModel } from "../extract/tagger/model";
import type { Lang } from "../extract/types";

export interface ExtensionModels {
  /** Loads the model of a language if it has one and it is not loaded yet; never rejects. */
  ready: (lang: Lang) => Promise<void>;
  /** The loaded models: what `ready` has brought in, null for the rest. */
  lookup: TaggerModels;
}

export interface ExtensionModelsDeps {
  /** The extension's address of one of its own files (runtime.getURL). */
  fileUrl: (path: string) => string;
  /** Reads a file of the extension; `fetch` on its own address by default. */
  readFile?: (url: string) => Promise<ArrayBuffer>;
  warn?: (line: string) => void;
}

const fetchBytes = async (url: string) => {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${response.status} ${response.statusText}`.trim());
  return response.arrayBuffer();
};

export function extensionModels({
  fileUrl,
  readFile = fetchBytes,
  warn = (line) => console.warn(line),
}: ExtensionModelsDeps): ExtensionModels {
  const models = new Map<string, TaggerModel | null>();
  const loading = new Map<string, Promise<void>>();
  const load = async (file: string, lang: Lang) => {
    try {
      const model = decodeModel(await readFile(fileUrl(`models/${file}`)));
      if (model.lang !== lang) throw new Error(`it is the model of "${model.lang}", not "${lang}"`);
      models.set(file, model);
    } catch (e) {
      warn(
        `PolicyLens: models/${file} could not be read (${e instanceof Error ? e.message : String(e)}); using the rules only`,
      );
      models.set(file, null);
    }
  };
  return {
    ready: (lang) => {
      const file = lexiconFor(lang).model;
      if (!file) return Promise.resolve();
      let pending = loading.get(file);
      if (!pending) loading.set(file, (pending = load(file, lang)));
      return pending;
    },
    lookup: (lang) => {
      const file = lexiconFor(lang).model;
      return file ? (models.get(file) ?? null) : null;
    },
  };
}
