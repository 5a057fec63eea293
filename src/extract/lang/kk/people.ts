// Kazakh words for finding people and their views, added to the Russian ones (Kazakh news names people the
// Russian way: "Асқар Нұрланов", "Нұрланова"). Lists hold the forms news text uses: the bare noun and its
// possessive ("сарапшы", "министрлігінің сарапшысы", the ministry's expert), as the word key strips Russian endings only.

/** Role nouns, bare and possessive: before a name ("экономист Асқар Нұрланов", "банкінің төрағасы Тимур Сүлейменов"). */
export const ROLE_NOUNS_KK = `
сарапшы сарапшысы экономист экономисі экономисті депутат депутаты министр министрі вице-министр вице-министрі
төраға төрағасы басшы басшысы директор директоры талдаушы талдаушысы саясаттанушы саясаттанушысы заңгер заңгері
маман маманы өкіл өкілі кеңесші кеңесшісі әкім әкімі хатшы хатшысы спикер спикері ғалым ғалымы профессор профессоры
`;

/** Kazakh spellings of common given names (the Russian list has "аскар", "нурлан"; Kazakh texts write "асқар", "нұрлан"). */
export const GIVEN_NAMES_KK = `
асқар нұрлан нұрсұлтан айгүл ерлан ержан дәурен мұрат қайрат жанар гүлнар әсел динара қанат бауыржан ұлан сәуле
бақыт ғалым әлихан дәулет мақсат жәнібек нұржан
`;

/** Capitalised words that start a Kazakh sentence and are never names: pronouns, conjunctions, days. */
export const NOT_NAMES_KK = `
бұл осы ол мен біз сіз олар сондай-ақ алайда бірақ кеше бүгін ертең сонымен қатар яғни
`;

/** Speech and opinion verbs, by word start: деді/дейді, айтты, мәлімдеді, атап (өтті), хабарлады, санайды… */
export const SPEECH_VERB_KK =
  /^(?:деді|дейді|айтты|айтады|мәлімде|атап|хабарла|түсіндір|сана(?:йды|ды)|есепте(?:йді|ді)|ескерт|қосты|ұсын(?:ды|ады)|пайымда)/;
