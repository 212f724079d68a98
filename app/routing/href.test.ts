import { describe, expect, it } from "vitest";
import { editions } from "~/editions";
import { absoluteHref, href, sitemapHref } from "./href";

describe("the addresses of the URL contract", () => {
  it("puts every page under its edition", () => {
    for (const edition of editions) {
      expect(href(edition, "home")).toBe(`/${edition.code}`);
      expect(href(edition, "articles")).toBe(`/${edition.code}/articles`);
      expect(href(edition.code, "mediaItem", "photos", "harbor")).toBe(`/${edition.code}/media/photos/harbor`);
      expect(href(edition.code, "publicationKind", "pars-brief")).toBe(`/${edition.code}/publications/pars-brief`);
      expect(href(edition, "feed")).toBe(`/${edition.code}/feed.xml`);
      expect(href(edition, "contactSent")).toBe(`/${edition.code}/contact/sent`);
    }
  });

  it("percent-encodes a Persian slug in NFC, whatever form it was typed in", () => {
    expect(href("fa", "article", "گزارش-هفته")).toBe(`/fa/articles/${encodeURIComponent("گزارش-هفته")}`);
    expect(href("sq", "category", "Shqipe\u0308")).toBe(`/sq/categories/${encodeURIComponent("Shqipë")}`);
  });

  it("gives feeds and sitemaps the same addresses with the origin", () => {
    expect(absoluteHref("https://news.example.org", "ar", "series", "digest")).toBe("https://news.example.org/ar/series/digest");
    expect(sitemapHref("https://news.example.org", "en", 1)).toBe("https://news.example.org/sitemaps/en.xml");
    expect(sitemapHref("https://news.example.org", "en", 3)).toBe("https://news.example.org/sitemaps/en/3.xml");
  });
});
