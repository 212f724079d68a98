// What one edition's sitemap lists: its home, its archive, every visible article and every category,
// each with its versions in the other editions.
import { editions } from "~/editions";
import type { SitemapArticle, SitemapCategory } from "~/models/sitemap.server";
import { hreflangAlternates } from "./hreflang";
import { archiveUrl, articleUrl, categoryUrl, editionHomeUrl } from "./public-urls";
import type { SitemapUrl } from "./sitemap.server";

/** A page every edition has (home, archive): all editions are its versions */
function everyEditionPage(origin: string, edition: string, url: (origin: string, edition: string) => string): SitemapUrl {
  const versions = editions.map((other) => ({ edition: other.code, url: url(origin, other.code) }));
  return { url: url(origin, edition), alternates: hreflangAlternates({ edition, url: url(origin, edition) }, versions) };
}

export function editionSitemapUrls(
  origin: string,
  edition: string,
  articles: SitemapArticle[],
  categories: SitemapCategory[],
): SitemapUrl[] {
  const lastChange = articles.reduce<Date | undefined>(
    (latest, article) => (!latest || article.lastModified > latest ? article.lastModified : latest),
    undefined,
  );
  const listingPage = (url: (origin: string, edition: string) => string) => ({
    ...everyEditionPage(origin, edition, url),
    lastModified: lastChange,
  });
  return [
    listingPage(editionHomeUrl),
    listingPage(archiveUrl),
    ...articles.map((article) => {
      const self = { edition, url: articleUrl(origin, edition, article.slug) };
      const versions = article.versions.map((version) => ({ edition: version.edition, url: articleUrl(origin, version.edition, version.slug) }));
      return { url: self.url, lastModified: article.lastModified, alternates: hreflangAlternates(self, versions) };
    }),
    ...categories.map((category) => {
      const self = { edition, url: categoryUrl(origin, edition, category.slug) };
      const versions = category.versions.map((version) => ({ edition: version.edition, url: categoryUrl(origin, version.edition, version.slug) }));
      return { url: self.url, alternates: hreflangAlternates(self, versions) };
    }),
  ];
}
