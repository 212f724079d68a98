// Queries for articles. Each listing is one query for the page plus one for the total,
// whatever the page size: category, author and comment counts come joined, not per row.
import { and, asc, desc, eq, gt, isNull, lt, or, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Database } from "~/db/client.server";
import { keptListingFact, listingFact, listingFactsGeneration, rememberListingFact } from "~/cache/listing-facts.server";
import { getDb } from "~/db/database.server";
import { editionCodes } from "~/editions";
import { articleOldSlugs, articles, authorTranslations, categoryTranslations, comments, seriesTranslations } from "~/db/schema";
import { isPublic } from "./visibility.server";
import { categoryInArticleEdition, authorInArticleEdition } from "./article-joins.server";

export const pageSize = 10;

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

/** An edition's articles that readers may see, narrowed by `filters` */
export function visibleInEdition(edition: string, ...filters: (SQL | undefined)[]): SQL {
  return and(eq(articles.edition, edition), isPublic(articles), ...filters)!;
}

/** The readers' order: newest first, the later id first among articles published at the same moment */
export const newestFirst = [desc(articles.publishedAt), desc(articles.id)];

/** How many articles `where` lets through; `listing` names it among the listings' facts (kept until the next change) */
function countVisible(listing: string, where: SQL | undefined): Promise<number> {
  return listingFact(`${listing} count`, async () => {
    const db = await getDb();
    const [totals] = await db.select({ total: sql<number>`count(*)::int` }).from(articles).where(where);
    return totals?.total ?? 0;
  });
}

