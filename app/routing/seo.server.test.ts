import { describe, expect, test } from "vitest";
import { editions } from "~/editions";
import { buildPageSeo, metaDescription } from "./seo.server";

describe("a page's SEO", () => {
  test("og:locale:alternate follows the editions' order, whatever order the translations were read in (a restored database reads them in another)", () => {
    const [first, ...others] = editions;
    const request = new Request(`http://localhost/${first!.code}/articles/a`);
    const options = { title: "A", siteName: "Site", description: "", path: `/${first!.code}/articles/a` };
    const paths = others.map((other) => [other.code, `/${other.code}/articles/a`] as const);
    const inOrder = buildPageSeo(request, first!, { ...options, versions: Object.fromEntries(paths) });
    const reversed = buildPageSeo(request, first!, { ...options, versions: Object.fromEntries([...paths].reverse()) });
    expect(inOrder.ogLocaleAlternates).toEqual(others.map((other) => other.ogLocale));
    expect(reversed.ogLocaleAlternates).toEqual(inOrder.ogLocaleAlternates);
  });
});

describe("a page's meta description", () => {
  test("is the summary when the item has one", () => {
    expect(metaDescription("  A short   summary. ", "Body text")).toBe("A short summary.");
  });

  test("is the start of the body as plain text, cut at a word, when the summary is empty", () => {
    const body = Array(6).fill("## Heading\n\nThe **first** paragraph with [a link](https://example.org) and more words.").join("\n\n");
    const description = metaDescription("", body);
    expect(description.startsWith("Heading The first paragraph with a link and more words.")).toBe(true);
    expect(description.length).toBeLessThanOrEqual(160);
    expect(description.endsWith("…")).toBe(true);
    // Cut after a whole word of the body
    expect(body.replace(/[#*\[\]]|\(https:\/\/example\.org\)/g, "").replace(/\s+/g, " ")).toContain(`${description.slice(0, -1)} `);
  });

  test("a page whose item has neither summary nor body still has one: its title", () => {
    const page = buildPageSeo(new Request("http://localhost/fa/articles/a"), editions[2]!, { title: "عنوان", siteName: "سایت", description: "", path: "/fa/articles/a" });
    expect(page.description).toBe("عنوان");
  });
});
