// /<lng>/feed.xml: the edition's newest articles as RSS 2.0
import type { LoaderFunctionArgs } from "@remix-run/node";
import { translatorFor } from "~/i18n/i18next.server";
import { feedArticles } from "~/models/feeds.server";
import { requireEdition, siteOrigin } from "~/routing/params.server";
import { articleFeedResponse } from "~/xml/article-feed.server";
import { editionHomeUrl } from "~/xml/public-urls";

export async function loader({ params, request }: LoaderFunctionArgs) {
  const edition = requireEdition(params);
  const [articles, t] = await Promise.all([feedArticles(edition.code), translatorFor(request, edition.code, "common")]);
  const origin = siteOrigin(request);
  return articleFeedResponse({
    origin,
    edition: edition.code,
    title: t("brand"),
    description: t("tagline"),
    link: editionHomeUrl(origin, edition.code),
    articles,
  });
}
