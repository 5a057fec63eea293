// Streaming a page's HTML from the content script to the background over a port, and collecting it there.
import { LIMITS } from "../limits";
import { type PortLike, unwrap } from "./transport";
import { CHANNEL, type Reply, type ResultOf } from "./types";

/**
 * A whole page is too big to send in one message without blocking the page while it is copied, so the
 * content script streams it over a port in parts and gets `engine/read-page`'s reply back on the port.
 */
export const READ_PAGE_PORT = "policylens/read-page";
/** Characters per part: a trace showed 200,000 cost up to 29 ms of the page's time to post; a quarter of that stays small. */
export const PAGE_PART_CHARS = 50_000;

export type PagePart = { channel: typeof CHANNEL; part: string } | { channel: typeof CHANNEL; end: true; url: string };

/** Sends `html` in parts (pausing between them) and resolves to the background's `engine/read-page` result. */
export function readPageOverPort(
  port: PortLike,
  html: string,
  url: string,
  pause: () => Promise<void>,
): Promise<ResultOf<"engine/read-page">> {
  return new Promise((resolve, reject) => {
    port.onMessage.addListener((reply) => {
      port.disconnect();
      try {
        resolve(unwrap<ResultOf<"engine/read-page">>(reply, "engine/read-page"));
      } catch (e) {
        reject(e);
      }
    });
    port.onDisconnect.addListener(() => reject(new Error("the background closed the page reader")));
    void (async () => {
      for (let i = 0; i < html.length; i += PAGE_PART_CHARS) {
        port.postMessage({ channel: CHANNEL, part: html.slice(i, i + PAGE_PART_CHARS) } satisfies PagePart);
        await pause();
      }
      port.postMessage({ channel: CHANNEL, end: true, url } satisfies PagePart);
    })().catch(reject);
  });
}

/** The background's side: collects the parts of one page, within the size limit, then hands the page on. */
export function collectPageParts(port: PortLike, done: (html: string, url: string) => Promise<Reply<unknown>>): void {
  const parts: string[] = [];
  let size = 0;
  port.onMessage.addListener((message) => {
    const m = message as Partial<{ channel: string; part: unknown; end: unknown; url: unknown }> | null;
    const fail = (error: string) => {
      port.postMessage({ ok: false, error } satisfies Reply<never>);
      port.disconnect();
    };
    if (m?.channel !== CHANNEL) return fail("not a PolicyLens message");
    if (typeof m.part === "string") {
      size += m.part.length;
      if (m.part.length > PAGE_PART_CHARS || size > LIMITS.pageHtml)
        return fail(`the page is too large (over ${LIMITS.pageHtml} characters)`);
      parts.push(m.part);
      return;
    }
    if (m.end === true && typeof m.url === "string") {
      void done(parts.join(""), m.url).then(
        (reply) => port.postMessage(reply),
        (e: unknown) => fail(String(e)),
      );
      return;
    }
    fail("invalid page part");
  });
}
