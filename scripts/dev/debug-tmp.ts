import { launch } from "../../test/e2e/browser";
const names = process.argv.slice(2);
const pages = names.map((n) => ({ url: `https://www.theguardian.com/bench/${n}/`, file: `/work/shared/data/readability-pages/${n}/source.html`, headers: { "content-security-policy": "script-src 'none'" } }));
const s = await launch(pages);
for (const p of pages) {
  const page = await s.context.newPage();
  const cdp = await s.context.newCDPSession(page);
  await cdp.send("Profiler.enable");
  await cdp.send("Profiler.setSamplingInterval", { interval: 200 });
  await cdp.send("Profiler.start");
  await page.goto(p.url);
  await page.waitForFunction(() => CSS.highlights.size > 0, null, { timeout: 30000 }).catch(() => null);
  await page.waitForTimeout(500);
  const { profile } = (await cdp.send("Profiler.stop")) as { profile: { nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }[]; samples: number[]; timeDeltas: number[] } };
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const byFn = new Map<string, number>();
  for (const n of profile.nodes) {
    const t = self.get(n.id) ?? 0;
    if (!t) continue;
    const k = `${n.callFrame.functionName || "(anon)"} ${n.callFrame.url.replace(/^.*\//, "")}:${n.callFrame.lineNumber}`;
    byFn.set(k, (byFn.get(k) ?? 0) + t / 1000);
  }
  const ours = [...byFn].filter(([k]) => k.includes("main.js")).sort((a, b) => b[1] - a[1]).slice(0, 12);
  const total = [...byFn].filter(([k]) => k.includes("main.js")).reduce((a, [, v]) => a + v, 0);
  console.log(p.url, "content-script self time ms", total.toFixed(1));
  for (const [k, v] of ours) console.log("  ", v.toFixed(1), k);
  const other = [...byFn].sort((a, b) => b[1] - a[1]).slice(0, 8);
  for (const [k, v] of other) console.log("  all:", v.toFixed(1), k);
  await page.close();
}
await s.close();
