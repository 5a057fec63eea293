import { describe, expect, it } from "vitest";
import { JSDOM } from "jsdom";
import { readFileSync } from "node:fs";
import { documentTextNodes } from "../src/anchor/text-nodes";
import { serialisePage } from "./serialise-page";

const reference = readFileSync(new URL("../test/pages/caravan-rare-earths/source.html", import.meta.url), "utf8");

describe("serialisePage", () => {
  it("gives the same HTML as outerHTML where there are no scripts or styles", async () => {
    const { window } = new JSDOM(
      reference.replace(
        "</body>",
        "<p>a &amp; b &lt;c&gt;\u00a0d<br><img src=x alt='&quot;'></p><!-- note --><template><p>t</p></template></body>",
      ),
    );
    for (const el of window.document.querySelectorAll("script, style")) el.remove();
    const got = await serialisePage(window as unknown as Window);
    expect(got).toBe(`<!DOCTYPE html>${window.document.documentElement.outerHTML}`);
  });

  it("sends scripts and styles empty but keeps JSON-LD, and the text nodes still line up", async () => {
    const html = reference
      .replace(
        "</head>",
        `<style>body{color:red}</style><script>var secret = "x".repeat(9)</script><script type="application/ld+json">{"headline":"Заголовок"}</script></head>`,
      )
      .replace("</body>", "<script>track()</script></body>");
    const { window } = new JSDOM(html);
    const got = await serialisePage(window as unknown as Window);
    expect(got).not.toContain("secret");
    expect(got).not.toContain("color:red");
    expect(got).toContain(`{"headline":"Заголовок"}`);
    const copy = new JSDOM(got).window.document;
    expect(documentTextNodes(copy).map((t) => t.data)).toEqual(documentTextNodes(window.document).map((t) => t.data));
  });

  it("empties scripts and styles however deep they sit, and cuts a big element up (its text unchanged)", async () => {
    const deep = `<div><div><div><div><div><div><p>глубоко</p><script>var secret = 1</script><style>.deep{color:red}</style></div></div></div></div></div></div>`;
    const big = `<section>${Array.from({ length: 400 }, (_, i) => `<p>абзац ${i}</p>`).join("")}</section>`;
    const { window } = new JSDOM(`<!DOCTYPE html><html><head></head><body>${deep}${big}</body></html>`);
    const got = await serialisePage(window as unknown as Window);
    expect(got).not.toContain("secret");
    expect(got).not.toContain("color:red");
    expect(got).toContain("<script></script><style></style>");
    const copy = new JSDOM(got).window.document;
    expect(documentTextNodes(copy).map((t) => t.data)).toEqual(documentTextNodes(window.document).map((t) => t.data));
  });
});
