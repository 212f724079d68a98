// Full-text search over an edition's visible articles, on the articles.search_vector generated column
// (title A, excerpt B, body C, through search_normalize(): see app/search/normalization-rules.ts).
import { and, desc, eq, not, sql, type SQL } from "drizzle-orm";
import { union } from "drizzle-orm/pg-core";
import { getDb } from "~/db/database.server";
import { articleSearchRecent, articles, categoryTranslations } from "~/db/schema";
import type { SearchQuery } from "~/search/query";
import { pageSize, visibleInEdition } from "./articles.server";
import { categoryInArticleEdition } from "./article-joins.server";
import { isPublic } from "./visibility.server";

/**
 * How many matches are ranked: the newest ones. Ranking needs every ranked article's search vector, so
 * ranking every match made a common word slower the larger the archive (a word found in one article of
 * ten: 10,000 vectors read and ranked at 100,000 articles per edition).
 */
export const rankedMatchLimit = 200;

/** The deepest page of results there can be */
export const maxSearchPage = Math.ceil(rankedMatchLimit / pageSize);

/**
 * What one search may read, whatever the archive's size (docs/decisions/020-bounded-search.md): the matches
 * among the edition's newest articles (article_search_recent, 2,500 per edition), and when these are fewer
 * than are ranked, at most candidateLimit matches found through the whole archive's index. A word with
 * fewer visible matches than candidateLimit is found exactly; a more common one that fills the newest
 * articles' ranks too; in between, the newest matches and candidateLimit others are ranked.
 */
export const searchStrategy = { candidateLimit: 1_000 };

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
 * more than excerpt, excerpt more than body), then newest first. Which matches are read is bounded
 * (searchStrategy). One query; a page past the last one (no hits) takes a second to count the matches,
 * so that the route can answer 404.
 */
export async function searchArticles(
  edition: string,
  query: SearchQuery,
  page = 1,
  { candidateLimit }: typeof searchStrategy = searchStrategy,
): Promise<SearchResultPage> {
  const db = await getDb();
  const tsquery = sql`to_tsquery('simple'::regconfig, ${query.tsquery})`;
  const where = and(visibleInEdition(edition), sql`${articles.searchVector} @@ ${tsquery}`);
  // The newest matches: every non-draft article newer than the edition's oldest entry has one there
  const recentMatches = db.$with("recent_matches").as(
    db
      .select({ id: articleSearchRecent.articleId, publishedAt: articleSearchRecent.publishedAt })
      .from(articleSearchRecent)
      .where(
        and(
          eq(articleSearchRecent.edition, edition),
          isPublic(articleSearchRecent),
          sql`${articleSearchRecent.searchVector} @@ ${tsquery}`,
        ),
      )
      .orderBy(desc(articleSearchRecent.publishedAt), desc(articleSearchRecent.articleId))
      .limit(rankedMatchLimit + 1),
  );
  // Read once, before the branch, which is skipped when the newest articles hold more matches than are ranked
  const recentSuffice = sql`(select count(*) from ${recentMatches}) > ${rankedMatchLimit}`;
  // A subquery with a LIMIT of its own: at most candidateLimit matches read, whichever index finds them
  const candidates = db
    .select({ id: articles.id, publishedAt: articles.publishedAt })
    .from(articles)
    .where(and(where, not(recentSuffice)))
    .limit(candidateLimit)
    .as("candidates");
  const olderMatches = db
    .select()
    .from(candidates)
    .orderBy(desc(candidates.publishedAt), desc(candidates.id))
    .limit(rankedMatchLimit + 1);
  // (The articles' branch first: its published_at, which may be null, types the union)
  const matches = db.$with("matches").as(union(olderMatches, db.select().from(recentMatches)));
  const ranked = db
    .select({ id: matches.id, publishedAt: matches.publishedAt })
    .from(matches)
    .orderBy(desc(matches.publishedAt), desc(matches.id))
    .limit(rankedMatchLimit)
    .as("ranked");
  // The vector kept beside a recent article is in its row; an older article's is read from the archive
  const vector = sql`coalesce(${articleSearchRecent.searchVector}, (select ${articles.searchVector} from ${articles} where ${articles.id} = ${ranked.id}))`;
  const inTitle = sql<boolean>`ts_filter(${vector}, '{a}') @@ ${tsquery}`;
  const rank = sql<number>`ts_rank(${vector}, ${tsquery})`;
  const pageHits = db
    .select({ id: ranked.id, publishedAt: ranked.publishedAt, inTitle: inTitle.as("in_title"), rank: rank.as("rank") })
    .from(ranked)
    .leftJoin(articleSearchRecent, eq(articleSearchRecent.articleId, ranked.id))
    .orderBy(desc(inTitle), desc(rank), desc(ranked.publishedAt), desc(ranked.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .as("page_hits");
  const rows = await db
    .with(recentMatches, matches)
    .select({
      id: articles.id,
      slug: articles.slug,
      title: articles.title,
      excerpt: articles.excerpt,
      body: articles.body,
      publishedAt: articles.publishedAt,
      categoryName: categoryTranslations.name,
      categorySlug: categoryTranslations.slug,
      total: sql<number>`(select least(count(*), ${rankedMatchLimit + 1})::int from ${matches})`,
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
