// /<lng>/feed.xml: the edition's newest articles as RSS 2.0
import type { LoaderFunctionArgs } from "@remix-run/node";
import { siteIdentity } from "~/models/site-identity.server";
import { feedArticles } from "~/models/feeds.server";
import { requireEdition, siteOrigin } from "~/routing/params.server";
import { articleFeedResponse } from "~/xml/article-feed.server";
import { absoluteHref } from "~/routing/href";

export async function loader({ params, request }: LoaderFunctionArgs) {
  const edition = requireEdition(params);
  const identity = await siteIdentity(edition.code);
  const articles = await feedArticles(edition.code);
  const origin = siteOrigin(request);
  return articleFeedResponse({
    origin,
    edition: edition.code,
    title: identity.siteName,
    description: identity.tagline,
    link: absoluteHref(origin, edition, "home"),
    articles,
  });
}
