// What one search may cost, on a real database, run on each driver from pglite.test.ts and postgres.test.ts:
// the bounds on a query's length, words and page depth, the per-address rate limit shared through the
// database (429), the recent searches kept until content changes, and the newest articles' vectors kept
// beside them (article_search_recent) as articles are written.
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { forgetSearchResults, keptSearchCount } from "~/cache/search-results.server";
import { announceContentChange } from "~/content/changes.server";
import { listenToQueries, type DatabaseConnection } from "~/db/client.server";
import { articleSearchRecent, articles, authors, categories, formAttempts } from "~/db/schema";
import { seedDemoContent } from "~/db/seed/seed.server";
import { reloadEnvironment } from "~/env.server";
import { maxQueryLength } from "~/search/input";
import { maxQueryWords } from "~/search/query";

function rowsOf<Row>(result: unknown): Row[] {
  return Array.isArray(result) ? (result as Row[]) : (result as { rows: Row[] }).rows;
}

type SearchPage = { state: string; total?: number; results?: { slug: string }[] };

/** The search page's loader for one reader: its answer, or the Response it threw (404, 429) */
async function searchAs(clientAddress: string, query: string, page?: number): Promise<SearchPage | Response> {
  const { loader } = await import("~/routes/$lang.search");
  const url = new URL("http://localhost/en/search");
  url.searchParams.set("q", query);
  if (page !== undefined) url.searchParams.set("page", String(page));
  try {
    const answer = await loader({ request: new Request(url), params: { lang: "en" }, context: { clientAddress } });
    // A refusal (400) comes back as data() with its status
    const wrapped = answer as unknown as { data?: SearchPage; init?: { status?: number } };
    return wrapped.data && wrapped.init ? { ...wrapped.data, status: wrapped.init.status } as SearchPage : (answer as unknown as SearchPage);
  } catch (thrown) {
    if (thrown instanceof Response) return thrown;
    throw thrown;
  }
}

/** The queries `run` sends to the database */
async function queriesDuring(run: () => Promise<unknown>): Promise<string[]> {
  const queries: string[] = [];
  const stop = listenToQueries((query) => queries.push(query));
  try {
    await run();
  } finally {
    stop();
  }
  return queries;
}

