import { describe, expect, it } from "vitest";
import { buildSearchQuery, maxQueryWords } from "./query";

describe("the query sent to PostgreSQL", () => {
  it("has nothing to search in punctuation alone", () => {
    expect(buildSearchQuery("?!«»")).toBeUndefined();
    expect(buildSearchQuery("")).toBeUndefined();
  });

  it("requires every word, normalized, each also accepted joined to its neighbour", () => {
    const query = buildSearchQuery("Winter AID convoy")!;
    expect(query.words).toEqual(["winter", "aid", "convoy"]);
    expect(query.tsquery).toBe("('winter' | 'winteraid') & ('aid' | 'winteraid' | 'aidconvoy') & ('convoy' | 'aidconvoy')");
  });

  it("finds a word written with a zero-width non-joiner whether the reader types it joined, with ZWNJ or with a space", () => {
    const withSpace = buildSearchQuery("می شود")!;
    const joined = buildSearchQuery("میشود")!;
    const withZwnj = buildSearchQuery("می‌شود")!;
    expect(joined.words).toEqual(["ميشود"]);
    expect(withZwnj.words).toEqual(["ميشود"]);
    expect(withSpace.matchingWords).toContain("ميشود");
    expect(withSpace.tsquery).toMatch(/^\('مي' \| 'ميشود'\) & \('شود' \|.* 'ميشود'\)$/u);
  });

  it("accepts an Arabic word with or without the definite article", () => {
    expect(buildSearchQuery("مدرسة")!.matchingWords).toEqual(expect.arrayContaining(["مدرسه", "المدرسه", "والمدرسه", "للمدرسه"]));
    expect(buildSearchQuery("المدرسة")!.matchingWords).toEqual(expect.arrayContaining(["مدرسه", "المدرسه", "بالمدرسه"]));
    // Too short to take the article off: kept as written
    expect(buildSearchQuery("الان")!.matchingWords).not.toContain("ان");
    // Latin words have no such forms
    expect(buildSearchQuery("school")!.matchingWords).toEqual(["school"]);
  });

  it("keeps only the first words of a very long query, quoted", () => {
    const query = buildSearchQuery(Array.from({ length: 40 }, (_, index) => `w${index}`).join(" "))!;
    expect(query.words).toHaveLength(maxQueryWords);
    expect(query.tsquery).not.toMatch(/[^'|&() \p{L}\p{N}]/u);
  });
});
