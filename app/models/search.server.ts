// Full-text search over an edition's visible articles, on the articles.search_vector generated column
// (title A, excerpt B, body C, through search_normalize(): see app/search/normalization-rules.ts).
import { and, desc, eq, sql } from "drizzle-orm";
import { getDb } from "~/db/database.server";
import { articles, categoryTranslations } from "~/db/schema";
import type { SearchQuery } from "~/search/query";
import { pageSize } from "./articles.server";
import { isPublic } from "./visibility.server";
import { categoryInArticleEdition } from "./article-joins.server";

export interface SearchHit {
  id: number;
  slug: string;
  title: string;
  excerpt: string;
  /** Markdown, for the snippet */
  body: string;
  publishedAt: Date;
  categoryName: string;
  categorySlug: string;
}

export interface SearchResultPage {
  hits: SearchHit[];
  page: number;
  pageCount: number;
  total: number;
}

/**
 * One page of an edition's articles that match, best first: articles whose title matches the whole
 * query come before the others, then by ts_rank (title weighs more than excerpt, excerpt more than body),
 * then newest first.
 */
export async function searchArticles(edition: string, query: SearchQuery, page = 1): Promise<SearchResultPage> {
  const db = await getDb();
  const tsquery = sql`to_tsquery('simple'::regconfig, ${query.tsquery})`;
  const where = and(eq(articles.edition, edition), isPublic(articles), sql`${articles.searchVector} @@ ${tsquery}`);
  const [rows, [totals]] = await Promise.all([
    db
      .select({
        id: articles.id,
        slug: articles.slug,
        title: articles.title,
        excerpt: articles.excerpt,
        body: articles.body,
        publishedAt: articles.publishedAt,
        categoryName: categoryTranslations.name,
        categorySlug: categoryTranslations.slug,
      })
      .from(articles)
      .innerJoin(categoryTranslations, categoryInArticleEdition)
      .where(where)
      .orderBy(
        sql`ts_filter(${articles.searchVector}, '{a}') @@ ${tsquery} desc`,
        sql`ts_rank(${articles.searchVector}, ${tsquery}) desc`,
        desc(articles.publishedAt),
        desc(articles.id),
      )
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db.select({ total: sql<number>`count(*)::int` }).from(articles).where(where),
  ]);
  const total = totals?.total ?? 0;
  return { hits: rows as SearchHit[], page, pageCount: Math.max(1, Math.ceil(total / pageSize)), total };
}
