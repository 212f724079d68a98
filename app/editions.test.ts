import { describe, expect, it } from "vitest";
import { editions, findEdition, getEdition } from "./editions";
import { formatDate, formatNumber, formatRelativeIfFresh, formatYear } from "./utils/format";

describe("the edition configuration", () => {
  it("has the four editions with unique codes and native names in their own script", () => {
    expect(editions.map((edition) => edition.code)).toEqual(["en", "ar", "fa", "sq"]);
    expect(editions.map((edition) => edition.nativeName)).toEqual(["English", "العربية", "فارسی", "Shqip"]);
  });

  it("marks Arabic and Persian right-to-left and the others left-to-right", () => {
    expect(editions.filter((edition) => edition.dir === "rtl").map((edition) => edition.code)).toEqual(["ar", "fa"]);
  });

  it("gives every edition a valid Intl locale, time zone and a font stack", () => {
    for (const edition of editions) {
      expect(Intl.DateTimeFormat.supportedLocalesOf([edition.intlLocale])).toHaveLength(1);
      expect(() => new Intl.DateTimeFormat(edition.intlLocale, { timeZone: edition.timeZone })).not.toThrow();
      expect(edition.fontFamily.length).toBeGreaterThan(0);
      expect(edition.fonts.length).toBeGreaterThan(0);
    }
  });

  it("finds editions by code and rejects unknown ones", () => {
    expect(findEdition("fa")?.dir).toBe("rtl");
    expect(findEdition("xx")).toBeUndefined();
    expect(findEdition(undefined)).toBeUndefined();
    expect(() => getEdition("xx")).toThrow();
  });
});

describe("dates and numbers follow the edition", () => {
  const date = new Date("2026-11-24T12:00:00Z");

  it("writes Persian dates in the solar hijri calendar with Persian digits, the Gregorian date alongside", () => {
    const text = formatDate(getEdition("fa"), date);
    expect(text).toContain("آذر");
    expect(text).toContain("۱۴۰۵");
    expect(text).toContain("نوامبر");
    expect(text).not.toMatch(/[0-9]/);
  });

  it("writes Arabic dates with Arabic month names and Latin digits", () => {
    const text = formatDate(getEdition("ar"), date);
    expect(text).toContain("نوفمبر");
    expect(text).toContain("2026");
  });

  it("writes Albanian and English month names", () => {
    expect(formatDate(getEdition("sq"), date)).toBe("24 nëntor 2026");
    expect(formatDate(getEdition("en"), date)).toBe("24 November 2026");
  });

  it("uses the edition's digits for numbers and years", () => {
    expect(formatNumber(getEdition("fa"), 170)).toBe("۱۷۰");
    expect(formatNumber(getEdition("ar"), 170)).toBe("170");
    expect(formatYear(getEdition("en"), 2026)).toBe("2026");
    expect(formatYear(getEdition("fa"), 2026)).toBe("۲۰۲۶");
  });

  it("says how long ago a fresh post appeared, and nothing for older ones", () => {
    const now = new Date(date.getTime() + 3 * 3_600_000);
    expect(formatRelativeIfFresh(getEdition("en"), date, now)).toBe("3 hours ago");
    expect(formatRelativeIfFresh(getEdition("fa"), date, now)).toBe("۳ ساعت پیش");
    expect(formatRelativeIfFresh(getEdition("en"), date, new Date(date.getTime() + 25 * 3_600_000))).toBeUndefined();
  });
});
