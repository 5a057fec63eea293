// One extraction as an exporter's page: the CLI has no library, so the page is named by the result's
// address, or by its file when a saved page has none.
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { type PageExport, unsavedPageExport } from "../export/page-export";
import type { ExtractResult } from "../extract/types";
import { normaliseUrl } from "../page/normalise-url";

export function cliPageExport(result: ExtractResult, file: string, now: number): PageExport {
  const url = result.url ?? result.canonicalUrl ?? pathToFileURL(resolve(file)).href;
  const page = {
    key: normaliseUrl(url) ?? url,
    url,
    canonicalUrl: result.canonicalUrl,
    title: result.title,
    lang: result.lang,
  };
  return unsavedPageExport(page, [], result, now);
}
