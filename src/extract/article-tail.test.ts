import { describe, expect, it } from "vitest";
import { trimTrailingBoilerplate } from "./article-tail";
import type { DomText } from "../anchor/dom-text";

const body = Array.from({ length: 6 }, (_, i) => `Paragraph ${i} of the story.`).join("\n\n");
const dom = (text: string): DomText => ({ text, segments: [] });

describe("trimTrailingBoilerplate", () => {
  it.each([
    [
      "an author bio with a social handle",
      `${body}\n\nJane Doe is a reporter. @janedoe • Facebook\n\nA version of this article appears in print`,
    ],
    ["a print note", `${body}\n\nA version of this article appears in print on Page A22`],
    ["a Russian read-also line", `${body}\n\nЧитайте также: новости экономики`],
    ["a Russian subscribe line", `${body}\n\nПодписывайтесь на наш Telegram-канал`],
  ])("cuts %s", (_kind, text) => {
    expect(trimTrailingBoilerplate(dom(text)).text).toBe(body);
  });

  it("keeps an article whose end is ordinary text", () => {
    expect(trimTrailingBoilerplate(dom(body)).text).toBe(body);
  });

  it("never cuts into the first half of the text", () => {
    const text = `Follow the money, he said.\n\n${body}`;
    expect(trimTrailingBoilerplate(dom(text)).text).toBe(text);
  });
});
