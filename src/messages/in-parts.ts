// What is too big to send in one message travels in parts over a port, the sender pausing between them: posting
// a message holds the page while it is copied. Two things go this way: a whole page's HTML, which the
// background reads (`engine/read-page`), and any other background message, as its JSON (`page/seen` with a
// huge page's thousands of annotation summaries). The reply comes back on the port.
import { type PortLike, unwrap } from "./transport";
import { type BackgroundProtocol, CHANNEL, type DataOf, type Envelope, type Reply, type ResultOf } from "./types";

/** The port a page's HTML comes over; the end part names its address. */
export const READ_PAGE_PORT = "policylens/read-page";
/** The port a background message comes over as JSON; it is then checked like any other. */
export const MESSAGE_PORT = "policylens/message";
/**
 * Characters per part: a trace showed 200,000 cost up to 29 ms of the page's time to post; a quarter of that
 * stays small.
 */
export const PART_CHARS = 50_000;

export type Part = { channel: typeof CHANNEL; part: string } | { channel: typeof CHANNEL; end: true; url?: string };

/** Sends `text` in parts (pausing between them), then `end`; resolves to the reply the other side posts. */
function sendInParts(port: PortLike, text: string, end: { url?: string }, pause: () => Promise<void>) {
  return new Promise<unknown>((resolve, reject) => {
    port.onMessage.addListener((reply) => {
      port.disconnect();
      resolve(reply);
    });
    port.onDisconnect.addListener(() => reject(new Error("the background closed the port")));
    void (async () => {
      for (let i = 0; i < text.length; i += PART_CHARS) {
        port.postMessage({ channel: CHANNEL, part: text.slice(i, i + PART_CHARS) } satisfies Part);
        await pause();
      }
      port.postMessage({ channel: CHANNEL, end: true, ...end } satisfies Part);
    })().catch(reject);
  });
}

/** Sends a page's HTML in parts and resolves to the background's `engine/read-page` result. */
export async function readPageOverPort(
  port: PortLike,
  html: string,
  url: string,
  pause: () => Promise<void>,
): Promise<ResultOf<"engine/read-page">> {
  return unwrap(await sendInParts(port, html, { url }, pause), "engine/read-page");
}

/** callBackground for a message too big to copy in one go: its JSON goes in parts over `port`. */
export async function callOverPort<N extends keyof BackgroundProtocol>(
  port: PortLike,
  name: N,
  data: DataOf<N>,
  pause: () => Promise<void>,
): Promise<ResultOf<N>> {
  const message: Envelope<N> = { channel: CHANNEL, name, data };
  return unwrap(await sendInParts(port, JSON.stringify(message), {}, pause), name);
}

/**
 * The background's side: collects the parts, at most `maxChars` in all, and hands the text and the end part's
 * address on; a malformed part or too much text is answered with an error and the port closed.
 */
export function collectParts(
  port: PortLike,
  maxChars: number,
  done: (text: string, url: unknown) => Promise<Reply<unknown>>,
): void {
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
      if (m.part.length > PART_CHARS || size > maxChars) return fail(`too large (over ${maxChars} characters)`);
      parts.push(m.part);
      return;
    }
    if (m.end === true) {
      void done(parts.join(""), m.url).then(
        (reply) => port.postMessage(reply),
        (e: unknown) => fail(String(e)),
      );
      return;
    }
    fail("invalid part");
  });
}

/** A message's JSON as sent by callOverPort, or null where it is not JSON (the router's check refuses null). */
export function parseMessage(json: string): unknown {
  try {
    return JSON.parse(json) as unknown;
  } catch {
    return null;
  }
}
