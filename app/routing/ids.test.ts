import { describe, expect, it } from "vitest";
import { parsePositiveInt } from "./ids";

describe("a number typed into an address or a form", () => {
  it("is read when written one way only, from 1 up", () => {
    expect(parsePositiveInt("7")).toBe(7);
    expect(parsePositiveInt("2147483647")).toBe(2147483647);
  });

  it("is refused in any other spelling, or past PostgreSQL's integer", () => {
    for (const typed of [undefined, null, "", "0", "07", "7.0", "+7", "-7", "1e1", "0x7", " 7", "7 ", "abc", "2147483648", "99999999999"]) {
      expect(parsePositiveInt(typed)).toBeNull();
    }
  });

  it("is refused past the bound a caller gives (a page, a gallery position)", () => {
    expect(parsePositiveInt("12", 12)).toBe(12);
    expect(parsePositiveInt("13", 12)).toBeNull();
  });
});
