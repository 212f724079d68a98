// One RSS feed of articles (an edition's, a category's or a series'): the items as readers see them,
// the full body rendered by the same Markdown pipeline as the article page.
import type { FeedArticle } from "~/models/feeds.server";
import { renderMarkdown } from "~/utils/markdown.server";
import { absolutizeUrls } from "./absolute-urls";
import { absoluteHref } from "~/routing/href";
import { documentResponse } from "./response.server";
import { renderRss } from "./rss.server";

export interface ArticleFeed {
  origin: string;
  edition: string;
  title: string;
  description: string;
  /** Absolute URL of the page the feed mirrors; the feed itself is at `${link}/feed.xml` */
  link: string;
  articles: FeedArticle[];
}

function lastChange(articles: FeedArticle[]): Date {
  const times = articles.flatMap((article) => [article.updatedAt.getTime(), article.publishedAt.getTime()]);
  return times.length ? new Date(Math.max(...times)) : new Date();
}

export function articleFeedResponse(feed: ArticleFeed): Response {
  const { origin, edition } = feed;
  const xml = renderRss({
    title: feed.title,
    description: feed.description,
    link: feed.link,
    selfUrl: `${feed.link}/feed.xml`,
    language: edition,
    lastBuildDate: lastChange(feed.articles),
    items: feed.articles.map((article) => ({
      title: article.title,
      link: absoluteHref(origin, edition, "article", article.slug),
      creator: article.authorName,
      category: { name: article.categoryName, url: absoluteHref(origin, edition, "category", article.categorySlug) },
      publishedAt: article.publishedAt,
      description: article.excerpt,
      contentHtml: absolutizeUrls(renderMarkdown(article.body), origin),
    })),
  });
  return documentResponse(xml, "application/rss+xml; charset=utf-8");
}
