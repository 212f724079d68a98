// /<lng>/series/<slug>/feed.xml: a series' newest issues as RSS 2.0
import type { LoaderFunctionArgs } from "@remix-run/node";
import { translatorFor } from "~/i18n/i18next.server";
import { feedArticles } from "~/models/feeds.server";
import { seriesBySlug } from "~/models/series.server";
import { notFound, requireEdition, requireSlug, siteOrigin } from "~/routing/params.server";
import { articleFeedResponse } from "~/xml/article-feed.server";
import { seriesUrl } from "~/xml/public-urls";

export async function loader({ params, request }: LoaderFunctionArgs) {
  const edition = requireEdition(params);
  const series = await seriesBySlug(edition.code, requireSlug(params));
  if (!series) throw notFound();
  const [articles, t] = await Promise.all([
    feedArticles(edition.code, { seriesId: series.id }),
    translatorFor(request, edition.code, "common"),
  ]);
  const origin = siteOrigin(request);
  return articleFeedResponse({
    origin,
    edition: edition.code,
    title: `${series.title} | ${t("brand")}`,
    description: series.description || t("tagline"),
    link: seriesUrl(origin, edition.code, series.slug),
    articles,
  });
}
