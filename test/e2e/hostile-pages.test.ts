// Pages that are hard on a content script: a strict CSP, a huge DOM, iframes, shadow DOM, contenteditable,
// and names that look like markup. The article must still be annotated, shown only as text, and the
// page's own DOM left alone.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inPageUi, launch, openArticle, type Session, tabIdOf, tabState } from "../../scripts/lib/browser";
import { REFERENCE } from "./fixtures";

const dir = mkdtempSync(join(tmpdir(), "policylens-hostile-"));
const reference = readFileSync(REFERENCE.file, "utf8");
const write = (name: string, html: string) => {
  const file = join(dir, name);
  writeFileSync(file, html);
  return file;
};

// The reference article, wrapped in everything at once.
const filler = Array.from({ length: 4000 }, (_, i) => `<div class="ad"><span>item ${i}</span><i></i></div>`).join("");
const HOSTILE = write(
  "hostile.html",
  reference
    .replace(
      "<body>",
      `<body><div contenteditable="true"><p>Editable: Министерство финансов</p></div><iframe srcdoc="<p>Frame text</p>"></iframe><div id="shadow-host"></div>`,
    )
    .replace(
      "</body>",
      `<div hidden>${filler}</div><script>document.getElementById("shadow-host").attachShadow({mode:"open"}).innerHTML = "<p>Shadow text</p>";</script></body>`,
    )
    .replace(
      "экономист Расул Рысмамбетов",
      "экономист Расул Рысмамбетов &lt;img src=x onerror=&quot;window.__pwned=1&quot;&gt;",
    ),
);
const CSP_URL = "https://www.caravan.kz/news/strict-csp-article/";

let session: Session;
beforeAll(async () => {
  session = await launch([
    {
      url: CSP_URL,
      file: HOSTILE,
      headers: { "content-security-policy": "default-src 'none'; style-src 'self'; img-src 'none'" },
    },
  ]);
});
afterAll(async () => {
  expect(session.stray).toEqual([]);
  await session.close();
});

describe("hostile pages", () => {
  it("annotates a strict-CSP page with a huge DOM, iframes, shadow DOM and contenteditable", async () => {
    const errors: string[] = [];
    const page = await session.context.newPage();
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(CSP_URL);
    await page.waitForFunction(() => CSS.highlights.has("policylens-expert"), null, { timeout: 30_000 });
    const state = await tabState(session, await tabIdOf(session, CSP_URL));
    expect(state.status).toBe("annotated");
    expect(errors).toEqual([]);

    // Markup in page text stays text in the hover card: no element is made from it.
    const box = await page.evaluate(() => {
      const b = ([...CSS.highlights.get("policylens-expert")!][0] as Range).getClientRects()[0]!;
      return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
    });
    await page.mouse.move(box.x, box.y);
    const ui = inPageUi(page);
    await expect.poll(() => ui.count("hover-card"), { timeout: 5000 }).toBe(1);
    expect(await ui.evaluate("hover-card", (el) => el.querySelectorAll("img").length)).toBe(0);
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    // The card's styles applied despite the CSP: it is laid out as a floating panel.
    expect(await ui.evaluate("hover-card", (el) => getComputedStyle(el).position)).toBe("absolute");
    await page.close();
  });

  it("does not annotate the text of our own UI or an editable field as the article", async () => {
    const page = await openArticle(session, CSP_URL);
    const texts = await page.evaluate(() =>
      ["policylens-expert", "policylens-organisation", "policylens-policy-option"].flatMap((n) =>
        [...(CSS.highlights.get(n) ?? [])].map((r) => (r as Range).toString()),
      ),
    );
    expect(texts.some((t) => /Editable|Frame text|Shadow text|item \d/.test(t))).toBe(false);
    await page.close();
  });
});
