// Queries behind the RSS feeds: the newest visible articles of an edition, of a category or of a
// series, with everything an item shows (category, author, full body) in one query.
import { desc, eq, type SQL } from "drizzle-orm";
import { getDb } from "~/db/database.server";
import { articles, authorTranslations, categoryTranslations } from "~/db/schema";
import { newestVisibleIds, visibleInEdition } from "./articles.server";
import { categoryInArticleEdition, authorInArticleEdition } from "./article-joins.server";

export const feedSize = 20;

export interface FeedArticle {
  slug: string;
  title: string;
  excerpt: string;
  /** Markdown source */
  body: string;
  publishedAt: Date;
  updatedAt: Date;
  categoryName: string;
  categorySlug: string;
  authorName: string;
}

export type FeedScope = { categoryId: number } | { seriesId: number } | undefined;

function scopeFilter(scope: FeedScope): SQL | undefined {
  if (scope && "categoryId" in scope) return eq(articles.categoryId, scope.categoryId);
  if (scope && "seriesId" in scope) return eq(articles.seriesId, scope.seriesId);
  return undefined;
}

/** The newest visible articles of an edition, optionally of one category or series, newest first */
export async function feedArticles(edition: string, scope?: FeedScope, limit = feedSize): Promise<FeedArticle[]> {
  const db = await getDb();
  const newest = newestVisibleIds(db, visibleInEdition(edition, scopeFilter(scope)), limit);
  const rows = await db
    .select({
      slug: articles.slug,
      title: articles.title,
      excerpt: articles.excerpt,
      body: articles.body,
      publishedAt: articles.publishedAt,
      updatedAt: articles.updatedAt,
      categoryName: categoryTranslations.name,
      categorySlug: categoryTranslations.slug,
      authorName: authorTranslations.name,
    })
    .from(newest)
    .innerJoin(articles, eq(articles.id, newest.id))
    .innerJoin(categoryTranslations, categoryInArticleEdition)
    .innerJoin(authorTranslations, authorInArticleEdition)
    .orderBy(desc(articles.publishedAt), desc(articles.id));
  // isPublic() guarantees a publish time
  return rows as FeedArticle[];
}
