// /sitemaps/<lng>.xml: one edition's pages, each with its versions in the other editions (hreflang)
import type { LoaderFunctionArgs } from "@remix-run/node";
import { sitemapArticles, sitemapCategories } from "~/models/sitemap.server";
import { requireEdition, siteOrigin } from "~/routing/params.server";
import { editionSitemapUrls } from "~/xml/edition-sitemap.server";
import { documentResponse } from "~/xml/response.server";
import { renderUrlSet } from "~/xml/sitemap.server";

export async function loader({ params, request }: LoaderFunctionArgs) {
  const edition = requireEdition(params);
  const [articles, categories] = await Promise.all([sitemapArticles(edition.code), sitemapCategories(edition.code)]);
  const xml = renderUrlSet(editionSitemapUrls(siteOrigin(request), edition.code, articles, categories));
  return documentResponse(xml, "application/xml; charset=utf-8");
}
