// People in the article text, linked across inflected mentions, and which of them are experts: people whose
// views the article reports. Steps: words → name spans → linked people → attribution → role → result.
import type { Evidence, Lang, Organisation, Person } from "./types";
import type { Sentence } from "./sentences";
import { readWords, type Word } from "./people/words";
import { lexiconFor } from "./lang";
import { findNameSpans } from "./people/name-spans";
import { canonicalName, linkMentions } from "./people/link-mentions";
import { wordKey } from "./people/name-key";
import { findQuotes } from "./people/quotes";
import { attributeSentences } from "./people/attribution";
import { findRole } from "./people/role";
import { stableId } from "./people/stable-id";
import { orgCover } from "./people/org-cover";
import { isSalient } from "./people/salient";
import { partitionPoint } from "../partition-point";

/** Confidence of a person found by a strong cue (given name, title, role, speech verb) and of one found by shape only. */
const STRONG_CONFIDENCE = 0.9;
const SHAPE_CONFIDENCE = 0.6;
/** Confidence added when the person is also an attributed speaker. */
const SPEAKER_BONUS = 0.1;

export function findPeople(text: string, sentences: Sentence[], lang: Lang, orgs: Organisation[]): Person[] {
  const language = lexiconFor(lang);
  const lex = language.people;
  const words = readWords(text, sentences);
  const inOrg = orgCover(orgs);
  const spans = findNameSpans(words, lex, inOrg, language.nameCase === "inflected", lowerCaseWords(words));
  for (const s of spans) {
    s.text = text.slice(s.start, s.end);
    if (s.tail) s.tail.text = text.slice(s.tail.start, s.tail.end);
  }
  const linked = linkMentions(spans);
  // Only people named with a strong cue (or named twice) are the ones a later "он" / "he" refers back to.
  const strong = linked.map((p) => isSalient(p.mentions.length, p.evidence));
  const speakers = attributeSentences(text, sentences, words, linked.map((p) => p.mentions), lex, findQuotes(text), (i) => strong[i]!);
  const views: Evidence[][] = linked.map(() => []);
  for (const a of speakers) if (a) views[a.person]!.push(...a.evidence);
  const nextSentenceAt = (offset: number) => sentences[partitionPoint(sentences.length, (i) => sentences[i]!.start < offset)]?.text ?? "";
  return linked.map((p, i) => {
    const name = canonicalName(p, wordKey);
    const expert = views[i]!.length > 0;
    const { role, affiliation } = findRole(text, p.spans, orgs, lex, nextSentenceAt);
    return {
      id: stableId("person", name.toLowerCase()),
      kind: "person" as const,
      name,
      expert,
      role,
      affiliation,
      mentions: p.mentions,
      confidence: Math.round(Math.min(1, (strong[i] ? STRONG_CONFIDENCE : SHAPE_CONFIDENCE) + (expert ? SPEAKER_BONUS : 0)) * 100) / 100,
      evidence: dedupe([...p.evidence, ...views[i]!]),
    };
  });
}

/**
 * Capitalised words also seen in lower case somewhere in the text: the same word at a sentence start is a common
 * word, not a name. Only capitalised words are asked about, so the set to build stays small.
 */
function lowerCaseWords(words: Word[]): Set<string> {
  const capitalised = new Set<string>();
  for (const w of words) if (w.cap) capitalised.add(w.lower);
  const out = new Set<string>();
  for (const w of words) if (!w.cap && !w.acronym && capitalised.has(w.lower)) out.add(w.lower);
  return out;
}

function dedupe(evidence: Evidence[]): Evidence[] {
  const seen = new Set<string>();
  return evidence.filter((e) => {
    const k = `${e.cue}@${e.start ?? ""}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
