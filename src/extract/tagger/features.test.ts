import { describe, expect, it } from "vitest";
import type { Lang } from "../types";
import { bucketOf, featureIds, featureNames, shapeOf, SLOTS, wordIds } from "./features";
import { tokenizeRange } from "./tokens";

/** One sentence per line; the features of the token `word` (its first occurrence on line `line`). */
function featuresOf(text: string, lang: Lang, line: number, word: string): string[] {
  let at = 0;
  const lines = text.split("\n").map((l) => {
    const s = { start: at, end: at + l.length };
    at += l.length + 1;
    return tokenizeRange(text, s.start, s.end);
  });
  const i = lines[line]!.findIndex((t) => t.text === word);
  return featureNames(lines, lang)[line]![i]!;
}

describe("shapeOf", () => {
  it.each([
    ["Moscow", "Xxx"],
    ["EU", "XX"],
    ["IBM", "XX"],
    ["1996", "dd"],
    ["U.S.", "X.X."],
    ["пресс-секретарь", "xx-xx"],
    ["Рысмамбетов", "Xxx"],
    ["«", "«"],
    ["IMF", "XX"],
    ["Porter", "Xxx"],
    ["2016", "dd"],
    ["“", "“"],
  ])("%s → %s", (word, shape) => {
    expect(shapeOf(word)).toBe(shape);
  });
});

describe("featureNames", () => {
  it.each<{ lang: Lang; text: string; line?: number; word: string; present: string[]; absent?: string[] }>([
    {
      lang: "ru",
      text: "Экономист Расул Рысмамбетов считает",
      word: "Рысмамбетов",
      present: ["w=Рысмамбетов", "l=рысмамбетов", "k=рысмамбетов", "sh=Xxx", "p4=рысм", "s2=ов", "s3=тов", "l-1=расул"],
      absent: ["first|sh=Xxx"],
    },
    {
      lang: "ru",
      text: "Экономист Расул Рысмамбетов считает",
      word: "Расул",
      present: [
        "lx=given",
        "lx-1=role",
        "k-1=экономист",
        "l-2=<s>",
        "l|l+1=расул|рысмамбетов",
        "sh-1|sh|sh+1=Xxx|Xxx|Xxx",
      ],
    },
    {
      lang: "ru",
      text: "Экономист Расул Рысмамбетов считает",
      word: "Экономист",
      present: ["lx=role", "first|sh=Xxx", "l-1=<s>", "lx+1=given"],
    },
    {
      lang: "ru",
      text: "Рысмамбетов считает",
      word: "считает",
      present: ["lx=speech", "s2=ет", "l+1=</s>"],
    },
    {
      lang: "ru",
      text: "Об этом сообщили в Министерстве финансов",
      word: "Министерстве",
      present: ["lx=orghead", "s2=ве"],
    },
    { lang: "ru", text: "Он приехал в Москву", word: "Москву", present: ["lx=place", "l-1=в"] },
    { lang: "ru", text: "Компания «Казахмыс» сообщила", word: "Казахмыс", present: ["q", "l-1=«"] },
    { lang: "ru", text: "По данным ВВП вырос", word: "ВВП", present: ["lx=acrstop", "sh=XX"] },
    { lang: "ru", text: "В Минфине сказали", word: "Минфине", present: ["lx=gaz"] },
    {
      // On the first line "Рысмамбетов" is capitalised mid-sentence, right after a given name: facts for the second.
      lang: "ru",
      text: "Расул Рысмамбетов пишет\nРысмамбетов считает",
      line: 1,
      word: "Рысмамбетов",
      present: ["d=aftergiven", "d=capmid", "first|sh=Xxx"],
      absent: ["d=afterrole"],
    },
    {
      // The same facts do not count the token itself: alone, the first line has none.
      lang: "ru",
      text: "Расул Рысмамбетов пишет",
      word: "Рысмамбетов",
      present: ["lx-1=given"],
      absent: ["d=aftergiven", "d=capmid"],
    },
    {
      // A Russian word's stem without its case ending; the run of capitalised words it is in.
      lang: "ru",
      text: "Заседание Совета Федерации прошло",
      word: "Совета",
      present: ["st=совет", "run=I"],
    },
    { lang: "ru", text: "Заседание Совета Федерации прошло", word: "Федерации", present: ["st=федерац", "run=E"] },
    { lang: "ru", text: "Заседание Совета Федерации прошло", word: "Заседание", present: ["run=B"] },
    { lang: "ru", text: "Он видел Путина вчера", word: "Путина", present: ["run=S"] },
    { lang: "ru", text: "Заседание Совета Федерации прошло", word: "прошло", present: ["run=O"] },
    { lang: "ru", text: "Глава Банка Центр Инвест сказал", word: "Центр", present: ["run=I"] },
    {
      // Elsewhere in the text "Сенат" follows a quote, "Минфин" an organisation's head noun, "Бишкек" "в".
      lang: "ru",
      text: "Он говорил о «Сенате»\nМинистерство Минфина сообщило\nОн живёт в Бишкеке\nСенат, Минфин и Бишкек",
      line: 3,
      word: "Сенат",
      present: ["d=quoted"],
      absent: ["d=afterhead", "d=afterin"],
    },
    {
      lang: "ru",
      text: "Он говорил о «Сенате»\nМинистерство Минфина сообщило\nОн живёт в Бишкеке\nСенат, Минфин и Бишкек",
      line: 3,
      word: "Минфин",
      present: ["d=afterhead"],
      absent: ["d=quoted", "d=afterin"],
    },
    {
      lang: "ru",
      text: "Он говорил о «Сенате»\nМинистерство Минфина сообщило\nОн живёт в Бишкеке\nСенат, Минфин и Бишкек",
      line: 3,
      word: "Бишкек",
      present: ["d=afterin"],
      absent: ["d=quoted", "d=afterhead"],
    },
    {
      // A context counts only elsewhere: the word in that context itself does not get the feature.
      lang: "ru",
      text: "Он живёт в Бишкеке",
      word: "Бишкеке",
      absent: ["d=afterin"],
      present: ["l-1=в"],
    },
    {
      lang: "en",
      text: "Whale whisperer Hori Parata said",
      word: "Parata",
      present: ["w=Parata", "l=parata", "sh=Xxx", "l-1=hori", "lx+1=speech", "s3=ata", "run=E"],
      absent: ["st=parata"],
    },
    { lang: "en", text: "Whale whisperer Hori Parata said", word: "said", present: ["lx=speech"] },
    { lang: "en", text: "The economist John Smith", word: "economist", present: ["lx=role", "l-1=the"] },
    { lang: "en", text: "He left the Department of Conservation", word: "Department", present: ["lx=orghead"] },
    { lang: "en", text: "Prices rose in Kenya", word: "Kenya", present: ["lx=place", "l-1=in"] },
    { lang: "en", text: "The CEO spoke", word: "CEO", present: ["lx=acrstop", "sh=XX"] },
    {
      // "Parata" is capitalised mid-sentence on the other line, after a given name: the sentence-initial one gets both facts.
      lang: "en",
      text: "Parata spoke first\nThen John Parata left",
      line: 0,
      word: "Parata",
      present: ["d=capmid", "d=aftergiven", "first|sh=Xxx"],
      absent: ["d=lowseen"],
    },
    { lang: "en", text: "They met Mr Brown", word: "Mr", present: ["lx=title"] },
  ])("$lang: $word in “$text”", ({ lang, text, line, word, present, absent }) => {
    const names = featuresOf(text, lang, line ?? 0, word);
    for (const f of present) expect(names).toContain(f);
    for (const f of absent ?? []) expect(names).not.toContain(f);
  });
});

