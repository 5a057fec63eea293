import { describe, expect, it } from "vitest";
import { collectPageParts, PAGE_PART_CHARS, readPageOverPort } from "./page-stream";
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
      other.closers.forEach((l) => l());
    },
  });
  return [end(a, b), end(b, a)];
}

describe("a page sent in parts", () => {
  it("arrives whole and the reply comes back", async () => {
    const [page, background] = portPair();
    const html = "<p>Рысмамбетов</p>".repeat(Math.ceil((PAGE_PART_CHARS * 2.5) / 18));
    let received = "";
    collectPageParts(background, async (h, url) => {
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
    collectPageParts(background, async () => ({ ok: true, result: null }));
    const replies: unknown[] = [];
    page.onMessage.addListener((m) => replies.push(m));
    page.postMessage({ channel: "policylens/1", part: 42 });
    await new Promise((r) => setTimeout(r, 0));
    expect(replies).toEqual([{ ok: false, error: "invalid page part" }]);
  });
});
