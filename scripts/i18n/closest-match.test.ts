// "Did you mean …?" for misspelt keys and placeholders: how far apart two names are, and when one is close enough.
import { describe, expect, it } from "vitest";
import { closestMatch, editDistance } from "./closest-match";

describe("editDistance", () => {
  it("counts an inserted, a dropped, a changed letter and two swapped neighbours as one edit each", () => {
    expect(editDistance("home", "home")).toBe(0);
    expect(editDistance("hme", "home")).toBe(1);
    expect(editDistance("pageCount", "pageCounts")).toBe(1);
    expect(editDistance("pagecount", "pageCount")).toBe(1);
    expect(editDistance("cuont", "count")).toBe(1);
    expect(editDistance("newer", "older")).toBe(3);
    expect(editDistance("", "abc")).toBe(3);
  });

  it("counts letters, not UTF-16 units", () => {
    expect(editDistance("نویسنده", "نویسند")).toBe(1);
    expect(editDistance("😀a", "😀b")).toBe(1);
  });
});

describe("closestMatch", () => {
  it("names the one candidate within reach: one edit for short names, two from eight letters on", () => {
    expect(closestMatch("nav.hme", ["nav.home", "nav.search"])).toBe("nav.home");
    expect(closestMatch("pageCont", ["page", "pageCount"])).toBe("pageCount");
    expect(closestMatch("athor", ["author"])).toBe("author");
    expect(closestMatch("pgeCont", ["pageCount"])).toBe("pageCount");
    expect(closestMatch("pgCont", ["pageCount"])).toBeUndefined();
  });

  it("guesses nothing for unrelated or very short names, or when two candidates are as close", () => {
    expect(closestMatch("title", ["count"])).toBeUndefined();
    expect(closestMatch("a", ["b"])).toBeUndefined();
    expect(closestMatch("cat", ["bat"])).toBeUndefined();
    expect(closestMatch("brnd", ["brand", "bend"])).toBeUndefined();
    expect(closestMatch("home", [])).toBeUndefined();
  });
});
