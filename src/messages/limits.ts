// Size limits of the protocol's data, apart so the content script, the popup and the checks share one set.
/** Size limits: far above any real page, low enough that a hostile page cannot flood the database. */
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
