// One extraction as an exporter's page: the CLI has no library, so the page record is made from the result
// (a saved page without an address is named by its file).
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { PageExport } from "../export/page-export";
import type { ExtractResult } from "../extract/types";
import { normaliseUrl } from "../page/normalise-url";

export function cliPageExport(result: ExtractResult, file: string, now: number): PageExport {
  const url = result.url ?? result.canonicalUrl ?? pathToFileURL(resolve(file)).href;
  return {
    page: {
      key: normaliseUrl(url) ?? url,
      url,
      canonicalUrl: result.canonicalUrl,
      aliases: [],
      title: result.title,
      lang: result.lang,
      firstSeen: now,
      lastSeen: now,
    },
    notes: [],
    result,
  };
}
