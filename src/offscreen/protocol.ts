// The one request the background makes of its offscreen document (Chrome, where the service worker has no
// DOM): read the article of a page's HTML. Kept apart from src/messages/, which is the protocol of the
// contexts a page can reach; only the background talks to this document.
import type { ArticleTransfer } from "../extract/article-transfer";
import type { Reply } from "../messages/types";

export const OFFSCREEN_CHANNEL = "policylens-offscreen/1";

export interface ReadArticleRequest {
  channel: typeof OFFSCREEN_CHANNEL;
  html: string;
  url: string;
}

export type ReadArticleReply = Reply<ArticleTransfer>;
