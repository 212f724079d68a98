// /sitemap.xml: the sitemap index, one sitemap per edition
import type { LoaderFunctionArgs } from "@remix-run/node";
import { editions } from "~/editions";
import { editionsLastModified } from "~/models/sitemap.server";
import { siteOrigin } from "~/routing/params.server";
import { documentResponse } from "~/xml/response.server";
import { renderSitemapIndex } from "~/xml/sitemap.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const origin = siteOrigin(request);
  const lastModified = await editionsLastModified();
  const xml = renderSitemapIndex(
    editions.map((edition) => ({ url: `${origin}/sitemaps/${edition.code}.xml`, lastModified: lastModified.get(edition.code) })),
  );
  return documentResponse(xml, "application/xml; charset=utf-8");
}
