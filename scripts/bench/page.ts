// The short page benchmark for `npm run bench`: the content script in Chromium on a few representative
// pages (the reference page, the labelled fixtures, the largest and some odd Readability pages).
// `npm run bench:page` runs all of them. Skipped with a reason when Chromium is not installed.
import { buildExtension } from "../page-bench/build";
import { measurePages } from "../page-bench/measure";
import { benchPages } from "../page-bench/pages";
import { summary, tableHeader, tableRow } from "../page-bench/report";
import { hasChromium } from "./_chromium";

/** Chosen to cover Russian, English and French news, a huge page, a non-article page, and two pages where Readability makes new text nodes (the article text then points outside the live page). */
const REPRESENTATIVE = [
  "caravan-rare-earths",
  "bbc-1",
  "guardian-1",
  "nytimes-3",
  "webmd-1",
  "wikipedia-2",
  "lemonde-1",
  "mozilla-2",
  "clean-links",
  "aclu",
];

export default async function pageBench(): Promise<void> {
  if (!hasChromium()) return;
  const pages = benchPages().filter((p) => REPRESENTATIVE.includes(p.name));
  await buildExtension();
  console.log(tableHeader());
  const results = await measurePages(pages, (m) => console.log(tableRow(m)));
  console.log(`\n${summary(results)}`);
}
