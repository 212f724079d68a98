import { describe, expect, it } from "vitest";
import { demoContent } from "~/db/seed/content";
import { hasHighlight, highlightText, plainTextFromMarkdown, snippetAround, wordSpans, type TextSegment } from "./highlight";
import { searchWords } from "./normalize";
import { buildSearchQuery } from "./query";

const marked = (segments: TextSegment[]) => segments.filter((segment) => segment.highlighted).map((segment) => segment.text);
const joined = (segments: TextSegment[]) => segments.map((segment) => segment.text).join("");

describe("highlighting the words that matched, on the original text", () => {
  it("marks the word as written, with its harakat, when the reader typed it without them", () => {
    const query = buildSearchQuery("قصيدة")!;
    const segments = highlightText("أمسية شعرية: قَصِيدَةٌ عن البحر", query.matchingWords);
    expect(marked(segments)).toEqual(["قَصِيدَةٌ"]);
    expect(joined(segments)).toBe("أمسية شعرية: قَصِيدَةٌ عن البحر");
  });

  it("marks a Persian word written with ZWNJ when the reader typed Arabic letters and a space", () => {
    const query = buildSearchQuery("مي شود")!;
    expect(marked(highlightText("وقتی روزنامه تعطیل می‌شود، چه کسی می‌نویسد؟", query.matchingWords))).toEqual(["می‌شود"]);
  });

  it("marks Persian digits for a query in Latin digits, and an Albanian word typed without ë", () => {
    expect(marked(highlightText("مرور هفتگی، شمارهٔ ۱۷۰", buildSearchQuery("170")!.matchingWords))).toEqual(["۱۷۰"]);
    expect(marked(highlightText("Vëzhguesi i Horizontit", buildSearchQuery("vezhguesi")!.matchingWords))).toEqual(["Vëzhguesi"]);
  });

  it("leaves punctuation around a marked word unmarked, and marks every occurrence", () => {
    const segments = highlightText("«Aid», they said: aid now!", ["aid"]);
    expect(marked(segments)).toEqual(["Aid", "aid"]);
    expect(segments[0]).toEqual({ text: "«", highlighted: false });
  });

  it("marks an Arabic word with the article when the reader typed it without", () => {
    expect(marked(highlightText("افتتاح المدرسة في القرية", buildSearchQuery("مدرسة")!.matchingWords))).toEqual(["المدرسة"]);
  });

  it("splits every seeded text into the same words as the index", () => {
    for (const content of Object.values(demoContent)) {
      for (const article of content.articles) {
        for (const text of [article.title, article.excerpt, article.body]) {
          expect(wordSpans(text).map((span) => span.normalized)).toEqual(searchWords(text));
        }
      }
    }
  });
});

describe("the snippet of a result", () => {
  const words = Array.from({ length: 120 }, (_, index) => `word${index}`);
  const text = `${words.slice(0, 60).join(" ")} needle, ${words.slice(60).join(" ")}.`;

  it("shows the passage around the first match, cut between words, with ellipses", () => {
    const snippet = snippetAround(text, ["needle"], 120)!;
    expect(marked(snippet)).toEqual(["needle"]);
    const shown = joined(snippet);
    expect(shown.startsWith("…word")).toBe(true);
    expect(shown.endsWith("…")).toBe(true);
    expect(shown.length).toBeLessThanOrEqual(122);
    expect(shown.indexOf("needle")).toBeGreaterThan(10);
    expect(shown.indexOf("needle")).toBeLessThan(60);
  });

  it("is the whole text when it is short, and nothing when no word matches", () => {
    expect(joined(snippetAround("A short needle text.", ["needle"])!)).toBe("A short needle text.");
    expect(snippetAround(text, ["absent"])).toBeUndefined();
    expect(hasHighlight(highlightText(text, ["absent"]))).toBe(false);
  });

  it("reads a Markdown body as text: alt texts and link texts kept, addresses and markers left out", () => {
    const markdown = [
      "# Title",
      "",
      "A **bold** and *light* [link](https://example.org) here.",
      "",
      "> A witness speaks.",
      "",
      "- first item",
      "- second item",
      "",
      '![Boats in the harbor](/images/demo/harbor.svg "Caption")',
    ].join("\n");
    expect(plainTextFromMarkdown(markdown)).toBe(
      "Title A bold and light link here. A witness speaks. first item second item Boats in the harbor",
    );
  });
});
