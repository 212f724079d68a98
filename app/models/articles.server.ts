// Queries for articles. Each listing is one query for the page plus one for the total,
// whatever the page size: category, author and comment counts come joined, not per row.
import { and, desc, eq, lte, ne, sql, type SQL } from "drizzle-orm";
import { getDb } from "~/db/database.server";
import { articles, authorTranslations, categoryTranslations, comments, seriesTranslations } from "~/db/schema";

export const pageSize = 10;

/** Visible to readers: not a draft, and its publish time has come (scheduled articles go live by themselves) */
function isVisible(): SQL {
  return and(ne(articles.status, "draft"), lte(articles.publishedAt, sql`now()`))!;
}

const approvedCommentCount = sql<number>`(
  select count(*)::int from ${comments}
  where ${comments.articleId} = ${articles.id} and ${comments.status} = 'approved'
)`;

const summaryColumns = {
  id: articles.id,
  slug: articles.slug,
  title: articles.title,
  excerpt: articles.excerpt,
  publishedAt: articles.publishedAt,
  coverImage: articles.coverImage,
  coverAlt: articles.coverAlt,
  categoryName: categoryTranslations.name,
  categorySlug: categoryTranslations.slug,
  authorName: authorTranslations.name,
  authorSlug: authorTranslations.slug,
  commentCount: approvedCommentCount,
};

export interface ArticleSummary {
  id: number;
  slug: string;
  title: string;
  excerpt: string;
  publishedAt: Date;
  coverImage: string | null;
  coverAlt: string | null;
  categoryName: string;
  categorySlug: string;
  authorName: string;
  authorSlug: string;
  commentCount: number;
}

export interface ArticlePage {
  articles: ArticleSummary[];
  page: number;
  pageCount: number;
  total: number;
}

async function listArticles(edition: string, filter: SQL | undefined, page: number): Promise<ArticlePage> {
  const db = await getDb();
  const where = and(eq(articles.edition, edition), isVisible(), filter);
  const [rows, [totals]] = await Promise.all([
    db
      .select(summaryColumns)
      .from(articles)
      .innerJoin(
        categoryTranslations,
        and(eq(categoryTranslations.categoryId, articles.categoryId), eq(categoryTranslations.edition, articles.edition)),
      )
      .innerJoin(
        authorTranslations,
        and(eq(authorTranslations.authorId, articles.authorId), eq(authorTranslations.edition, articles.edition)),
      )
      .where(where)
      .orderBy(desc(articles.publishedAt), desc(articles.id))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db.select({ total: sql<number>`count(*)::int` }).from(articles).where(where),
  ]);
  const total = totals?.total ?? 0;
  return {
    articles: rows as ArticleSummary[],
    page,
    pageCount: Math.max(1, Math.ceil(total / pageSize)),
    total,
  };
}

export function latestArticles(edition: string, page = 1): Promise<ArticlePage> {
  return listArticles(edition, undefined, page);
}

export function articlesInCategory(edition: string, categoryId: number, page = 1): Promise<ArticlePage> {
  return listArticles(edition, eq(articles.categoryId, categoryId), page);
}

export async function recentArticles(edition: string, limit = 5) {
  const db = await getDb();
  return db
    .select({ slug: articles.slug, title: articles.title, publishedAt: articles.publishedAt })
    .from(articles)
    .where(and(eq(articles.edition, edition), isVisible()))
    .orderBy(desc(articles.publishedAt), desc(articles.id))
    .limit(limit) as Promise<{ slug: string; title: string; publishedAt: Date }[]>;
}

export async function articleBySlug(edition: string, slug: string) {
  const db = await getDb();
  const [article] = await db
    .select({
      id: articles.id,
      edition: articles.edition,
      translationGroup: articles.translationGroup,
      slug: articles.slug,
      title: articles.title,
      excerpt: articles.excerpt,
      body: articles.body,
      publishedAt: articles.publishedAt,
      updatedAt: articles.updatedAt,
      coverImage: articles.coverImage,
      coverAlt: articles.coverAlt,
      coverCaption: articles.coverCaption,
      issueNumber: articles.issueNumber,
      categoryName: categoryTranslations.name,
      categorySlug: categoryTranslations.slug,
      authorName: authorTranslations.name,
      authorSlug: authorTranslations.slug,
      seriesTitle: seriesTranslations.title,
      seriesSlug: seriesTranslations.slug,
      commentCount: approvedCommentCount,
    })
    .from(articles)
    .innerJoin(
      categoryTranslations,
      and(eq(categoryTranslations.categoryId, articles.categoryId), eq(categoryTranslations.edition, articles.edition)),
    )
    .innerJoin(
      authorTranslations,
      and(eq(authorTranslations.authorId, articles.authorId), eq(authorTranslations.edition, articles.edition)),
    )
    .leftJoin(
      seriesTranslations,
      and(eq(seriesTranslations.seriesId, articles.seriesId), eq(seriesTranslations.edition, articles.edition)),
    )
    .where(and(eq(articles.edition, edition), eq(articles.slug, slug), isVisible()))
    .limit(1);
  return article ? { ...article, publishedAt: article.publishedAt as Date } : undefined;
}

/** The editions in which an article's translation group has a visible article, with their slugs */
export async function articleTranslations(translationGroup: string) {
  const db = await getDb();
  return db
    .select({ edition: articles.edition, slug: articles.slug, title: articles.title })
    .from(articles)
    .where(and(eq(articles.translationGroup, translationGroup), isVisible()));
}