describe("featureIds", () => {
  it.each<[Lang, string]>([
    ["ru", "Экономист Расул Рысмамбетов считает, что «Казахмыс» и Минфин правы.\nОн приехал в Москву."],
    ["en", "Whale whisperer Hori Parata said the Department of Conservation was wrong.\nParata left."],
  ])("%s: the buckets are the hashes of the names", (lang, text) => {
    const buckets = 2 ** 16;
    let at = 0;
    const doc = text.split("\n").map((l) => {
      const tokens = tokenizeRange(text, at, at + l.length);
      at += l.length + 1;
      return tokens;
    });
    const names = featureNames(doc, lang);
    const ids = featureIds(doc, lang, buckets);
    names.forEach((sentence, s) =>
      sentence.forEach((token, i) => {
        const { offsets, ids: all } = ids[s]!;
        expect([...all.slice(offsets[i]!, offsets[i + 1]!)]).toEqual(token.map((n) => bucketOf(n, buckets)));
      }),
    );
  });

  it.each<Lang>(["ru", "en"])(
    "%s: without the word features, a token's buckets and its words' (own, and each neighbour's from its slot) are all of them",
    (lang) => {
      const text = "Экономист Расул Рысмамбетов считает, что «Казахмыс» и Minfin правы.";
      const doc = [tokenizeRange(text, 0, text.length)];
      const buckets = 2 ** 16;
      const [every] = featureIds(doc, lang, buckets);
      const [rest] = featureIds(doc, lang, buckets, false);
      const sorted = (xs: Iterable<number>) => [...xs].sort((a, b) => a - b);
      doc[0]!.forEach((token, i) => {
        const own = wordIds(token.text, lang, buckets).own;
        const neighbours = SLOTS.flatMap(({ d, before }, k) => {
          const j = before ? i - d : i + d;
          return [...wordIds(doc[0]![j]?.text ?? null, lang, buckets).slots[k]!];
        });
        // The word's own are left to the tagger's per-word sums: none of them is among the token's.
        expect(rest!.own[i]).toBe(0);
        const others = rest!.ids.slice(rest!.offsets[i]!, rest!.offsets[i + 1]!);
        expect(sorted([...own, ...neighbours, ...others])).toEqual(
          sorted(every!.ids.slice(every!.offsets[i]!, every!.offsets[i + 1]!)),
        );
      });
    },
  );
});
