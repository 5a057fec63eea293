// What the people rules read from a language: its word lists as ready-made sets and regexes. The lists
// themselves are in src/extract/lang/<language>/people.ts; lexiconFor(lang).people hands them to the stages.

export interface PeopleLexicon {
  /** Word keys of given names. */
  givenNames: ReadonlySet<string>;
  /** Given names exactly as listed (lower case, nominative): "Марата" is not one, so it is "Марат" in another case. */
  givenNameForms: ReadonlySet<string>;
  /** Word keys of role nouns. */
  roleNouns: ReadonlySet<string>;
  /**
   * Word keys of the role nouns the tagger reads as a feature: those its models were trained with. `roleNouns` adds
   * the ones listed since, which leave the models' input alone.
   */
  modelRoleNouns: ReadonlySet<string>;
  /** Lower-case titles, without a dot. */
  titles: ReadonlySet<string>;
  /** Word keys of capitalised words that are never name words: a run of capitals is cut at them. */
  notNames: ReadonlySet<string>;
  /** Word keys of more such words, which the tagger does not read (a change there leaves the models' input alone). */
  nameBreakers: ReadonlySet<string>;
  /** Word keys of organisation head words: a run of capitals holding one is an organisation, not a person. */
  orgHeads: ReadonlySet<string>;
  /** Role nouns exactly as written in the singular: "the economist said" refers back to a person, "experts say" does not. */
  roleNounsSingular: ReadonlySet<string>;
  /** Lower-case words allowed inside a name. */
  particles: ReadonlySet<string>;
  /** Tests one lower-cased word. */
  speechVerb: RegExp;
  /**
   * Tests one lower-cased verb of speech whose object, not its subject, follows it ("told Mary Brown", "urged John
   * Smith"): a name after one is its speaker only where the verb opens its clause after a quote or a comma ("“It will
   * fail,” warned Smith"). Null where a name's case says which it is (Russian).
   */
  addresseeVerb: RegExp | null;
  /** Tests the text just before a name. */
  attributionBefore: RegExp;
  /** Finds a pronoun frame in a sentence ("по его словам", "in his view"). */
  pronounFrame: RegExp;
  /** Finds a frame whose first group is a role noun in place of a name ("по мнению эксперта", "according to the economist"). */
  roleFrame: RegExp | null;
  /** Tests one lower-cased word: a subject pronoun next to a speech verb ("он считает", "he said"). */
  subjectPronoun: RegExp;
  /**
   * Words that make a role noun after them one more of its kind, not one named before ("a spokesman said", "one
   * analyst said", "один из экспертов"): an anonymous speaker.
   */
  indefinite: RegExp;
  /** Surname, adjective and patronymic shapes (languages whose names inflect). */
  surnameShape: RegExp | null;
  adjectiveShape: RegExp | null;
  patronymicShape: RegExp | null;
  /** Adjective endings: a run of capitals opening with such a word is a place or a body ("Южная Корея"). */
  nameAdjective: RegExp | null;
  /** Tests the lower-cased word right before a name: after it the name is in an oblique case. Null where names do not inflect. */
  obliqueBefore: RegExp | null;
  /** Prepositions of place: the capitalised word after one is a place ("в Питере", "из Ростова"). */
  placePreposition: RegExp | null;
  /** Nouns of a kind of place: the capitalised word right after one is a place's name ("реке Эльба"). */
  placeNoun: RegExp | null;
  /** Plural verb endings: "Эксперты считают" has a group, not a person, as subject. */
  pluralVerb: RegExp | null;
  /**
   * The singular nominative of a role noun written in a case the word keys do not join to it: a plural case
   * ("музыкантами" → "музыкант", "писателей" → "писатель"; given the word of a name after it, only when the two agree
   * in case) or a case that drops the nominative's vowel ("посла" → "посол", "певца" → "певец"); or undefined. Null
   * where forms need no such reading.
   */
  roleNounOtherCase: ((word: string, nameWord?: string) => string | undefined) | null;
}
