// English cues for policy options: what makes a clause a proposal, and what makes a look-alike not one.
// Regexes run on the lower-cased sentence.
import type { OptionCue } from "../options-lexicon";

export const CUES_EN: OptionCue[] = [
  // Deontic modals ("must have" is a guess about the past, not a demand).
  {
    re: /(?<!-)\b(?:should(?!\s+have\b)|must(?!\s+have\b|-)|(?<!\b(?:n[’']t|not|never|no|the|a|any|greater|stronger|growing|urgent)\s+)needs?\s+to|ought\s+to|it\s+is\s+(?:essential|necessary|crucial|vital|imperative)\s+(?:to|that))\b/g,
    weight: 0.8,
    proposal: false,
  },
  // "Has to" / "have to", but not a hypothetical ("users would have to extract", "something will have to change").
  {
    re: /(?<!-)\b(?:(?<!\b(?:would|will|[’']d|[’']ll)(?:\s+\w+)?\s+)(?:has|have)\s+to|it\s+would\s+be\s+(?:better|wise|sensible|prudent)\s+to|would\s+do\s+well\s+to)\b/g,
    weight: 0.6,
    proposal: false,
  },
  // A preference for a course of action: "I'd much prefer an approach requiring …", "we would rather see …"; not
  // one about the speaker ("I would prefer not to", "I'd prefer him").
  {
    re: /\b(?:(?:i|we)(?:[’']d|\s+would)(?:\s+much)?\s+(?:prefer(?=\s+(?:a|an|the|that(?!\s+(?:you|i|he|she|we|they|me|him|her)\b)|if|more|less|fewer|stronger|better)\b)|rather\s+see)|it\s+would\s+be\s+better\s+(?:to|if))\b/g,
    weight: 0.6,
    proposal: true,
  },
  // What the speaker would have done in the best case: "it would ideally be addressed in this bill".
  {
    re: /\b(?:would|should|could)\s+ideally\b/g,
    weight: 0.6,
    proposal: false,
  },
  // A proposal frame that stands at a clause's head: "One option is to …".
  {
    re: /\b(?:one|another|the\s+best|the\s+only)\s+(?:option|solution|answer|remedy|way\s+forward)\s+(?:is|would\s+be)\b/g,
    weight: 0.6,
    proposal: false,
    frame: true,
  },
  // Advice to whoever a condition picks out by their charge or their values: "If you run a website, try browsing it
  // …", "If you care about your visitors' data, you can re-design your website …". A tip for a circumstance ("if
  // you're shopping online, you can …") is a how-to, and a bare "you can", "you should" the reader's private
  // business (PERSONAL_SUBJECT_EN); "you can see" perceives, it does nothing.
  {
    re: /(?<=^(?:(?:so|and|but)\s+)?(?:even\s+)?if\s+you\s+(?:(?:are|[’']re)\s+(?:responsible\s+for|in\s+charge\s+of)|run|manage|administer|own|operate|lead|head|represent|work\s+(?:for|at|in)|care\s+(?:about|for)|believe\s+in|value)\b[^,.;:!?]{3,160},\s+)(?:(?:then\s+)?you\s+(?:can|could|should|may\s+want\s+to)(?!\s+(?:see|tell|notice|understand|imagine|find|hear|guess|bet|say|expect|be)\b)|(?:try|consider|make\s+sure|ask|check|use|avoid|switch|install|choose|tell|contact|demand|write\s+to|support|join|stop|start|think\s+about|remember)\b)/g,
    weight: 0.6,
    proposal: true,
  },
  // Someone puts a course of action forward.
  {
    re: /(?<!-)\b(?:calls?\s+for|called\s+for|calling\s+for|(?:calls?|called)\s+on(?!\s+by)|urges?|urged|urging|recommends?|recommended\s+(?:that|to)|proposes?\s+(?:to|that|a|an|the)|proposed\s+(?:to|that)|demand(?:s|ed)?\s+that|demanded\s+(?:the|a|an|more)|wants?\s+(?:more|less|fewer|greater|better|stronger|the\s+government)|wants?\s+(?!to\b|it\b|this\b|that\b|them\b|you\b|me\b|us\b)\w+(?:\s+\w+)?\s+to\s+(?:consider|adopt|amend|change|scrap|ban|introduce|reform|review|raise|cut|lower|increase|reduce|fund|stop|drop|pass|reject|remove|create|set\s+up)|advocates?|advocated)\b/g,
    weight: 0.7,
    proposal: true,
  },
];

/** Words every cue above starts with (a cheap pre-filter, the cues decide). */
export const QUICK_CHECK_EN =
  /should|must|need|ought|has to|have to|would|could|[’']d |call|urg|recommend|propos|demand|want|advocat|option|solution|answer|remedy|way forward|essential|necessary|crucial|vital|imperative|if you/;

/** Subjects that make a modal personal advice or a private need, not a proposal for society ("you should", "I need to"). */
export const PERSONAL_SUBJECT_EN =
  /\b(?:i|you|i[’']ll|you[’']ll|i[’']d|you[’']d|i[’']m|you[’']re|i\s+wouldn[’']t|you\s+wouldn[’']t)(?:\s+\S+){0,3}\s+$/;

/**
 * A subject right after a noun phrase: the modal is inside a relative clause with its "that" left out ("the
 * information we have to improve our ads", "the money they need to run schools"), not the sentence's own. After a
 * preposition the phrase is an adverbial and the subject the sentence's ("in the end we have to act").
 */
export const RELATIVE_SUBJECT_EN =
  /(?:^|[^\w’'-])(?<!\b(?:in|at|on|by|for|to|from|with|of|after|before|during|over|under|into|through)\s+)(?:the|a|an|all|any|every|some|this|these|those|what|whatever)\s+(?:[\w’'-]+\s+){1,2}(?:we|they|you|i|he|she|people)\s+$/;

/**
 * A passive necessity with no one to act ("the file must be served over HTTP", "an election must be called within
 * three years", "employees need to be shuffled around"): in no one's words it states what a procedure or a rule
 * requires, not a proposal; "should be" recommends and stays. Read on the lower-cased sentence from the cue.
 */
export const REQUIREMENT_EN =
  /^(?:must|needs?\s+to|ha(?:s|ve)\s+to)\s+(?:(?:also|still|then|first|now)\s+)?be\s+(?:\w+ly\s+)?(?:\w+(?:ed|en)|done|made|paid|held|set|put|cut|run|built|sold|sent|kept|brought|bought|found|shown|known|met|told|left|dealt|spent|won|lost)\b(?!\s+(?:\w+\s+)?by\b)/;

/** Forecasts and guesses: a clause under one describes what may happen, not what should be done. */
export const NOT_OPTION_EN =
  /\b(?:(?:is|are|was|were)\s+(?:likely|unlikely|expected|set|poised)\s+to|will\s+likely|may\s+well|predicts?|predicted|forecasts?|forecast)\b/g;

/** A modal over an event verb is a schedule or an expectation ("should arrive on Monday", "should get more alerts"). */
export const SCHEDULED_EN =
  /\b(?:should|must)\s+(?:(?:soon|also|still)\s+)?(?:arrive|begin|start|end|finish|take\s+place|rise|fall|increase|decrease|drop|grow|happen|occur|last|get|become|be\s+able|be\s+ready|be\s+completed|come)\b/g;

/** Modals that ask for no action: see OptionsLexicon.noAction. Read on the lower-cased clause. */
export const NO_ACTION_EN =
  /\b(?:(?:that|this|it|which)\s+(?:should|must|ought\s+to)\s+(?:\w+\s+)?(?:worry|concern|alarm|trouble|frighten|scare|surprise|shock|anger|outrage|disturb|bother|please|reassure|comfort|interest)|something(?:\s+else)?\s+(?:has|have|had|must)\s+to\s+give|(?:it|this|that)\s+(?:should|must|ought\s+to)\s+be\s+\w+(?:able|ible)(?!\s+(?:to|for|that|by)\b))\b/;

/** Subordinate clauses whose modal belongs to a reason, condition or relative clause, not a proposal. */
export const SUBORDINATE_EN =
  /\b(?:because|since|if|unless|when|whenever|while|although|though|so\s+that|which|who|whom|where|whether|once|until|how|why|what|as)\b/g;

/** Where a proposal's own words begin: after a frame of saying, a colon, a dash, a contrasting conjunction. */
export const CLAUSE_START_EN =
  /(?:[;:]\s+|\s[–—]\s+|,\s+(?:and|but|yet)\s+|\b(?:said|says|say|argued|argues|argue|believes|believe|thinks|think|added|adds|noted|warned|insisted|insists|stressed|reported|reports|told\s+\w+)(?:,?\s+that)?\s+|\b(?:however|moreover|in\s+addition|instead),\s+|^according\s+to\s+[^,;:]{1,80},\s+)/gi;

/** The attribution that closes a quoted proposal: ‘,” he said.’ / ‘,” said Jane Doe.’ */
export const TRAILING_ATTRIBUTION_EN =
  /(?:[”"]?\s*,?\s*[”"]?\s*(?:(?:he|she|they|[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}|\b(?:a|an|the)(?:\s+[\w’'-]+){1,4})\s+)?(?:said|says|added|argued|noted|told\s+\w+|explained|warned|reported|reports)(?:\s+[^.!?]{0,80})?|,\s*according\s+to\s+.{2,160}?)[.!]?$/;

/** Words that open a clause without being its subject ("and the state should …"). */
export const LEADING_CONJUNCTIONS_EN = ["and", "but", "or", "so", "yet", "then"];

/** First-person pronouns as written ("I", not "US"): a text whose own words use them is its author's post. */
export const FIRST_PERSON_EN = /\b(?:I|I[’']m|I[’']d|I[’']ve|[Ww]e|[Ww]e[’'](?:re|ve|d|ll)|us|[Oo]ur|[Mm]y|me)\b/g;

/** "… that will be set off and have to be addressed": see OptionsLexicon.futureNecessity. */
export const FUTURE_NECESSITY_EN = {
  // The auxiliary's own verb chain, up to the cue: no new subject ("will meet on Monday and the state must" is two).
  before:
    /\b(?:will|would|[’']ll|[’']d|may|might)\s+(?:(?!(?:the|a|an|this|these|those|his|her|their|its|our|we|they|he|she|it)\b)[\w’'-]+\s+){0,5}$/,
  cue: /^(?:must|has\s+to|have\s+to|needs?\s+to)\b/,
};
