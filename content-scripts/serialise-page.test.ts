import { describe, expect, it } from "vitest";
import { JSDOM } from "jsdom";
import { readFileSync } from "node:fs";
import { serialisePage } from "./serialise-page";

describe("serialisePage", () => {
  it("gives the same HTML as outerHTML, in slices", async () => {
    const html = readFileSync(new URL("../test/pages/caravan-rare-earths/source.html", import.meta.url), "utf8");
    const { window } = new JSDOM(html.replace("</body>", "<p>a &amp; b &lt;c&gt;\u00a0d<br><img src=x alt='&quot;'></p><!-- note --><template><p>t</p></template></body>"));
    const got = await serialisePage(window as unknown as Window);
    expect(got).toBe(`<!DOCTYPE html>${window.document.documentElement.outerHTML}`);
  });
});
