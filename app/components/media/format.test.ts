import { describe, expect, it } from "vitest";
import { getEdition } from "~/editions";
import { formatDuration, formatFileSize, isoDuration, languageName } from "./format";

describe("media formats per edition", () => {
  it("writes a video's duration as minutes:seconds in the edition's digits", () => {
    expect(formatDuration(getEdition("en"), 205)).toBe("3:25");
    expect(formatDuration(getEdition("en"), 65)).toBe("1:05");
    expect(formatDuration(getEdition("en"), 3725)).toBe("1:02:05");
    expect(formatDuration(getEdition("fa"), 205)).toBe("۳:۲۵");
    expect(formatDuration(getEdition("ar"), 252)).toBe("4:12");
    expect(isoDuration(205)).toBe("PT3M25S");
    expect(isoDuration(3600)).toBe("PT1H");
  });

  it("writes a file size with the edition's units, digits and decimal sign, never broken from its number", () => {
    expect(formatFileSize(getEdition("en"), 1_234_567)).toBe("1.2\u00a0MB");
    expect(formatFileSize(getEdition("en"), 2_450)).toBe("2.5\u00a0kB");
    expect(formatFileSize(getEdition("sq"), 2_450)).toBe("2,5\u00a0kB");
    // Persian digits and decimal sign, and the unit in Persian words rather than a Latin "kB"
    expect(formatFileSize(getEdition("fa"), 2_450)).toBe("۲٫۵\u00a0کیلوبایت");
    expect(formatFileSize(getEdition("fa"), 1_234_567)).toBe("۱٫۲\u00a0مگابایت");
    expect(formatFileSize(getEdition("ar"), 1_234_567)).toMatch(/^1\.2\u00a0\S+$/);
  });

  it("names a document's language in the edition's language", () => {
    expect(languageName(getEdition("en"), "fa")).toBe("Persian");
    expect(languageName(getEdition("fa"), "en")).toBe("انگلیسی");
    expect(languageName(getEdition("sq"), "sq")).toBe("shqip");
  });
});
