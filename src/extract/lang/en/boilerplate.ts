// English lines that end a news article's body on many sites: print notices, follow and share lines.

/** A paragraph opening like this, near the end of the text, starts the page's boilerplate. */
export const BOILERPLATE_EN = [
  /^A version of this article appears in print/i,
  /^(?:Follow|Sign up|Subscribe|Read more|Related|Share this|Copyright|©|All rights reserved)\b/i,
];
