// `npm start`: opens the bundled sample article in Chromium with the built extension. With a display the
// browser stays open for the reader; without one it runs headless, saves out/sample.png and prints the
// page's annotations. The article is served at its real address from the local file: nothing goes online.
import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
import { launch, openArticle, tabIdOf, tabState } from "./lib/browser";
import { REFERENCE } from "./lib/fixture-page";
import { countOf, MENTION } from "../src/plural";
import { unnamedProposer } from "../src/unnamed-proposer";

const out = resolve(import.meta.dirname, "../out");
const headless = !process.env.DISPLAY;
const session = await launch([REFERENCE], undefined, { headless });
try {
  const page = await openArticle(session, REFERENCE.url);
  const state = await tabState(session, await tabIdOf(session, REFERENCE.url));
  mkdirSync(out, { recursive: true });
  await page.bringToFront();
  await page.screenshot({ path: resolve(out, "sample.png") });
  const r = state.result!;
  // As the popup tells it: the outlet is the page's source, not one of the story's bodies, and what no one named
  // proposes is the author's in a first-person post, else the outlet's, by name when the text names it.
  const { byAuthor, outlet } = unnamedProposer(r);
  const nobody = byAuthor ? "the author" : outlet ? `the outlet, ${outlet}` : "the outlet";
  console.log(`${r.title}\n${REFERENCE.url}  [${r.lang}]${outlet ? `\nSource: ${outlet}` : ""}\n`);
  console.log("Experts:");
  for (const p of r.people.filter((p) => p.expert))
    console.log(`  ${p.name}${p.role ? `, ${p.role}` : ""} (${countOf(p.mentions.length, "en", MENTION)})`);
  console.log("Organisations:");
  for (const o of r.organisations.filter((o) => !o.outlet)) {
    const also = o.variants.filter((v) => v !== o.name);
    const count = countOf(o.mentions.length, "en", MENTION);
    console.log(`  ${o.name} (${count}${also.length ? `; also ${also.join(", ")}` : ""})`);
  }
  console.log("Policy options:");
  for (const o of r.policyOptions) console.log(`  • ${o.text}\n    — ${o.proposer ?? nobody}`);
  console.log(`\nScreenshot of the annotated page: ${resolve(out, "sample.png")}`);
  if (!headless) {
    console.log("Close the browser window to finish.");
    await new Promise((done) => session.context.on("close", done));
  }
} finally {
  await session.close().catch(() => undefined);
}
