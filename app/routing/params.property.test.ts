// The readers' side of a URL, for any URL: the parameter checks either accept a value or throw the
// 400/404 Response that the edition's error page explains. Anything else thrown would be a 500.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { anyText, percentSequence } from "../../tests/property/arbitraries";
import { pageNumber, requireDecodablePath, requireEdition, requireSlug } from "./params.server";

const runs = { numRuns: 2_000 };

/** Calls `check`; returns its value, or the status of the Response it threw. Any other throw fails the test. */
function outcome<T>(check: () => T): { value: T } | { status: number } {
  try {
    return { value: check() };
  } catch (thrown) {
    expect(thrown).toBeInstanceOf(Response);
    return { status: (thrown as Response).status };
  }
}

/** A path segment as it can arrive: raw text, percent-encoded text, and percent sequences valid or not */
const segment = fc.oneof(
  anyText(30),
  anyText(30).map((text) => encodeURIComponent(text.replace(/[\uD800-\uDFFF]/g, ""))),
  fc.array(fc.oneof(percentSequence, fc.string({ unit: "grapheme-ascii", maxLength: 4 })), { maxLength: 8 }).map((parts) => parts.join("")),
  fc.string({ unit: "grapheme", minLength: 190, maxLength: 220 }),
);

describe("route parameters, for any value", () => {
  it("requireSlug: the slug in NFC, at most 200 characters and without control characters, or a 404", () => {
    fc.assert(
      fc.property(fc.option(segment, { nil: undefined }), (slug) => {
        const result = outcome(() => requireSlug({ slug }));
        if ("status" in result) {
          expect(result.status).toBe(404);
          expect(slug === undefined || slug === "" || slug.normalize("NFC").length > 200 || /[\u0000-\u001F\u007F]/.test(slug)).toBe(true);
        } else {
          expect(result.value).toBe(slug!.normalize("NFC"));
          // What reaches the database as a slug: no NUL, which PostgreSQL text cannot hold
          expect(result.value).not.toMatch(/[\u0000-\u001F\u007F]/);
          expect(result.value.length).toBeGreaterThan(0);
          expect(result.value.length).toBeLessThanOrEqual(200);
        }
      }),
      runs,
    );
  });

  it("requireEdition: one of the editions, or a 404", () => {
    fc.assert(
      fc.property(fc.option(fc.oneof(segment, fc.constantFrom("en", "ar", "fa", "sq", "EN", "fa-IR", "en ", "__proto__", "constructor")), { nil: undefined }), (lang) => {
        const result = outcome(() => requireEdition({ lang }));
        if ("status" in result) expect(result.status).toBe(404);
        else expect(result.value.code).toBe(lang);
      }),
      runs,
    );
  });

  it("pageNumber: a whole number from 1 up (1 when absent), or a 404, for any query string", () => {
    const query = fc.oneof(
      fc.oneof(segment, fc.integer().map(String), fc.double().map(String), fc.constantFrom("1", "01", "999999", "1000000", "1e3", " 2", "2 ", "+2", "0x10", "Infinity", "NaN", "")).map(
        (value) => `page=${encodeURIComponent(value.replace(/[\uD800-\uDFFF]/g, ""))}`,
      ),
      fc.array(fc.oneof(percentSequence, fc.constantFrom("page=", "page", "&", "=", "+", "1", "9", "page=1&page=2")), { maxLength: 10 }).map((parts) => parts.join("")),
    );
    fc.assert(
      fc.property(query, (search) => {
        const url = new URL("http://localhost/en/articles");
        url.search = search;
        const request = new Request(url);
        const result = outcome(() => pageNumber(request));
        const raw = url.searchParams.get("page");
        if ("status" in result) {
          expect(result.status).toBe(404);
        } else {
          expect(Number.isInteger(result.value)).toBe(true);
          expect(result.value).toBeGreaterThanOrEqual(1);
          expect(result.value).toBe(raw === null ? 1 : Number(raw));
        }
      }),
      runs,
    );
  });

  it("requireDecodablePath: accepts exactly the paths that decode, and answers 400 for the others", () => {
    const path = fc.array(segment, { minLength: 1, maxLength: 4 }).map((segments) => `/${segments.join("/")}`);
    fc.assert(
      fc.property(path, (pathname) => {
        const url = new URL("http://localhost/");
        // The URL parser percent-encodes what may not appear raw, and leaves "%" sequences as they are
        url.pathname = pathname;
        let decodable = true;
        try {
          decodeURIComponent(url.pathname);
        } catch {
          decodable = false;
        }
        const result = outcome(() => requireDecodablePath(new Request(url)));
        if (decodable) expect(result).toEqual({ value: undefined });
        else expect(result).toEqual({ status: 400 });
      }),
      runs,
    );
  });
});
