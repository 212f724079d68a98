// /sitemaps/<lng>.xml: an edition's first sitemap file: its home, archive and categories, and its newest
// articles; each page with its versions in the other editions (hreflang). Older articles: sitemaps.$lang.$part.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { editionSitemapFacts, sitemapArticles, sitemapCategories } from "~/models/sitemap.server";
import { requireEdition, siteOrigin } from "~/routing/params.server";
import { articleSitemapUrls, editionPageUrls } from "~/xml/edition-sitemap.server";
import { documentResponse } from "~/xml/response.server";
import { renderUrlSet } from "~/xml/sitemap.server";

export async function loader({ params, request }: LoaderFunctionArgs) {
  const edition = requireEdition(params);
  const origin = siteOrigin(request);
  const [articles, categories, facts] = await Promise.all([sitemapArticles(edition.code, 1), sitemapCategories(edition.code), editionSitemapFacts()]);
  const xml = renderUrlSet([
    ...editionPageUrls(origin, edition.code, facts.get(edition.code)?.lastModified, categories),
    ...articleSitemapUrls(origin, edition.code, articles),
  ]);
  return documentResponse(xml, "application/xml; charset=utf-8");
}