/** `connect` opens a fresh, empty database and points the app's model layer at it */
export function searchLimitsSuite(driver: string, connect: () => Promise<DatabaseConnection>, disconnect: () => Promise<void>) {
  describe(`what a search may cost on ${driver}`, () => {
    let connection: DatabaseConnection;
    let categoryId: number;
    let authorId: number;
    const environmentBefore = { ...process.env };

    async function addArticle(values: { slug: string; title: string; body?: string; edition?: string; status?: "draft" | "published"; hoursAgo?: number }) {
      const [row] = await connection.db
        .insert(articles)
        .values({
          edition: values.edition ?? "en",
          slug: values.slug,
          title: values.title,
          excerpt: "",
          body: values.body ?? "Text.",
          categoryId,
          authorId,
          status: values.status ?? "published",
          publishedAt: values.status === "draft" ? null : sql`now() - make_interval(hours => ${values.hoursAgo ?? 1})`,
        })
        .returning({ id: articles.id });
      return row!.id;
    }

    beforeAll(async () => {
      process.env.DATABASE_QUERY_LISTENERS = "1";
      process.env.PAGE_CACHE = "on";
      process.env.SEARCH_RATE_LIMIT_MAX = "3";
      process.env.SEARCH_RATE_LIMIT_WINDOW_SECONDS = "60";
      reloadEnvironment();
      connection = await connect();
      const result = await connection.db.execute(sql`select tablename from pg_tables where schemaname = 'public'`);
      const tables = rowsOf<{ tablename: string }>(result).map((row) => `"${row.tablename}"`);
      await connection.db.execute(sql.raw(`truncate table ${tables.join(", ")} restart identity cascade`));
      expect(await seedDemoContent(connection.db)).toBe(true);
      [{ id: categoryId }] = (await connection.db.select({ id: categories.id }).from(categories).limit(1)) as [{ id: number }];
      [{ id: authorId }] = (await connection.db.select({ id: authors.id }).from(authors).limit(1)) as [{ id: number }];
      await addArticle({ slug: "limits-fixture-heron", title: "The limitsheron of the marsh" });
    });
    beforeEach(async () => {
      await connection.db.delete(formAttempts);
      forgetSearchResults();
    });
    afterAll(async () => {
      process.env = environmentBefore;
      reloadEnvironment();
      await disconnect();
    });

    it("refuses a query longer than the limit with 400, before any search", async () => {
      const queries = await queriesDuring(async () => {
        const answer = (await searchAs("198.51.100.20", "limitsheron ".repeat(maxQueryLength))) as SearchPage & { status?: number };
        expect(answer.state).toBe("refused");
        expect(answer.status).toBe(400);
      });
      expect(queries.filter((query) => query.includes("search_vector"))).toEqual([]);
    });

    it("searches only the first words of a query with too many", async () => {
      const queries: unknown[][] = [];
      const stop = listenToQueries((_query, params) => queries.push(params));
      try {
        const words = ["limitsheron", ...Array.from({ length: maxQueryWords + 10 }, (_, index) => `w${index}`)];
        const answer = (await searchAs("198.51.100.21", words.join(" "))) as SearchPage;
        expect(answer.state).toBe("results");
      } finally {
        stop();
      }
      const tsqueries = queries.flat().filter((param): param is string => typeof param === "string" && param.includes("'limitsheron'"));
      expect(tsqueries.length).toBeGreaterThan(0);
      for (const tsquery of tsqueries) expect(tsquery.split(" & ")).toHaveLength(maxQueryWords);
    });

    it("answers 404 for a page deeper than the ranked matches can fill, without searching", async () => {
      const { maxSearchPage } = await import("~/models/search.server");
      const queries = await queriesDuring(async () => {
        const answer = await searchAs("198.51.100.22", "limitsheron", maxSearchPage + 1);
        expect(answer).toBeInstanceOf(Response);
        expect((answer as Response).status).toBe(404);
      });
      expect(queries.filter((query) => query.includes("search_vector"))).toEqual([]);
    });

    it("lets an address run the limit's searches, then answers 429 with Retry-After; another address may still search", async () => {
      for (const word of ["limitsheron", "marsh", "the"]) {
        expect(await searchAs("198.51.100.23", word)).toMatchObject({ state: "results" });
      }
      const refused = await searchAs("198.51.100.23", "egret");
      expect(refused).toBeInstanceOf(Response);
      expect((refused as Response).status).toBe(429);
      expect(Number((refused as Response).headers.get("Retry-After"))).toBeGreaterThan(0);
      expect(await searchAs("198.51.100.24", "egret")).toMatchObject({ state: "results" });
      // Counted in the database, where every server process sees it
      const [{ attempts }] = (await connection.db
        .select({ attempts: sql<number>`count(*)::int` })
        .from(formAttempts)
        .where(eq(formAttempts.clientAddress, "198.51.100.23"))) as [{ attempts: number }];
      expect(attempts).toBe(3);
    });

    it("answers a repeated search from memory without counting it, until content changes", async () => {
      const { keepPageCacheFresh, stopPageCacheTimers } = await import("~/cache/invalidation.server");
      await keepPageCacheFresh(connection);
      try {
        expect(await searchAs("198.51.100.25", "limitsheron")).toMatchObject({ total: 1 });
        const repeated = await queriesDuring(async () => {
          for (let index = 0; index < 5; index++) expect(await searchAs("198.51.100.25", "LIMITSHERON")).toMatchObject({ total: 1 });
        });
        expect(repeated).toEqual([]);
        expect(keptSearchCount()).toBe(1);

        // A new article, announced as editorial saves do: the kept results are forgotten
        await addArticle({ slug: "limits-fixture-second-heron", title: "A second limitsheron", hoursAgo: 0 });
        await announceContentChange(connection.db, { edition: "en", entityType: "article" });
        await expect.poll(() => keptSearchCount(), { timeout: 5_000 }).toBe(0);
        const fresh = (await searchAs("198.51.100.25", "limitsheron")) as SearchPage;
        expect(fresh.total).toBe(2);
        expect(fresh.results!.map((result) => result.slug)).toContain("limits-fixture-second-heron");
      } finally {
        stopPageCacheTimers();
      }
    });

    it("keeps the newest articles' search vectors beside them as articles are written, published, moved and deleted", async () => {
      const entry = async (id: number) =>
        (await connection.db.select({ edition: articleSearchRecent.edition }).from(articleSearchRecent).where(eq(articleSearchRecent.articleId, id)))[0];
      const id = await addArticle({ slug: "limits-fixture-draft", title: "A draft about cormorants", status: "draft" });
      expect(await entry(id)).toBeUndefined();
      await connection.db.update(articles).set({ status: "published", publishedAt: sql`now()` }).where(eq(articles.id, id));
      expect(await entry(id)).toEqual({ edition: "en" });
      await connection.db.update(articles).set({ edition: "sq" }).where(eq(articles.id, id));
      expect(await entry(id)).toEqual({ edition: "sq" });
      await connection.db.update(articles).set({ title: "Cormorants, revised" }).where(eq(articles.id, id));
      const [kept] = rowsOf<{ same: boolean }>(
        await connection.db.execute(
          sql`select r.search_vector = a.search_vector as same from article_search_recent r join articles a on a.id = r.article_id where a.id = ${id}`,
        ),
      );
      expect(kept!.same).toBe(true);
      await connection.db.delete(articles).where(eq(articles.id, id));
      expect(await entry(id)).toBeUndefined();
    });
  });
}
