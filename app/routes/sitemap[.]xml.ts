// /sitemap.xml: the sitemap index, every edition's sitemap files (one, unless its articles fill more)
import type { LoaderFunctionArgs } from "@remix-run/node";
import { editions } from "~/editions";
import { editionSitemapFacts } from "~/models/sitemap.server";
import { siteOrigin } from "~/routing/params.server";
import { sitemapHref } from "~/routing/href";
import { documentResponse } from "~/xml/response.server";
import { renderSitemapIndex } from "~/xml/sitemap.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const origin = siteOrigin(request);
  const facts = await editionSitemapFacts();
  const xml = renderSitemapIndex(
    editions.flatMap((edition) => {
      const { parts = 1, lastModified } = facts.get(edition.code) ?? {};
      return Array.from({ length: parts }, (_, index) => ({ url: sitemapHref(origin, edition.code, index + 1), lastModified }));
    }),
  );
  return documentResponse(xml, "application/xml; charset=utf-8");
}
