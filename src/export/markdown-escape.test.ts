import { describe, expect, it } from "vitest";
import { autolink, blockquote, escapeInline, obsidianTag } from "./markdown-escape";

describe("escapeInline", () => {
  it.each([
    ["plain words", "plain words"],
    ["Минфин и Нацбанк", "Минфин и Нацбанк"],
    ["*Breaking* [1] #news", "\\*Breaking\\* \\[1\\] \\#news"],
    ["a_b `code` <b>x</b> & y", "a\\_b \\`code\\` \\<b\\>x\\</b\\> \\& y"],
    [
      "[[Wikilink]] ==mark== $x$ %%c%% ^ref |t| ~s~ !",
      "\\[\\[Wikilink\\]\\] \\==mark\\== \\$x\\$ \\%%c\\%% \\^ref \\|t\\| \\~s\\~ \\!",
    ],
    ["- not a list", "\\- not a list"],
    ["+ not a list", "\\+ not a list"],
    ["1. not a list", "1\\. not a list"],
    ["2024) год", "2024\\) год"],
    ["> not a quote", "\\> not a quote"],
    ["two\nlines\r\n\nhere", "two lines here"],
    ["back\\slash", "back\\\\slash"],
    ["U.S. 1-2 (a) 10% a=b", "U.S. 1-2 (a) 10% a=b"],
  ])("%j → %j", (input, expected) => {
    expect(escapeInline(input)).toBe(expected);
  });
});

describe("blockquote", () => {
  it.each([
    ["одна строка", "> одна строка"],
    ["first\n\n# second", "> first\n>\n> \\# second"],
    ["- item", "> \\- item"],
  ])("%j", (input, expected) => {
    expect(blockquote(input)).toBe(expected);
  });
});

describe("autolink", () => {
  it.each([
    ["https://example.com/a?b=1&c=2", "<https://example.com/a?b=1&c=2>"],
    ["https://example.com/a b<c>", "<https://example.com/a%20b%3Cc%3E>"],
  ])("%s", (url, expected) => {
    expect(autolink(url)).toBe(expected);
  });
});

describe("obsidianTag", () => {
  it.each([
    ["налоги", "#налоги"],
    ["НДС 2024", "#НДС-2024"],
    ["tax policy", "#tax-policy"],
    ["2024", "#_2024"],
    ["a/b_c-d", "#a/b_c-d"],
    ["  #hash, comma!  ", "#hash-comma"],
    ["!!!", ""],
  ])("%j → %j", (tag, expected) => {
    expect(obsidianTag(tag)).toBe(expected);
  });
});
