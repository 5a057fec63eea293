// Russian cues for policy options: what makes a clause a proposal, and what makes a look-alike not one.
// Regexes run on the lower-cased sentence; Cyrillic has no \b, so word edges are lookarounds.
import type { OptionCue } from "../options/lexicon";

const L = "а-яёa-z";
const w = (body: string) => new RegExp(`(?<![${L}])(?:${body})(?![${L}])`, "g");

export const CUES_RU: OptionCue[] = [
  // Deontic modals: the clause says what must be done.
  { re: w("необходимо|нужно|следует(?!\\s+(?:из|отметить|подчеркнуть|напомнить|учесть,?\\s+что))|должн(?:ы|а|о)|долж[её]н|обязан[аоы]?|целесообразно|требуется"), weight: 0.8, proposal: false },
  { re: w("надо|нельзя|стоит(?=\\s+[" + L + "]+(?:ть|ти|чь)(?:ся)?(?![" + L + "]))|имеет\\s+смысл|пора"), weight: 0.6, proposal: false },
  // Conditional suggestion: "можно было бы создать".
  { re: w("можно\\s+было\\s+бы|следовало\\s+бы|стоило\\s+бы"), weight: 0.7, proposal: false },
  // A means to an end: "может быть обеспечено через …", "можно решить путем …".
  { re: w("(?:может|могут|могло|можно)\\s+(?:быть\\s+)?(?:обеспечен[аоы]?|достигнут[аоы]?|решен[аоы]?|обеспечить|достичь|решить|добиться)\\s+(?:через|путем|путём|за\\s+счет|за\\s+счёт|с\\s+помощью)"), weight: 0.6, proposal: false },
  // Someone puts a course of action forward.
  { re: w("предлага(?:ет|ют|л[аи]?)|предложил[аи]?|призыва(?:ет|ют|л[аи]?)|призвал[аи]?|рекоменду(?:ет|ют)|рекомендовал[аи]?|настаива(?:ет|ют)\\s+на|требу(?:ет|ют)\\s+(?![" + L + "]*(?:ых|их|ого|его)\\s)|потребовал[аи]?"), weight: 0.7, proposal: true },
];

/** "Первое – создать …", "Во-вторых, …": an enumerated option (valid only when an infinitive follows). */
export const ENUMERATOR_RU = /^[«"“]?\s*(?:перв(?:ое|ый)|втор(?:ое|ой)|трет(?:ье|ий)|во-первых|во-вторых|в-третьих)\s*[–—:,-]\s*/i;
/** A Russian infinitive: -ть/-ти/-чь, reflexive -ся/-сь. */
export const INFINITIVE_RU = /(?:ть|ти|чь)(?:ся|сь)?$/;

/** Forecasts and guesses: a clause under one describes what may happen, not what should be done. */
export const NOT_OPTION_RU = w("можно\\s+ожидать|ожидается|ожидают|вероятно|скорее\\s+всего|по\\s+прогнозам|не\\s+исключено|прогнозиру[" + L + "]*|видимо|по-видимому");

/** Subordinate clauses whose modal belongs to a purpose, condition or relative clause, not a proposal. */
export const SUBORDINATE_RU = w("чтобы|если|когда|где|кем|кого|кому|поскольку|потому\\s+что|так\\s+как|хотя|как\\s+будто");

/** Where a proposal's own words begin: after a frame of saying, a colon, a dash, a contrasting conjunction. */
export const CLAUSE_START_RU = new RegExp(
  `(?:[;:]\\s+|\\s[–—]\\s+|,\\s+(?:но|а|однако)\\s+|(?<![${L}])(?:считает|считают|полагает|полагают|уверен[аы]?|убежден[аы]?|заявил[аи]?|отметил[аи]?|сказал[аи]?|подчеркнул[аи]?|добавил[аи]?|пояснил[аи]?|говорит|указал[аи]?)(?:,?\\s+что)?\\s+|по\\s+(?:его|ее|её|их)\\s+(?:словам|мнению),\\s+|кроме\\s+того,\\s+|(?:также|однако|при\\s+этом),\\s+)`,
  "gi",
);

/** The attribution that closes a quoted proposal: "», – отметил Рысмамбетов." */
export const TRAILING_ATTRIBUTION_RU = new RegExp(
  `[»"”]?\\s*,?\\s*[–—-]\\s*(?:отметил|напомнил|сказал|заявил|подчеркнул|добавил|считает|пояснил|уточнил|рассказал|резюмировал|заключил)[${L}]*(?:\\s+[^.!?]{0,80})?[.!]?$`,
  "i",
);
