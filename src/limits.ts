// Size limits, declared once: what a message may carry (LIMITS), and what a stored record may hold (STORED),
// which is what a backup's restore check accepts. Every writer keeps to STORED (the store checks each record
// with the restore check before it writes it, ./store/restorable.ts), so nothing is stored that a restore
// refuses; messages carry at most what can be stored. Apart from messages/, records/ and store/ so all of
// them, the content script and the popup share one set.

/** Size limits of messages: far above any real page, low enough that a hostile page cannot flood the database. */
export const LIMITS = {
  url: 4096,
  title: 1000,
  name: 300,
  id: 200,
  noteText: 100_000,
  quote: 10_000,
  affix: 200,
  tags: 50,
  tag: 100,
  annotations: 5000,
  pageKeys: 1000,
  textOffset: 50_000_000,
  settingValue: 100_000,
  /** Longer than any article (War and Peace is about 3.2 million characters). */
  articleText: 4_000_000,
  /** A page's serialised HTML: news pages run to a few MB; under Chrome's 64 MiB message cap. */
  pageHtml: 30_000_000,
  /** A backup file: under V8's longest string (~536 million characters), which joining the chunks must make. */
  backupChars: 500_000_000,
  /**
   * One chunk of a backup upload. Posting a message holds the sending page while it is copied: a profile of a
   * 10,000-note restore in Chromium had 4,000,000-character chunks blocking the library page for 300–540 ms each.
   */
  backupChunk: 200_000,
  /** A stored page key: restored backups may hold keys up to the backup format's limit, longer than a URL. */
  storedKey: 65_536,
  /** Upload and export session ids, which the background makes. */
  sessionId: 100,
} as const;

/**
 * What one stored record may hold, and so what a backup file's records may (./records/checks.ts). Generous for
 * real use, low enough that a hostile file cannot exhaust memory or storage.
 */
export const STORED = {
  /** Free text (a note, a quote, a title): a long article is ~100,000 characters; ten times that is plenty. */
  text: 1_000_000,
  /** Keys, URLs, names, tags, colours. Browsers cap URLs near 2 MB, but a news URL over 64 K is not a news URL. */
  short: 65_536,
  /** Tags on a note, aliases of a page, entries in a setting; entities, options and one's mentions in a result. */
  listItems: 10_000,
  /** Records per table: 10x the 100,000 annotations we benchmark. */
  recordsPerTable: 1_000_000,
  /** A page's kept article text: as long as the engine reads; a longer one is kept up to this. */
  articleText: LIMITS.articleText,
  /** A text offset (a note's position): in the longest text a page may send. */
  textOffset: LIMITS.textOffset,
} as const;
