// Russian cues for policy options: what makes a clause a proposal, and what makes a look-alike not one.
// Regexes run on the lower-cased sentence; Cyrillic has no \b, so word edges are lookarounds.
import type { OptionCue } from "../options-lexicon";

const L = "а-яёa-z";
const w = (body: string) => new RegExp(`(?<![${L}])(?:${body})(?![${L}])`, "g");

/** Verbs that make "следует"/"стоит" a discourse marker ("следует отметить", "стоит добавить"), not advice. */
const DISCOURSE =
  "(?:из|отметить|добавить|подчеркнуть|напомнить|сказать|заметить|уточнить|признать|учесть,?\\s+что|иметь\\s+в\\s+виду)";
/** An infinitive within the next three words: "должны одобряться", "призвал итальянцев принять". */
const INFINITIVE_AHEAD = (words: number) =>
  `(?=(?:\\s+[^\\s.,;:!?]+){0,${words}}?\\s+[${L}]+(?:ть|ти|чь)(?:ся|сь)?(?![${L}]))`;

export const CUES_RU: OptionCue[] = [
  // Deontic modals: the clause says what must be done. "Должен" needs an infinitive ("должен Белоруссии 200 млн" is
  // a debt) and is not a past or scheduled plan ("должен был начаться", "должен будет опубликовать").
  {
    re: w(
      `необходимо|нужно|следует(?!\\s+${DISCOURSE})|обязан[аоы]?|целесообразно|требуется|(?:должн(?:ы|а|о)|долж[её]н)(?!\\s+(?:был[аио]?|будет|будут)(?![${L}]))${INFINITIVE_AHEAD(2)}`,
    ),
    weight: 0.8,
    proposal: false,
  },
  {
    re: w(
      `надо|нельзя|стоит(?!\\s+${DISCOURSE})(?=\\s+[${L}]+(?:ть|ти|чь)(?:ся)?(?![${L}]))|имеет\\s+смысл|пора(?=\\s+[${L}]+(?:ть|ти|чь)(?:ся)?(?![${L}]))`,
    ),
    weight: 0.6,
    proposal: false,
  },
  // Conditional suggestion: "можно было бы создать".
  { re: w("можно\\s+было\\s+бы|следовало\\s+бы|стоило\\s+бы"), weight: 0.7, proposal: false },
  // A preference for a course of action: "я бы предпочёл ввести …", "лучше было бы отменить …".
  {
    re: w(`(?:бы\\s+предпоч(?:ёл|ел|ла|ли)|предпоч(?:ёл|ел|ла|ли)\\s+бы|лучше\\s+было\\s+бы)${INFINITIVE_AHEAD(2)}`),
    weight: 0.6,
    proposal: true,
  },
  // A means to an end: "может быть обеспечено через …", "можно решить путем …".
  {
    re: w(
      "(?:может|могут|могло|можно)\\s+(?:быть\\s+)?(?:обеспечен[аоы]?|достигнут[аоы]?|решен[аоы]?|обеспечить|достичь|решить|добиться)\\s+(?:через|путем|путём|за\\s+счет|за\\s+счёт|с\\s+помощью)",
    ),
    weight: 0.6,
    proposal: false,
  },
  // Advice to whoever a condition picks out by their charge or their values: "Если вы руководите сайтом, попробуйте
  // …", "если вы дорожите данными клиентов, вы можете …". A tip for a circumstance ("если вы переезжаете, вы можете
  // …") is a how-to, and a bare "вам нужно" the reader's private business (PERSONAL_SUBJECT_RU); "вы можете
  // увидеть" perceives, it does nothing.
  {
    re: new RegExp(
      `(?<=^(?:(?:и|но|а|так\\s+что)\\s+)?(?:даже\\s+)?если\\s+вы\\s+(?:отвечаете\\s+за|руководите|управляете|владеете|возглавляете|представляете|работаете\\s+в|заботитесь\\s+о|дорожите|цените)(?![${L}])[^,.;:!?]{3,160},\\s+)(?:(?:то\\s+)?(?:вы\\s+можете|вам\\s+(?:стоит|следует|нужно|надо|лучше))(?!\\s+(?:увидеть|заметить|понять|представить|убедиться|узнать)(?![${L}]))|(?:попробуйте|подумайте|проверьте|используйте|установите|выберите|обратитесь|откажитесь|избегайте|убедитесь|напишите|требуйте|поддержите|начните|перестаньте|помните)(?![${L}]))`,
      "g",
    ),
    weight: 0.6,
    proposal: true,
  },
  // Someone puts a course of action forward (a body too: "министерство предложило"): with an infinitive ("предлагает создать"; "предлагает множество функций"
  // is an offer), "к" + noun ("призывает граждан к возрождению") or a demand's object ("потребовали создания").
  {
    re: w(
      `(?:предлага(?:ем|ю|ет|ют|л[аио]?)|предложил[аио]?|рекоменду(?:ем|ю|ет|ют)|рекомендовал[аио]?)(?:${INFINITIVE_AHEAD(2)}|(?=,?\\s+что))|бы\\s+(?:предложил[аио]?|рекомендовал[аио]?)|(?:предложил[аио]?|рекомендовал[аио]?)\\s+бы|(?:призыва(?:ем|ю|ет|ют|л[аио]?)|призвал[аио]?)(?:${INFINITIVE_AHEAD(3)}|(?=\\s+(?:[${L}]+\\s+)?к(?![${L}])))|настаива(?:ем|ю|ет|ют)\\s+на|потребовал[аио]?`,
    ),
    weight: 0.7,
    proposal: true,
  },
];

