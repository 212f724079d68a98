// /<lng>/categories/<slug>/feed.xml: a category's newest articles as RSS 2.0
import type { LoaderFunctionArgs } from "@remix-run/node";
import { siteIdentity } from "~/models/site-identity.server";
import { categoryBySlug } from "~/models/categories.server";
import { feedArticles } from "~/models/feeds.server";
import { notFound, requireEdition, requireSlug, siteOrigin } from "~/routing/params.server";
import { articleFeedResponse } from "~/xml/article-feed.server";
import { absoluteHref } from "~/routing/href";

export async function loader({ params, request }: LoaderFunctionArgs) {
  const edition = requireEdition(params);
  const identity = await siteIdentity(edition.code);
  const category = await categoryBySlug(edition.code, requireSlug(params));
  if (!category) throw notFound();
  const articles = await feedArticles(edition.code, { categoryId: category.id });
  const origin = siteOrigin(request);
  return articleFeedResponse({
    origin,
    edition: edition.code,
    title: `${category.name} | ${identity.siteName}`,
    description: category.description || identity.tagline,
    link: absoluteHref(origin, edition, "category", category.slug),
    articles,
  });
}
