// Dev timing of the people + options stages on the fixture texts dumped by the harness (--dump).
import { readFileSync, readdirSync } from "node:fs";
import { detectLang } from "../../src/extract/lang";
import { splitSentences } from "../../src/extract/sentences";
import { findPeople } from "../../src/extract/find-people";
import { findPolicyOptions } from "../../src/extract/find-options";

const texts = readdirSync("/tmp").filter((f) => f.startsWith("text-")).map((f) => readFileSync(`/tmp/${f}`, "utf8"));
const big = texts.join("\n\n");
const words = big.split(/\s+/).length;
const lang = "en" as const;
for (const t of [big, texts.find((t) => detectLang(t) === "ru")!.repeat(5)]) {
  const l = detectLang(t) === "ru" ? "ru" : lang;
  const times: number[] = [];
  for (let r = 0; r < 15; r++) {
    // A fresh sentence list each run, as the pipeline makes: the word cache must not carry over.
    const sentences = splitSentences(t, l);
    const t0 = performance.now();
    const people = findPeople(t, sentences, l, []);
    findPolicyOptions(t, sentences, l, people, []);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const w = t.split(/\s+/).length;
  console.log(`${l}: ${w} words, median ${times[7]!.toFixed(2)} ms, per 5000 words ${(times[7]! * 5000 / w).toFixed(2)} ms`);
}
void words;
