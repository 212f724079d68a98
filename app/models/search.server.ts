// Full-text search over an edition's visible articles, on the articles.search_vector generated column
// (title A, excerpt B, body C, through search_normalize(): see app/search/normalization-rules.ts).
import { and, desc, eq, not, sql, type SQL } from "drizzle-orm";
import { unionAll } from "drizzle-orm/pg-core";
import { getDb } from "~/db/database.server";
import { articles, categoryTranslations } from "~/db/schema";
import type { SearchQuery } from "~/search/query";
import { newestFirst, pageSize, visibleInEdition } from "./articles.server";
import { categoryInArticleEdition } from "./article-joins.server";

/**
 * How many matches are ranked: the newest ones. Ranking needs every ranked article's search vector, so
 * ranking every match made a common word slower the larger the archive (a word found in one article of
 * ten: 10,000 vectors read and ranked at 100,000 articles per edition).
 */
export const rankedMatchLimit = 200;

/**
 * How a word's newest matches are found, whatever PostgreSQL estimates. A word with fewer than
 * commonMatchCount matches in the edition: all of them, through the GIN index. A more common word: among
 * the edition's newest windowSize articles, read newest first until rankedMatchLimit + 1 match (about
 * 200 ÷ its frequency articles), and among all only when the window holds fewer. Left to itself, PostgreSQL
 * chose between these by its estimate of the word's frequency, taken from the whole table: a word of one
 * edition's language looked four times rarer than it is within that edition, so a common word's 10,000
 * matches were all read and sorted (docs/performance.md, "Scale").
 */
export const searchStrategy = { commonMatchCount: 1_000, windowSize: 5_000 };

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
 * newest articles first for a common word (searchStrategy). One query; a page past the last one (no hits)
 * takes a second to count the matches, so that the route can answer 404.
 */
export async function searchArticles(
  edition: string,
  query: SearchQuery,
  page = 1,
  { commonMatchCount, windowSize }: typeof searchStrategy = searchStrategy,
): Promise<SearchResultPage> {
  const db = await getDb();
  const tsquery = sql`to_tsquery('simple'::regconfig, ${query.tsquery})`;
  const visible = visibleInEdition(edition);
  const where = and(visible, sql`${articles.searchVector} @@ ${tsquery}`);
  // Whether the word is common in this edition: its first commonMatchCount matches through the GIN index
  // (a rare word's few, or that many heap rows at most)
  const probe = db.$with("probe").as(db.select({ id: articles.id }).from(articles).where(where).limit(commonMatchCount));
  const common = sql`(select count(*) from ${probe}) >= ${commonMatchCount}`;
  // The window: read in readers' order off articles_edition_newest, and no further than the 201st match
  // (one more than is ranked, to know whether there are more). A subquery with a LIMIT of its own, so that
  // PostgreSQL can neither push the match into it nor read every match through the GIN index instead
  const newestVisible = db
    .select({ id: articles.id, publishedAt: articles.publishedAt, searchVector: articles.searchVector })
    .from(articles)
    .where(visible)
    .orderBy(...newestFirst)
    .limit(windowSize)
    .as("newest_visible");
  const windowMatches = db.$with("window_matches").as(
    db
      .select()
      .from(newestVisible)
      .where(sql`${newestVisible.searchVector} @@ ${tsquery}`)
      .orderBy(desc(newestVisible.publishedAt), desc(newestVisible.id))
      .limit(rankedMatchLimit + 1),
  );
  // The window's matches are the newest of all when it holds more than are ranked, or when no visible
  // article is older than it
  const olderThanWindow = db.select({ id: articles.id }).from(articles).where(visible).orderBy(...newestFirst).offset(windowSize).limit(1);
  const windowSuffices = sql`((select count(*) from ${windowMatches}) > ${rankedMatchLimit} or not exists (${olderThanWindow}))`;
  // Conditions that read no article of the branch: PostgreSQL evaluates them once, before it, skips the
  // branch they rule out, and computes the window only if a branch asks for it
  const fromWindow = and(common, windowSuffices)!;
  const allMatches = db
    .select({ id: articles.id, publishedAt: articles.publishedAt, searchVector: articles.searchVector })
    .from(articles)
    .where(and(where, not(fromWindow)))
    .orderBy(...newestFirst)
    .limit(rankedMatchLimit + 1);
  const matches = db.$with("matches").as(unionAll(db.select().from(windowMatches).where(fromWindow), allMatches));
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
    .with(probe, windowMatches, matches)
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