function pageCountFor(total: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

/**
 * The ids of one page of visible articles, newest first, as a subquery to join the rest to: chosen from
 * the index alone (articles_edition_newest and friends hold the order and the status), so skipping to a
 * deep page does not read the skipped rows, and PostgreSQL cannot be led by the joins into sorting the
 * whole edition (docs/performance.md)
 */
export function newestVisibleIds(db: Database, where: SQL | undefined, limit: number, offset = 0) {
  return db.select({ id: articles.id }).from(articles).where(where).orderBy(...newestFirst).limit(limit).offset(offset).as("newest_visible");
}

async function listArticles(edition: string, listing: string, filter: SQL | undefined, page: number): Promise<ArticlePage> {
  const db = await getDb();
  const where = visibleInEdition(edition, filter);
  const name = `${edition} ${listing}`;
  // A deep page seen before starts at a known article: an index seek from it, instead of stepping over
  // every newer article again (listing-facts.server.ts)
  const startKey = `${name} page ${page}`;
  const firstId = page > 1 ? keptListingFact<number>(startKey) : undefined;
  const generationAtStart = listingFactsGeneration();
  const pageIds =
    firstId === undefined
      ? newestVisibleIds(db, where, pageSize, (page - 1) * pageSize)
      : newestVisibleIds(
          db,
          and(where, sql`(${articles.publishedAt}, ${articles.id}) <= (select page_start.published_at, page_start.id from ${articles} as page_start where page_start.id = ${firstId})`),
          pageSize,
        );
  const [rows, total] = await Promise.all([
    db
      .select(summaryColumns)
      .from(pageIds)
      .innerJoin(articles, eq(articles.id, pageIds.id))
      .innerJoin(categoryTranslations, categoryInArticleEdition)
      .innerJoin(authorTranslations, authorInArticleEdition)
      .orderBy(...newestFirst),
    countVisible(name, where),
  ]);
  const first = (rows as ArticleSummary[])[0];
  if (page > 1 && firstId === undefined && first) rememberListingFact(startKey, first.id, generationAtStart);
  return { articles: rows as ArticleSummary[], page, pageCount: pageCountFor(total), total };
}

/** The home page and the archive (/<lng>/articles): every visible article, newest first */
export function latestArticles(edition: string, page = 1): Promise<ArticlePage> {
  return listArticles(edition, "all", undefined, page);
}

export function articlesInCategory(edition: string, categoryId: number, page = 1): Promise<ArticlePage> {
  return listArticles(edition, `category ${categoryId}`, eq(articles.categoryId, categoryId), page);
}

export function articlesByAuthor(edition: string, authorId: number, page = 1): Promise<ArticlePage> {
  return listArticles(edition, `author ${authorId}`, eq(articles.authorId, authorId), page);
}

export interface SeriesIssue {
  id: number;
  slug: string;
  title: string;
  excerpt: string;
  publishedAt: Date;
  /** Null for an article filed in the series without a number */
  issueNumber: number | null;
}

export interface SeriesIssuePage {
  issues: SeriesIssue[];
  page: number;
  pageCount: number;
  total: number;
}

/** A series' visible issues, highest issue number first (unnumbered ones last, newest first) */
export async function issuesInSeries(edition: string, seriesId: number, page = 1): Promise<SeriesIssuePage> {
  const db = await getDb();
  const where = visibleInEdition(edition, eq(articles.seriesId, seriesId));
  const [rows, total] = await Promise.all([
    db
      .select({
        id: articles.id,
        slug: articles.slug,
        title: articles.title,
        excerpt: articles.excerpt,
        publishedAt: articles.publishedAt,
        issueNumber: articles.issueNumber,
      })
      .from(articles)
      .where(where)
      .orderBy(sql`${articles.issueNumber} desc nulls last`, ...newestFirst)
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    countVisible(`${edition} series ${seriesId}`, where),
  ]);
  return { issues: rows as SeriesIssue[], page, pageCount: pageCountFor(total), total };
}

export interface AdjacentIssue {
  slug: string;
  title: string;
  issueNumber: number;
}

export interface AdjacentIssues {
  previous?: AdjacentIssue;
  next?: AdjacentIssue;
}

/**
 * The visible issues just before and just after an issue number in the same series and edition.
 * Gaps (a draft, a number never published) are skipped: "previous" is the highest number below.
 */
export async function adjacentIssues(
  edition: string,
  seriesId: number,
  issueNumber: number,
): Promise<AdjacentIssues> {
  const db = await getDb();
  const nearest = (side: SQL, order: SQL) =>
    db
      .select({ slug: articles.slug, title: articles.title, issueNumber: articles.issueNumber })
      .from(articles)
      .where(and(eq(articles.edition, edition), eq(articles.seriesId, seriesId), isPublic(articles), side))
      .orderBy(order)
      .limit(1);
  const [[previous], [next]] = await Promise.all([
    nearest(lt(articles.issueNumber, issueNumber), desc(articles.issueNumber)),
    nearest(gt(articles.issueNumber, issueNumber), asc(articles.issueNumber)),
  ]);
  // The comparisons above exclude unnumbered articles
  return { previous: previous as AdjacentIssue | undefined, next: next as AdjacentIssue | undefined };
}

export async function recentArticles(edition: string, limit = 5) {
  const db = await getDb();
  return db
    .select({ slug: articles.slug, title: articles.title, publishedAt: articles.publishedAt })
    .from(articles)
    .where(visibleInEdition(edition))
    .orderBy(...newestFirst)
    .limit(limit) as Promise<{ slug: string; title: string; publishedAt: Date }[]>;
}

/** The visible article a translation was made from, joined only when it was edited after the translation caught up with it */
const staleSource = alias(articles, "stale_source");

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
      seriesId: articles.seriesId,
      issueNumber: articles.issueNumber,
      categoryName: categoryTranslations.name,
      categorySlug: categoryTranslations.slug,
      authorName: authorTranslations.name,
      authorSlug: authorTranslations.slug,
      seriesTitle: seriesTranslations.title,
      seriesSlug: seriesTranslations.slug,
      commentCount: approvedCommentCount,
      sourceEdition: staleSource.edition,
      sourceSlug: staleSource.slug,
      sourceUpdatedAt: staleSource.updatedAt,
    })
    .from(articles)
    .innerJoin(categoryTranslations, categoryInArticleEdition)
    .innerJoin(authorTranslations, authorInArticleEdition)
    .leftJoin(
      seriesTranslations,
      and(eq(seriesTranslations.seriesId, articles.seriesId), eq(seriesTranslations.edition, articles.edition)),
    )
    .leftJoin(
      staleSource,
      and(
        eq(staleSource.id, articles.translatedFromId),
        isPublic(staleSource),
        or(isNull(articles.sourceUpdatedAt), gt(staleSource.updatedAt, articles.sourceUpdatedAt)),
      ),
    )
    .where(and(eq(articles.edition, edition), eq(articles.slug, slug), isPublic(articles)))
    .limit(1);
  if (!article) return undefined;
  const { sourceEdition, sourceSlug, sourceUpdatedAt, ...rest } = article;
  // A translation whose source changed after it: readers are told, with a link to the source
  const newerSource = sourceEdition && sourceSlug && sourceUpdatedAt ? { edition: sourceEdition, slug: sourceSlug, updatedAt: sourceUpdatedAt } : null;
  return { ...rest, publishedAt: article.publishedAt as Date, newerSource };
}

