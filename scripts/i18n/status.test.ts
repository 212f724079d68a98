// npm run i18n:status: the completeness a translator sees per edition and namespace.
import { afterEach, describe, expect, it } from "vitest";
import { completeness, renderStatus } from "./completeness";
import { loadLocaleSet } from "./locale-files";
import { baseLocales, fixture, removeFixtures } from "./test-fixtures";

afterEach(removeFixtures);

const editions = [
  { code: "en", nativeName: "English" },
  { code: "ar", nativeName: "العربية" },
  { code: "fa", nativeName: "فارسی" },
  { code: "sq", nativeName: "Shqip" },
];

describe("i18n:status", () => {
  it("counts a plural group once, and as missing until the language has every form it needs", () => {
    const locales = baseLocales();
    delete (locales.ar?.article as Record<string, unknown>).comments_many;
    delete (locales.sq?.common as Record<string, unknown>).byline;
    const set = loadLocaleSet(fixture(locales));
    expect(completeness(set, "ar", "article")).toMatchObject({ total: 1, translated: 0, missing: 1, missingKeys: ["comments"] });
    expect(completeness(set, "sq", "common")).toMatchObject({ total: 3, translated: 2, missing: 1, missingKeys: ["byline"] });
    expect(completeness(set, "fa", "common")).toMatchObject({ total: 3, translated: 3, missing: 0 });
  });

  it("prints a table per edition and namespace, with the keys still to translate", () => {
    const locales = baseLocales();
    delete (locales.sq?.common as Record<string, unknown>).byline;
    (locales.fa as Record<string, unknown>).article = "{ not json";
    const table = renderStatus(loadLocaleSet(fixture(locales)), editions);
    const rows = table.split("\n");
    expect(rows).toContainEqual(expect.stringMatching(/^sq Shqip\s+article\s+1\/1\s+0\s+100%$/));
    expect(rows).toContainEqual(expect.stringMatching(/^\s+common\s+2\/3\s+1\s+66%$/));
    expect(rows).toContainEqual(expect.stringMatching(/^fa فارسی\s+article\s+0\/1\s+invalid JSON\s+0%$/));
    expect(table).toContain("sq common: byline");
    expect(table).toContain("fa article: invalid JSON (locales/fa/article.json)");
  });
});
