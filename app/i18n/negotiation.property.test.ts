// Which edition "/" leads to, for any Accept-Language header and any cookie a browser (or a robot)
// sends: always one of the editions, never an exception; a remembered edition wins; a header that
// names exactly one edition leads to it.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { defaultEdition, editionCodes } from "~/editions";
import { headerText } from "../../tests/property/arbitraries";
import { editionCookie } from "./i18next.server";
import { negotiateEdition } from "./negotiation.server";

const runs = { numRuns: 1_000 };

function request(headers: Record<string, string | undefined>): Request {
  const defined = Object.entries(headers).filter((entry): entry is [string, string] => entry[1] !== undefined);
  return new Request("http://localhost/", { headers: defined });
}

const languageRange = fc.oneof(
  fc.constantFrom(...editionCodes, "*", "de", "fr-CH", "zh-Hant-TW", "x-klingon", "EN", "Fa-ir", "sq-AL", "ar-EG", ""),
  headerText(12),
);
const acceptLanguage = fc.oneof(
  headerText(120),
  fc
    .array(fc.tuple(languageRange, fc.option(fc.oneof(fc.double({ min: -1, max: 2, noNaN: true }).map((q) => q.toFixed(3)), headerText(5)))), { maxLength: 8 })
    .map((ranges) => ranges.map(([range, q]) => (q === null ? range : `${range};q=${q}`)).join(", ")),
);
const cookie = fc.oneof(
  headerText(120),
  fc.tuple(fc.oneof(fc.constantFrom(...editionCodes), headerText(20)), headerText(40)).map(([value, rest]) => `lng=${value}; ${rest}`),
  fc.oneof(fc.constantFrom(...editionCodes), headerText(10)).map((value) => `lng=${btoa(encodeURIComponent(JSON.stringify(value)))}`),
);

describe("edition negotiation, for any request", () => {
  it("always answers a known edition and never throws", async () => {
    await fc.assert(
      fc.asyncProperty(fc.option(acceptLanguage, { nil: undefined }), fc.option(cookie, { nil: undefined }), async (language, cookieHeader) => {
        const edition = await negotiateEdition(request({ "Accept-Language": language, Cookie: cookieHeader }));
        expect(editionCodes).toContain(edition);
      }),
      runs,
    );
  });

  it("follows the remembered edition whatever the header says", async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...editionCodes), fc.option(acceptLanguage, { nil: undefined }), async (remembered, language) => {
        const cookieHeader = await editionCookie.serialize(remembered);
        expect(await negotiateEdition(request({ "Accept-Language": language, Cookie: cookieHeader }))).toBe(remembered);
      }),
      runs,
    );
  });

  it("without a cookie, a header naming a single edition (and other languages) leads to that edition", async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...editionCodes), fc.array(fc.constantFrom("de", "fr", "zh-CN", "tr", "ru"), { maxLength: 3 }), async (code, others) => {
        const header = [...others.map((other) => `${other};q=0.9`), `${code}-XX;q=0.5`].join(", ");
        expect(await negotiateEdition(request({ "Accept-Language": header }))).toBe(code);
        expect(await negotiateEdition(request({ "Accept-Language": others.join(", ") || undefined }))).toBe(defaultEdition.code);
      }),
      { numRuns: 200 },
    );
  });
});