/** The current slug of the visible article that had `slug` before an editor changed it */
export async function articleMovedTo(edition: string, slug: string): Promise<string | undefined> {
  const db = await getDb();
  const [moved] = await db
    .select({ slug: articles.slug })
    .from(articleOldSlugs)
    .innerJoin(articles, eq(articles.id, articleOldSlugs.articleId))
    .where(and(eq(articleOldSlugs.edition, edition), eq(articleOldSlugs.slug, slug), eq(articles.edition, edition), isPublic(articles)))
    .limit(1);
  return moved?.slug;
}

/** The editions in which an article's translation group has a visible article, with their slugs */
export async function articleTranslations(translationGroup: string) {
  const db = await getDb();
  const versions = await db
    .select({ edition: articles.edition, slug: articles.slug, title: articles.title })
    .from(articles)
    .where(and(eq(articles.translationGroup, translationGroup), isPublic(articles)));
  // In the editions' order, not the order rows happen to be read in (a restored database reads them in another)
  return versions.sort((a, b) => editionCodes.indexOf(a.edition) - editionCodes.indexOf(b.edition));
}

/** How many related posts an article shows; the mirror's render keys (app/mirror/render-keys.server.ts) follow it */
export const relatedPostCount = 4;

/**
 * Up to `limit` other visible articles of the same category in the same edition, those published nearest
 * in time to this one (half before, half after where there are), newest first: the "related posts" under an
 * article. Nearest rather than newest, so that a publication changes the lists of its few neighbours and not
 * of every article in its category (which a mirror would all have to write again). One query.
 */
export async function relatedArticles(articleId: number, edition: string, limit = relatedPostCount) {
  const db = await getDb();
  const sameCategory = sql`${articles.categoryId} = (select a.category_id from ${articles} a where a.id = ${articleId})`;
  const position = sql`(${articles.publishedAt}, ${articles.id})`;
  const anchor = sql`(select a.published_at, a.id from ${articles} a where a.id = ${articleId})`;
  const columns = { id: articles.id, slug: articles.slug, title: articles.title, publishedAt: articles.publishedAt };
  const older = db
    .select({ ...columns, later: sql<boolean>`false` })
    .from(articles)
    .where(visibleInEdition(edition, sameCategory, sql`${position} < ${anchor}`))
    .orderBy(...newestFirst)
    .limit(limit);
  const newer = db
    .select({ ...columns, later: sql<boolean>`true` })
    .from(articles)
    .where(visibleInEdition(edition, sameCategory, sql`${position} > ${anchor}`))
    .orderBy(asc(articles.publishedAt), asc(articles.id))
    .limit(limit);
  const rows = await older.unionAll(newer);
  // Each side nearest first; half from after this article, the rest from before, fewer on a side that has fewer
  const before = rows.filter((row) => !row.later);
  const after = rows.filter((row) => row.later);
  const fromBefore = Math.min(before.length, limit - Math.min(after.length, Math.ceil(limit / 2)));
  const fromAfter = Math.min(after.length, limit - fromBefore);
  // A visible article always has its publish time
  return [...after.slice(0, fromAfter).reverse(), ...before.slice(0, fromBefore)].map(({ later: _later, publishedAt, ...article }) => ({
    ...article,
    publishedAt: publishedAt as Date,
  }));
}
