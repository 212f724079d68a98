// Full-text search over an edition's visible articles, on the articles.search_vector generated column
// (title A, excerpt B, body C, through search_normalize(): see app/search/normalization-rules.ts).
import { and, desc, eq, not, sql, type SQL } from "drizzle-orm";
import { unionAll } from "drizzle-orm/pg-core";
import { getDb } from "~/db/database.server";
import { articles, categoryTranslations } from "~/db/schema";
import type { SearchQuery } from "~/search/query";
import { newestFirst, pageSize } from "./articles.server";
import { isPublic } from "./visibility.server";
import { categoryInArticleEdition } from "./article-joins.server";

/**
 * How many matches are ranked: the newest ones. Ranking needs every ranked article's search vector, so
 * ranking every match made a common word slower the larger the archive (a word found in one article of
 * ten: 10,000 vectors read and ranked at 100,000 articles per edition).
 */
export const rankedMatchLimit = 200;

/**
 * How many of the edition's newest articles are searched first. When they hold more than rankedMatchLimit
 * matches, those are the newest matches of all and nothing older is read; otherwise every match is found
 * through the GIN index. Without this window PostgreSQL chose between walking the newest-first index and
 * reading every match by its estimate of the word's frequency, which it takes from the whole table: a word
 * of one edition's language looks four times rarer than it is within that edition, so a common word's
 * 10,000 matches were all read and sorted (docs/performance.md, "Scale"). Now the work is bounded by the
 * window for a common word, and by the number of matches for a rarer one, whatever the estimate.
 */
export const searchWindowSize = 5_000;

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
  /** Matches, counted up to rankedMatchLimit + 1 */
  total: number;
  /** More articles match than are ranked (total is then rankedMatchLimit + 1): only the newest are shown */
  capped: boolean;
}

/** The matches, counted up to rankedMatchLimit + 1 */
async function countMatches(where: SQL | undefined): Promise<number> {
  const db = await getDb();
  const counted = db.select({ id: articles.id }).from(articles).where(where).limit(rankedMatchLimit + 1).as("counted");
  const [row] = await db.select({ total: sql<number>`count(*)::int` }).from(counted);
  return row?.total ?? 0;
}

/**
 * One page of an edition's articles that match, best first, among the newest rankedMatchLimit matches:
 * articles whose title matches the whole query come before the others, then by ts_rank (title weighs
 * more than excerpt, excerpt more than body), then newest first. The matches are looked for among the
 * newest `windowSize` articles first (searchWindowSize). One query; a page past the last one (no hits)
 * takes a second to count the matches, so that the route can answer 404.
 */
export async function searchArticles(
  edition: string,
  query: SearchQuery,
  page = 1,
  { windowSize = searchWindowSize }: { windowSize?: number } = {},
): Promise<SearchResultPage> {
  const db = await getDb();
  const tsquery = sql`to_tsquery('simple'::regconfig, ${query.tsquery})`;
  const where = and(eq(articles.edition, edition), isPublic(articles), sql`${articles.searchVector} @@ ${tsquery}`);
  // One more than is ranked, to know whether there are more
  const newestMatches = (among: SQL | undefined) =>
    db
      .select({ id: articles.id, publishedAt: articles.publishedAt, searchVector: articles.searchVector })
      .from(articles)
      .where(and(where, among))
      .orderBy(...newestFirst)
      .limit(rankedMatchLimit + 1);
  // The window's oldest article; none (so an empty window) when the edition has fewer
  const windowEdge = db
    .select({ publishedAt: articles.publishedAt, id: articles.id })
    .from(articles)
    .where(eq(articles.edition, edition))
    .orderBy(...newestFirst)
    .offset(windowSize - 1)
    .limit(1);
  const windowMatches = db.$with("window_matches").as(newestMatches(sql`(${articles.publishedAt}, ${articles.id}) >= (${windowEdge})`));
  // A condition on the window alone: PostgreSQL evaluates it once and skips the branch it rules out
  const windowHasEnough = sql`(select count(*) from ${windowMatches}) > ${rankedMatchLimit}`;
  const matches = db
    .$with("matches")
    .as(unionAll(db.select().from(windowMatches).where(windowHasEnough), newestMatches(not(windowHasEnough))));
  const ranked = db
    .select({ id: matches.id, publishedAt: matches.publishedAt, searchVector: matches.searchVector })
    .from(matches)
    .orderBy(desc(matches.publishedAt), desc(matches.id))
    .limit(rankedMatchLimit)
    .as("ranked");
  const inTitle = sql<boolean>`ts_filter(${ranked.searchVector}, '{a}') @@ ${tsquery}`;
  const rank = sql<number>`ts_rank(${ranked.searchVector}, ${tsquery})`;
  const pageHits = db
    .select({ id: ranked.id, publishedAt: ranked.publishedAt, inTitle: inTitle.as("in_title"), rank: rank.as("rank") })
    .from(ranked)
    .orderBy(desc(inTitle), desc(rank), desc(ranked.publishedAt), desc(ranked.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .as("page_hits");
  const rows = await db
    .with(windowMatches, matches)
    .select({
      id: articles.id,
      slug: articles.slug,
      title: articles.title,
      excerpt: articles.excerpt,
      body: articles.body,
      publishedAt: articles.publishedAt,
      categoryName: categoryTranslations.name,
      categorySlug: categoryTranslations.slug,
      total: sql<number>`(select count(*)::int from ${matches})`,
    })
    .from(pageHits)
    .innerJoin(articles, eq(articles.id, pageHits.id))
    .innerJoin(categoryTranslations, categoryInArticleEdition)
    .orderBy(desc(pageHits.inTitle), desc(pageHits.rank), desc(pageHits.publishedAt), desc(pageHits.id));

  // No hits: none at all on page 1; past the last page, the count tells the route it does not exist
  const total = rows[0]?.total ?? (page > 1 ? await countMatches(where) : 0);
  const capped = total > rankedMatchLimit;
  const hits: SearchHit[] = rows.map(({ total: _total, ...hit }) => hit as SearchHit);
  return { hits, page, pageCount: Math.max(1, Math.ceil(Math.min(total, rankedMatchLimit) / pageSize)), total, capped };
}
