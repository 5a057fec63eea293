import { describe, expect, it } from "vitest";
import { analyse } from "./analysis/analyse";
import { attributeSpeakers } from "./attribute-speakers";
import { findPeople } from "./find-people";
import type { Lang } from "./types";

const SHAPE_ONLY_SPEAKER =
  "Министр Иван Сидоров открыл форум. По словам Петрова, налоги слишком высоки. Он считает, что пошлины нужно отменить.";

describe("attributeSpeakers", () => {
  it.each<[Lang, string, (string | null)[], (string | null)[], boolean[], string[][]]>([
    [
      "en",
      "Jane Doe, an economist at the IMF, opened the forum. Prices will rise, she said. The weather was fine.",
      [null, "Jane Doe", null],
      [null, "Jane Doe", null],
      [true],
      [["she"]],
    ],
    [
      "ru",
      "Выступил Иван Петров. Кроме того, он считает, что нужен фонд.",
      [null, "Иван Петров"],
      [null, "Иван Петров"],
      [true],
      [["он"]],
    ],
    // Петрова is named once, by the shape of a surname: the experts stage gives "Он считает" to Сидоров, the last
    // salient person; for proposers Петрова, who has just spoken, counts as salient and the sentence is hers.
    [
      "ru",
      SHAPE_ONLY_SPEAKER,
      [null, "Петрова", "Иван Сидоров"],
      [null, "Петрова", "Петрова"],
      [true, false],
      [["Он"], ["По словам"]],
    ],
  ])("%s: %s", (lang, text, bySentence, forProposers, salient, views) => {
    const analysis = analyse(text, lang);
    const people = findPeople(analysis, []);
    const speakers = attributeSpeakers(analysis, people);
    const names = (list: typeof speakers.bySentence) => list.map((a) => (a ? people[a.person]!.name : null));
    expect(names(speakers.bySentence)).toEqual(bySentence);
    expect(names(speakers.forProposers)).toEqual(forProposers);
    expect(speakers.salient).toEqual(salient);
    expect(speakers.views.map((v) => v.map((e) => e.cue))).toEqual(views);
  });

  it("reads the speakers once when no person named by shape alone speaks: proposers share the experts' reading", () => {
    const analysis = analyse("Prices will rise, said Jane Doe. She added that the plan would fail.", "en");
    const speakers = attributeSpeakers(analysis, findPeople(analysis, []));
    expect(speakers.forProposers).toBe(speakers.bySentence);
  });
});
