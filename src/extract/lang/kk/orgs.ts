// Kazakh organisation head nouns. Kazakh is head-final: the head noun closes the name ("Қаржы министрлігі", the
// Finance Ministry; "Ұлттық банкі", the National Bank), in its possessive form, and case endings follow it.

/** Head nouns in the possessive form a name ends in. */
export const HEADS_AFTER_NAME_KK = [
  "министрлігі",
  "агенттігі",
  "компаниясы",
  "банкі",
  "комитеті",
  "қоры",
  "палатасы",
  "университеті",
  "институты",
  "орталығы",
  "кеңесі",
  "партиясы",
  "қауымдастығы",
  "корпорациясы",
  "әкімдігі",
  "соты",
  "прокуратурасы",
];

/** Case endings after the possessive head: genitive, dative, accusative, locative, ablative, instrumental (both vowel rows). */
export const HEAD_ENDINGS_KK = ["", "нің", "ның", "не", "на", "н", "нде", "нда", "нен", "нан", "мен"];
