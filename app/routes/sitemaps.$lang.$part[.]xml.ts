// /sitemaps/<lng>/<part>.xml: the edition's older articles, from part 2 on, as many parts as the sitemap
// index lists (app/models/sitemap.server.ts: articlesPerSitemap each); any other part is a 404.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { editionSitemapFacts, sitemapArticles } from "~/models/sitemap.server";
import { maxPageNumber, parsePositiveInt } from "~/routing/ids";
import { notFound, requireEdition, siteOrigin } from "~/routing/params.server";
import { articleSitemapUrls } from "~/xml/edition-sitemap.server";
import { documentResponse } from "~/xml/response.server";
import { renderUrlSet } from "~/xml/sitemap.server";

export async function loader({ params, request }: LoaderFunctionArgs) {
  const edition = requireEdition(params);
  // Written one way only: "2", never "02" or "2.0"; part 1 is /sitemaps/<lng>.xml
  const part = parsePositiveInt(params.part, maxPageNumber) ?? 0;
  const parts = (await editionSitemapFacts()).get(edition.code)?.parts ?? 1;
  if (part < 2 || part > parts) throw notFound();
  const articles = await sitemapArticles(edition.code, part);
  return documentResponse(renderUrlSet(articleSitemapUrls(siteOrigin(request), edition.code, articles)), "application/xml; charset=utf-8");
}
