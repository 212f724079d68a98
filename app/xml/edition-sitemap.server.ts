// What an edition's sitemap files list: the first its home, its archive and every category, then the
// articles, newest first, each file a part of at most articlesPerSitemap (app/models/sitemap.server.ts);
// every page with its versions in the other editions.
import { editions } from "~/editions";
import type { SitemapArticle, SitemapCategory } from "~/models/sitemap.server";
import { hreflangAlternates } from "./hreflang";
import { absoluteHref } from "~/routing/href";
import type { SitemapUrl } from "./sitemap.server";

/** A page every edition has (home, archive): all editions are its versions; it changes with the edition */
function everyEditionPage(origin: string, edition: string, page: "home" | "articles", lastModified?: Date): SitemapUrl {
  const url = (code: string) => absoluteHref(origin, code, page);
  const versions = editions.map((other) => ({ edition: other.code, url: url(other.code) }));
  return { url: url(edition), lastModified, alternates: hreflangAlternates({ edition, url: url(edition) }, versions) };
}

/** The edition's pages besides its articles: home and archive (changed when the edition last changed), categories */
export function editionPageUrls(origin: string, edition: string, lastModified: Date | undefined, categories: SitemapCategory[]): SitemapUrl[] {
  return [
    everyEditionPage(origin, edition, "home", lastModified),
    everyEditionPage(origin, edition, "articles", lastModified),
    ...categories.map((category) => {
      const self = { edition, url: absoluteHref(origin, edition, "category", category.slug) };
      const versions = category.versions.map((version) => ({ edition: version.edition, url: absoluteHref(origin, version.edition, "category", version.slug) }));
      return { url: self.url, alternates: hreflangAlternates(self, versions) };
    }),
  ];
}

export function articleSitemapUrls(origin: string, edition: string, articles: SitemapArticle[]): SitemapUrl[] {
  return articles.map((article) => {
    const self = { edition, url: absoluteHref(origin, edition, "article", article.slug) };
    const versions = article.versions.map((version) => ({ edition: version.edition, url: absoluteHref(origin, version.edition, "article", version.slug) }));
    return { url: self.url, lastModified: article.lastModified, alternates: hreflangAlternates(self, versions) };
  });
}
