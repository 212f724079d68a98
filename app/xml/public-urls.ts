// Absolute addresses of the reader's pages (the stable URL contract that e2e/ checks), as feeds and sitemaps print them:
// slugs in the edition's script are percent-encoded.

export function editionHomeUrl(origin: string, edition: string): string {
  return `${origin}/${edition}`;
}

export function archiveUrl(origin: string, edition: string): string {
  return `${origin}/${edition}/articles`;
}

export function articleUrl(origin: string, edition: string, slug: string): string {
  return `${origin}/${edition}/articles/${encodeURIComponent(slug)}`;
}

export function categoryUrl(origin: string, edition: string, slug: string): string {
  return `${origin}/${edition}/categories/${encodeURIComponent(slug)}`;
}

export function seriesUrl(origin: string, edition: string, slug: string): string {
  return `${origin}/${edition}/series/${encodeURIComponent(slug)}`;
}

/** One of an edition's sitemap files: the first at /sitemaps/<lng>.xml, the next at /sitemaps/<lng>/<part>.xml */
export function sitemapPartUrl(origin: string, edition: string, part: number): string {
  return part === 1 ? `${origin}/sitemaps/${edition}.xml` : `${origin}/sitemaps/${edition}/${part}.xml`;
}
