// `npm run bench:page [name…]`: the content script's speed on real page structures in a real browser
// (issue 4, "Speed"). Builds the extension, opens every benchmark page (or the ones whose names contain an
// argument) and prints one row per page as it goes, then the summary. Needs Chromium (see scripts/lib/browser.ts).
import { buildExtension } from "./page-bench/build";
import { measurePages } from "./page-bench/measure";
import { benchPages } from "./page-bench/pages";
import { summary, tableHeader, tableRow } from "./page-bench/report";

const only = process.argv.slice(2);
const pages = benchPages().filter((p) => only.length === 0 || only.some((o) => p.name.includes(o)));
const locate = await buildExtension();
console.log(tableHeader());
const results = await measurePages(pages, (m) => console.log(tableRow(m)), locate);
console.log(`\n${summary(results)}`);
