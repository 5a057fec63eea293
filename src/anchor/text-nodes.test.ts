import { describe, expect, it } from "vitest";
import { JSDOM } from "jsdom";
import { documentTextNodes } from "./text-nodes";

const doc = (body: string) => new JSDOM(`<!doctype html><body>${body}</body>`).window.document;

describe("documentTextNodes", () => {
  it("counts text nodes in document order and leaves <noscript>, scripts and styles out", () => {
    const d = doc("<p>a</p><noscript><p>b</p></noscript><script>x()</script><style>p{}</style><p>c<b>d</b></p>");
    expect(documentTextNodes(d).map((t) => t.data)).toEqual(["a", "c", "d"]);
  });

  it("counts the same nodes in a page with scripting on (noscript holds raw text there)", () => {
    const { window } = new JSDOM("<!doctype html><body><p>a</p><noscript><p>b</p></noscript><p>c</p></body>", {
      runScripts: "outside-only",
    });
    expect(documentTextNodes(window.document).map((t) => t.data)).toEqual(["a", "c"]);
  });
});
