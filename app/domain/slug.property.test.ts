// slugify() for any title an editor could type or paste: the address it makes is stable, safe in a
// URL path segment and bounded, and never empty when the title has a letter to keep.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { anyText, textAroundLength, textWithLetter } from "../../tests/property/arbitraries";
import { isValidSlug, maxSlugLength, slugify, uniqueSlug } from "./slug";

const runs = { numRuns: 2_000 };
// Long titles too: the cut at the maximum length is where a slug can break
const titles = fc.oneof(anyText(60), anyText(400), textAroundLength(maxSlugLength));

describe("slugify, for any title", () => {
  it("is idempotent where a tatweel stood between two marks (found by this property)", () => {
    const slug = slugify("\u0300\u0640\u064b");
    expect(slug).toBe("\u064b\u0300");
    expect(slugify(slug)).toBe(slug);
    expect(isValidSlug(slug)).toBe(true);
  });

  it("is idempotent: a slug slugified again is the same slug (and is accepted as typed)", () => {
    fc.assert(
      fc.property(titles, (title) => {
        const slug = slugify(title);
        expect(slugify(slug)).toBe(slug);
        if (slug !== "") expect(isValidSlug(slug)).toBe(true);
      }),
      runs,
    );
  });

  it("never holds a path, query or fragment delimiter, whitespace, or half a surrogate pair", () => {
    fc.assert(
      fc.property(titles, (title) => {
        const slug = slugify(title);
        expect(slug).not.toMatch(/[/?#%\\\s]/u);
        expect(slug).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
        expect(slug).not.toMatch(/^-|-$|--/);
        // What the URL carries decodes back to the slug itself
        expect(decodeURIComponent(encodeURIComponent(slug))).toBe(slug);
      }),
      runs,
    );
  });

  it("stays within the maximum length", () => {
    fc.assert(
      fc.property(titles, (title) => {
        expect(slugify(title).length).toBeLessThanOrEqual(maxSlugLength);
      }),
      runs,
    );
  });

  it("makes unique variants (slug-2, slug-3…) that are themselves valid slugs", async () => {
    await fc.assert(
      fc.asyncProperty(titles, fc.integer({ min: 0, max: 12 }), async (title, taken) => {
        const base = slugify(title);
        const candidate = await uniqueSlug(base, async (slug) => {
          const match = /-(\d+)$/.exec(slug);
          return (match ? Number(match[1]) : 1) <= taken;
        });
        expect(candidate.length).toBeLessThanOrEqual(maxSlugLength);
        expect(isValidSlug(candidate)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it("is never empty for a title with a letter", () => {
    fc.assert(
      fc.property(fc.oneof(textWithLetter(60), textWithLetter(300)), (title) => {
        expect(slugify(title)).not.toBe("");
      }),
      runs,
    );
  });
});
