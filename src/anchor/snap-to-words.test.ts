import { describe, expect, it } from "vitest";
import { snapToWords } from "./snap-to-words";

/** The text with the match marked [like this], before and after snapping. */
function snap(marked: string): string {
  const start = marked.indexOf("[");
  const end = marked.indexOf("]") - 1;
  const text = marked.replace("[", "").replace("]", "");
  const s = snapToWords(text, start, end);
  return `${text.slice(0, s.start)}[${text.slice(s.start, s.end)}]${text.slice(s.end)}`;
}

describe("snapToWords", () => {
  it.each([
    [
      "most of the first word inside: taken whole",
      "Нужно неза[медлительно создать агентство]",
      "Нужно [незамедлительно создать агентство]",
    ],
    [
      "most of the first word outside: left out",
      "Нужно незамедлитель[но создать агентство]",
      "Нужно незамедлительно [создать агентство]",
    ],
    ["the last word cut, mostly inside: taken whole", "[We must cut tax]es now", "[We must cut taxes] now"],
    ["the last word cut, mostly outside: left out", "[We must cut t]axes now", "[We must cut] taxes now"],
    [
      "edges already on word boundaries: unchanged",
      "Нужно [создать агентство.] Далее",
      "Нужно [создать агентство.] Далее",
    ],
    ["most of one word: that word", "Нужно незамед[лительн]о", "Нужно [незамедлительно]"],
  ])("%s", (_what, marked, want) => {
    expect(snap(marked)).toBe(want);
  });
});
