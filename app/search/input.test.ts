import { describe, expect, it } from "vitest";
import { maxQueryLength, readSearchInput } from "./input";

describe("what the search box accepts", () => {
  it("shows the form for an absent or blank query", () => {
    expect(readSearchInput(null)).toEqual({ kind: "empty" });
    expect(readSearchInput("")).toEqual({ kind: "empty" });
    expect(readSearchInput("  \t ")).toEqual({ kind: "empty" });
  });

  it("accepts up to 200 characters, counted as characters, not UTF-16 units", () => {
    expect(readSearchInput("a".repeat(maxQueryLength))).toEqual({ kind: "query", text: "a".repeat(maxQueryLength) });
    expect(readSearchInput("a".repeat(maxQueryLength + 1))).toEqual({ kind: "tooLong", length: maxQueryLength + 1 });
    expect(readSearchInput("𝒜".repeat(maxQueryLength)).kind).toBe("query");
    expect(readSearchInput("خ".repeat(300))).toEqual({ kind: "tooLong", length: 300 });
  });

  it("trims the query and stores it in NFC", () => {
    expect(readSearchInput("  e\u0308 ")).toEqual({ kind: "query", text: "ë" });
  });

  it("refuses lone surrogates, control characters and bytes that were not UTF-8", () => {
    expect(readSearchInput("ab\uD800cd")).toEqual({ kind: "malformed" });
    expect(readSearchInput("ab\uDC00")).toEqual({ kind: "malformed" });
    expect(readSearchInput("ab\u0000")).toEqual({ kind: "malformed" });
    expect(readSearchInput("a\u001Bb")).toEqual({ kind: "malformed" });
    expect(readSearchInput("a\u007Fb")).toEqual({ kind: "malformed" });
    expect(readSearchInput(new URLSearchParams("q=%ED%A0%80").get("q"))).toEqual({ kind: "malformed" });
    expect(readSearchInput(new URLSearchParams("q=%FF").get("q"))).toEqual({ kind: "malformed" });
  });

  it("accepts tabs and line breaks, which separate words like spaces", () => {
    expect(readSearchInput("a\tb\nc")).toEqual({ kind: "query", text: "a\tb\nc" });
    expect(readSearchInput("😀 ok").kind).toBe("query");
  });
});
