import { describe, expect, it } from "vitest";
import { callOverPort, collectParts, parseMessage, PART_CHARS, readPageOverPort } from "./in-parts";
import { checkEnvelope } from "./transport";
import { BACKGROUND_MESSAGES } from "./checks";
import type { PortLike } from "./transport";

/** Two ends of an in-memory port, delivering asynchronously as a browser does. */
function portPair(): [PortLike, PortLike] {
  const make = () => ({ listeners: [] as ((m: unknown) => void)[], closers: [] as (() => void)[] });
  const a = make(),
    b = make();
  let open = true;
  const end = (self: typeof a, other: typeof a): PortLike => ({
    postMessage: (m) => open && void queueMicrotask(() => other.listeners.forEach((l) => l(structuredClone(m)))),
    onMessage: { addListener: (l) => void self.listeners.push(l) },
    onDisconnect: { addListener: (l) => void self.closers.push(l) },
    disconnect: () => {
      if (!open) return;
      open = false;
      // After the messages already posted, as a browser delivers them.
      queueMicrotask(() => other.closers.forEach((l) => l()));
    },
  });
  return [end(a, b), end(b, a)];
}

describe("a page sent in parts", () => {
  it("arrives whole with its address and the reply comes back", async () => {
    const [page, background] = portPair();
    const html = "<p>Рысмамбетов</p>".repeat(Math.ceil((PART_CHARS * 2.5) / 18));
    let received = "";
    collectParts(background, 10 * html.length, async (h, url) => {
      received = h;
      return { ok: true, result: { result: { url } as never, segments: [] } };
    });
    let pauses = 0;
    const reply = await readPageOverPort(page, html, "https://caravan.kz/x", async () => void pauses++);
    expect(received).toBe(html);
    expect(pauses).toBe(3);
    expect((reply.result as { url: string }).url).toBe("https://caravan.kz/x");
  });

  it("refuses a malformed part with an error the sender sees", async () => {
    const [page, background] = portPair();
    collectParts(background, 1000, async () => ({ ok: true, result: null }));
    const replies: unknown[] = [];
    page.onMessage.addListener((m) => replies.push(m));
    page.postMessage({ channel: "policylens/1", part: 42 });
    await new Promise((r) => setTimeout(r, 0));
    expect(replies).toEqual([{ ok: false, error: "invalid part" }]);
  });

  it("refuses more text than the receiver takes, and the sender's call fails with why", async () => {
    const [page, background] = portPair();
    collectParts(background, PART_CHARS, async () => ({ ok: true, result: null }));
    const sent = readPageOverPort(page, "x".repeat(PART_CHARS + 1), "https://caravan.kz/x", async () => undefined);
    await expect(sent).rejects.toThrow(`too large (over ${PART_CHARS} characters)`);
  });
});

describe("a background message sent in parts", () => {
  const summaries = Array.from({ length: 3000 }, (_, i) => ({
    id: `org-${i}`,
    kind: "organisation" as const,
    name: `Министерство «${i}» "quoted" \\ \u2028`,
    role: null,
    mentionCount: i,
  }));
  const data = {
    page: { url: "https://caravan.kz/x", canonicalUrl: null, ogUrl: null, title: "T", lang: "ru" as const },
    annotations: summaries,
  };

  it("arrives as the same message, in more than one part, and passes the router's check", async () => {
    const [page, background] = portPair();
    let received: unknown = null;
    collectParts(background, 30_000_000, async (json) => {
      received = parseMessage(json);
      return { ok: true, result: { pageKey: "caravan.kz/x" } };
    });
    let pauses = 0;
    const reply = await callOverPort(page, "page/seen", data, async () => void pauses++);
    expect(reply).toEqual({ pageKey: "caravan.kz/x" });
    expect(pauses).toBeGreaterThan(1);
    expect(received).toEqual({ channel: "policylens/1", name: "page/seen", data });
    expect(checkEnvelope(received, BACKGROUND_MESSAGES)).toBeNull();
  });

  it("text that is not JSON becomes null, which the router's check refuses", () => {
    expect(parseMessage('{"channel":')).toBeNull();
    expect(checkEnvelope(parseMessage("[1"), BACKGROUND_MESSAGES)).toBe("message must be an object");
  });
});
