// /<lng>/series/<slug>/feed.xml: a series' newest issues as RSS 2.0
import type { LoaderFunctionArgs } from "@remix-run/node";
import { siteIdentity } from "~/models/site-identity.server";
import { feedArticles } from "~/models/feeds.server";
import { seriesBySlug } from "~/models/series.server";
import { notFound, requireEdition, requireSlug, siteOrigin } from "~/routing/params.server";
import { articleFeedResponse } from "~/xml/article-feed.server";
import { absoluteHref } from "~/routing/href";

export async function loader({ params, request }: LoaderFunctionArgs) {
  const edition = requireEdition(params);
  const identity = await siteIdentity(edition.code);
  const series = await seriesBySlug(edition.code, requireSlug(params));
  if (!series) throw notFound();
  const articles = await feedArticles(edition.code, { seriesId: series.id });
  const origin = siteOrigin(request);
  return articleFeedResponse({
    origin,
    edition: edition.code,
    title: `${series.title} | ${identity.siteName}`,
    description: series.description || identity.tagline,
    link: absoluteHref(origin, edition, "series", series.slug),
    articles,
  });
}
