// Sitemaps protocol (https://www.sitemaps.org/protocol.html) with hreflang alternates
// (https://developers.google.com/search/docs/specialty/international/localized-versions#sitemap).
import { w3cDate } from "./dates";
import { serializeXml } from "./xml-document.server";

const sitemapNamespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

export interface SitemapAlternate {
  /** An edition code, or "x-default" */
  hreflang: string;
  url: string;
}

export interface SitemapUrl {
  /** Absolute, percent-encoded */
  url: string;
  lastModified?: Date;
  /** Every language version of the page, itself included; empty when there is none */
  alternates: SitemapAlternate[];
}

export interface SitemapReference {
  url: string;
  lastModified?: Date;
}

export function renderSitemapIndex(sitemaps: SitemapReference[]): string {
  return serializeXml({
    sitemapindex: {
      "@xmlns": sitemapNamespace,
      sitemap: sitemaps.map((sitemap) => ({
        loc: sitemap.url,
        lastmod: sitemap.lastModified && w3cDate(sitemap.lastModified),
      })),
    },
  });
}

export function renderUrlSet(urls: SitemapUrl[]): string {
  return serializeXml({
    urlset: {
      "@xmlns": sitemapNamespace,
      "@xmlns:xhtml": "http://www.w3.org/1999/xhtml",
      url: urls.map((page) => ({
        loc: page.url,
        lastmod: page.lastModified && w3cDate(page.lastModified),
        "xhtml:link": page.alternates.map((alternate) => ({
          "@rel": "alternate",
          "@hreflang": alternate.hreflang,
          "@href": alternate.url,
        })),
      })),
    },
  });
}
