// Every reader address the site has (the table `pages` below is the list), built in one place for routes,
// components, feeds, sitemaps and the editorial screens: each segment in NFC, percent-encoded.
import type { MediaKind, PublicationKind } from "~/db/schema";

const pages = {
  home: () => [],
  articles: () => ["articles"],
  article: (slug: string) => ["articles", slug],
  category: (slug: string) => ["categories", slug],
  categoryFeed: (slug: string) => ["categories", slug, "feed.xml"],
  author: (slug: string) => ["authors", slug],
  series: (slug: string) => ["series", slug],
  seriesFeed: (slug: string) => ["series", slug, "feed.xml"],
  mediaKind: (kind: MediaKind) => ["media", kind],
  mediaItem: (kind: MediaKind, slug: string) => ["media", kind, slug],
  publicationKind: (kind: PublicationKind) => ["publications", kind],
  publication: (kind: PublicationKind, slug: string) => ["publications", kind, slug],
  about: () => ["about"],
  contact: () => ["contact"],
  contactSent: () => ["contact", "sent"],
  search: () => ["search"],
  feed: () => ["feed.xml"],
  mirrors: () => ["mirrors"],
  accessibility: () => ["accessibility"],
  /** A static page at /<lng>/<slug> (about, accessibility, or one an editor made) */
  staticPage: (slug: string) => [slug],
} satisfies Record<string, (...args: never[]) => string[]>;

export type PageName = keyof typeof pages;
type PageArgs<P extends PageName> = Parameters<(typeof pages)[P]>;

/** The path of a reader page: `href(edition, "article", slug)`; the edition as its config or its code */
export function href<P extends PageName>(edition: { code: string } | string, page: P, ...args: PageArgs<P>): string {
  const segments: string[] = (pages[page] as (...values: PageArgs<P>) => string[])(...args);
  const code = typeof edition === "string" ? edition : edition.code;
  return `/${[code, ...segments].map((segment) => encodeURIComponent(segment.normalize("NFC"))).join("/")}`;
}

/** The same page's address with an origin, as feeds, sitemaps and share cards print it */
export function absoluteHref<P extends PageName>(origin: string, edition: { code: string } | string, page: P, ...args: PageArgs<P>): string {
  return `${origin}${href(edition, page, ...args)}`;
}

/** One of an edition's sitemap files: the first at /sitemaps/<lng>.xml, the next at /sitemaps/<lng>/<part>.xml */
export function sitemapHref(origin: string, edition: string, part: number): string {
  return part === 1 ? `${origin}/sitemaps/${edition}.xml` : `${origin}/sitemaps/${edition}/${part}.xml`;
}
