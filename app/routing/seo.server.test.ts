import { describe, expect, test } from "vitest";
import { editions } from "~/editions";
import { buildPageSeo } from "./seo.server";

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
