// `npx tsx scripts/eval-tagger.ts`: the committed tagger models on the development sets, beside issue 13's floors
// (scripts/tagger/report.ts). `npm run eval` prints the same table after the engine's.
import { taggerReport } from "./tagger/report";

for (const line of taggerReport()) console.log(line);
