// Russian lines that end a news article's body on many sites: "read also", subscribe and share lines.

/** A paragraph opening like this, near the end of the text, starts the page's boilerplate. */
export const BOILERPLATE_RU = [
  /^(?:Читайте также|Читайте нас|Подписывайтесь|Подпишитесь|Поделиться|Материалы по теме|Все права защищены|Следите за новостями)/i,
];
