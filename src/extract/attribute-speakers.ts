// Attribution: whose words each sentence reports, run once over the people found, for the experts stage (whose
// views are reported) and the options stage (who proposes). Steps: named speakers → salience → speakers carried by
// pronouns, role nouns and quotes → views.
import type { Analysis } from "./analysis/types";
import type { Evidence } from "./types";
import type { FoundPerson, Speakers } from "./findings";
import { lexiconFor } from "./lang";
import { sentenceSpeakers } from "./attribution/sentence-speakers";
import { isSalient } from "./attribution/salient";

export function attributeSpeakers(analysis: Analysis, people: FoundPerson[]): Speakers {
  const speakersIf = sentenceSpeakers(
    analysis,
    people.map((p) => p.mentions),
    lexiconFor(analysis.lang).people,
    people.map((p) => p.roles),
  );
  // Only people named with a strong cue (or named twice) are the ones a later "он" / "he" refers back to.
  const salient = people.map((p) => isSalient(p.mentions.length, p.evidence));
  const bySentence = speakersIf((i) => salient[i]!);
  const views: Evidence[][] = people.map(() => []);
  const referredAs: string[][] = people.map(() => []);
  for (const a of bySentence) {
    if (!a) continue;
    views[a.person]!.push(...a.evidence);
    if (a.referredAs && !referredAs[a.person]!.includes(a.referredAs)) referredAs[a.person]!.push(a.referredAs);
  }
  // Proposers are read with the people as the experts stage returns them, their views among their evidence: a
  // person named by shape alone who speaks ("По словам Петрова, …") is then salient, and a later "Он считает, что
  // нужно …" proposes in their name, while the experts stage gives that sentence to the salient person named before.
  // Both readings are kept as they were when the options stage re-ran attribution on the finished people; making
  // them one would change results, and is for the issue that settles who proposes what.
  const salientSpeaker = people.map((p, i) => isSalient(p.mentions.length, [...p.evidence, ...views[i]!]));
  const forProposers = salientSpeaker.every((s, i) => s === salient[i])
    ? bySentence
    : speakersIf((i) => salientSpeaker[i]!);
  return { bySentence, views, salient, forProposers, referredAs };
}