/** Stems every cue above starts with (no word edges: a cheap pre-filter, the cues decide). */
export const QUICK_CHECK_RU =
  /необходим|нужно|надо|следу|обязан|целесообраз|требуе|должн|долж[её]н|нельзя|стои|смысл|пора|можно|может|могу|могло|предла|предлож|предпоч|лучше|рекоменд|призы|призв|настаива|потребова|если вы/;

/** "Первое – создать …", "Во-вторых, …": an enumerated option (valid only when an infinitive follows). */
export const ENUMERATOR_RU =
  /^[«"“]?\s*(?:перв(?:ое|ый)|втор(?:ое|ой)|трет(?:ье|ий)|во-первых|во-вторых|в-третьих)\s*[–—:,-]\s*/i;
/** A Russian infinitive: -ть/-ти/-чь, reflexive -ся/-сь. */
export const INFINITIVE_RU = /(?:ть|ти|чь)(?:ся|сь)?$/;

/** Subjects that make a modal personal advice or a private need, not a proposal for society ("вам нужно", "я должен"). */
export const PERSONAL_SUBJECT_RU = new RegExp(`(?<![${L}])(?:я|ты|вы|мне|тебе|вам)\\s+(?:[${L}]+\\s+)?$`);

/** Forecasts and guesses: a clause under one describes what may happen, not what should be done. */
export const NOT_OPTION_RU = w(
  "можно\\s+ожидать|ожидается|ожидают|вероятно|скорее\\s+всего|по\\s+прогнозам|не\\s+исключено|прогнозиру[" +
    L +
    "]*|видимо|по-видимому|планировалось|планируется",
);

/** A modal over an event verb is a schedule or an expectation ("должен состояться", "должна возрасти"), not a proposal. */
export const SCHEDULED_RU = w(
  "(?:должн(?:ы|а|о)|долж[её]н)\\s+(?:быть\\s+)?(?:состояться|прибыть|начаться|завершиться|закончиться|пройти|возрасти|вырасти|снизиться|увеличиться|сократиться|появиться|вступить|заработать|открыться|прилететь|отправиться|действовать|произойти)",
);

/** Subordinate clauses whose modal belongs to a purpose, condition or relative clause, not a proposal. */
export const SUBORDINATE_RU = w(
  "чтобы|если|когда|где|кем|кого|кому|котор[" + L + "]+|поскольку|потому\\s+что|так\\s+как|хотя|как\\s+будто",
);

/** Where a proposal's own words begin: after a frame of saying, a colon, a dash, a contrasting conjunction. */
export const CLAUSE_START_RU = new RegExp(
  `(?:[;:]\\s+|\\s[–—]\\s+|,\\s+(?:но|а|однако)\\s+|(?<![${L}])(?:считает|считают|полагает|полагают|уверен[аы]?|убежден[аы]?|заявил[аи]?|отметил[аи]?|сказал[аи]?|подчеркнул[аи]?|добавил[аи]?|пояснил[аи]?|говорит|указал[аи]?)(?:,?\\s+что)?\\s+|по\\s+(?:его|ее|её|их)\\s+(?:словам|мнению),\\s+|^по\\s+(?:мнению|словам|оценке|оценкам)\\s+[^,;:]{1,80},\\s+|кроме\\s+того,\\s+|(?:также|однако|при\\s+этом),\\s+)`,
  "gi",
);

/** The attribution that closes a quoted proposal: "», – отметил Рысмамбетов." */
export const TRAILING_ATTRIBUTION_RU = new RegExp(
  `(?:[»"”]?\\s*,?\\s*[–—-]\\s*(?:отметил|напомнил|сказал|заявил|подчеркнул|добавил|считает|пояснил|уточнил|рассказал|резюмировал|заключил)[${L}]*|,\\s*(?:считает|считают|полагает|уверен[аы]?|отмечает|говорит|подчеркивает|подчёркивает|сообщает|сообщают|сообщил[аио]?|передает|передаёт|пишет|пишут)(?![${L}]))(?:\\s+.{0,100}?)?[.!]?$`,
  "i",
);

/** Words that open a clause without being its subject ("а государству следует …"). */
export const LEADING_CONJUNCTIONS_RU = ["и", "но", "а", "или"];

/** First-person pronouns: a text whose own words use them is its author's post ("мы считаем", "я предлагаю"). */
export const FIRST_PERSON_RU =
  /(?<![\p{L}\p{N}])(?:[Яя]|[Мм]ы|[Нн]ам|[Нн]ас|[Нн]аш(?:а|е|и|его|ей|их|им|ими|ему|у)?|[Мм](?:ой|оя|оё|ое|ои|оего|оей|оих|оим|оими|оему|ою)|[Мм]не|[Мм]еня)(?![\p{L}\p{N}])/gu;
