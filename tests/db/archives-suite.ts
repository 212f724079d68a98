// The archive listings (author, series, previous/next issue) and the lookups behind the author,
// series and about pages, checked against the database itself on each driver.
//
// They share one database with the general database suite: on PostgreSQL the test database can be
// created only once per file (the environment is read once), so archivesSuite runs databaseSuite on
// the same connection, then these cases, and closes the database after both.
import { and, asc, desc, eq, lte, ne, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseConnection } from "~/db/client.server";
import { articles, authorTranslations, seriesTranslations } from "~/db/schema";
import { demoContent } from "~/db/seed/content";
import { seedDemoContent } from "~/db/seed/seed.server";
import { databaseSuite } from "./database-suite";

const editionsWithContent = Object.keys(demoContent);

export function archivesSuite(driver: string, connect: () => Promise<DatabaseConnection>, disconnect: () => Promise<void>) {
  let opened: Promise<DatabaseConnection> | undefined;
  const open = () => (opened ??= connect());
  // The outer block's afterAll runs once both suites are done, so the next suite in the file starts afresh
  describe(driver, () => {
    afterAll(async () => {
      if (opened) await disconnect();
      opened = undefined;
    });
    databaseSuite(driver, open, async () => {});
    archiveCases(driver, open);
  });
}

function archiveCases(driver: string, open: () => Promise<DatabaseConnection>) {
  describe(`the archives on ${driver}`, () => {
    let connection: DatabaseConnection;
    beforeAll(async () => {
      connection = await open();
      await seedDemoContent(connection.db);
      // Content written straight to the database (here and by the suite before) is announced by no one:
      // forget what the listings' facts kept (app/cache/listing-facts.server.ts), as a NOTIFY would
      (await import("~/cache/listing-facts.server")).forgetListingFacts();
    });

    /** What readers may see of an edition, straight from the table, newest first */
    async function visibleSlugs(edition: string, filter = sql`true`) {
      const rows = await connection.db
        .select({ slug: articles.slug })
        .from(articles)
        .where(and(eq(articles.edition, edition), ne(articles.status, "draft"), lte(articles.publishedAt, sql`now()`), filter))
        .orderBy(desc(articles.publishedAt), desc(articles.id));
      return rows.map((row) => row.slug);
    }

    it("pages through the whole archive ten at a time, newest first, with no article twice", async () => {
      const { latestArticles, pageSize } = await import("~/models/articles.server");
      for (const edition of editionsWithContent) {
        const expected = await visibleSlugs(edition);
        const first = await latestArticles(edition, 1);
        expect(first.total, edition).toBe(expected.length);
        expect(first.pageCount, edition).toBe(Math.ceil(expected.length / pageSize));
        const seen: string[] = [];
        for (let page = 1; page <= first.pageCount; page++) {
          const listing = await latestArticles(edition, page);
          expect(listing.page).toBe(page);
          seen.push(...listing.articles.map((article) => article.slug));
        }
        expect(seen, edition).toEqual(expected);
        expect((await latestArticles(edition, first.pageCount + 1)).articles).toEqual([]);

        // Again: the deep pages now start from the first article each had (listing-facts.server.ts), and are
        // the same pages
        const again: string[] = [];
        for (let page = 1; page <= first.pageCount; page++) again.push(...(await latestArticles(edition, page)).articles.map((article) => article.slug));
        expect(again, edition).toEqual(expected);
      }
    });

    it("a deep page seen before shows the change once content changes", async () => {
      const { latestArticles } = await import("~/models/articles.server");
      const { forgetListingFacts } = await import("~/cache/listing-facts.server");
      const edition = editionsWithContent[0]!;
      const second = await latestArticles(edition, 2);
      const [newest] = await connection.db
        .select({ id: articles.id, status: articles.status })
        .from(articles)
        .where(and(eq(articles.edition, edition), ne(articles.status, "draft"), lte(articles.publishedAt, sql`now()`)))
        .orderBy(desc(articles.publishedAt), desc(articles.id))
        .limit(1);
      // The newest article goes back to draft: every later page moves up by one article
      await connection.db.update(articles).set({ status: "draft" }).where(eq(articles.id, newest!.id));
      try {
        // What NOTIFY content_changed does in every process (invalidation.server.ts)
        forgetListingFacts();
        const after = await latestArticles(edition, 2);
        expect(after.articles[0]!.slug).toBe(second.articles[1]!.slug);
      } finally {
        await connection.db.update(articles).set({ status: newest!.status }).where(eq(articles.id, newest!.id));
        forgetListingFacts();
      }
    });

    it("relates each article to its nearest neighbours in time in its category, as many after it as before", async () => {
      const { relatedArticles } = await import("~/models/articles.server");
      let checked = 0;
      for (const edition of editionsWithContent) {
        const visible = await connection.db
          .select({ id: articles.id, slug: articles.slug, categoryId: articles.categoryId })
          .from(articles)
          .where(and(eq(articles.edition, edition), ne(articles.status, "draft"), lte(articles.publishedAt, sql`now()`)))
          .orderBy(desc(articles.publishedAt), desc(articles.id));
        for (const article of visible) {
          if (article.categoryId === null) continue;
          // The category's articles newest first, this one among them
          const category = visible.filter((other) => other.categoryId === article.categoryId).map((other) => other.slug);
          const at = category.indexOf(article.slug);
          const related = (await relatedArticles(article.id, edition)).map((other) => other.slug);
          expect(related.length, article.slug).toBe(Math.min(4, category.length - 1));
          // In the category's order, and with the article a run without gaps
          const positions = related.map((slug) => category.indexOf(slug));
          expect(positions, article.slug).toEqual([...positions].sort((a, b) => a - b));
          const run = [...positions, at].sort((a, b) => a - b);
          expect(run.at(-1)! - run[0]!, article.slug).toBe(related.length);
          const after = related.filter((slug) => category.indexOf(slug) < at).length;
          const before = related.length - after;
          // Balanced, unless one side has run out of articles
          if (after < at && before < category.length - 1 - at) expect(Math.abs(after - before), article.slug).toBeLessThanOrEqual(1);
          if (related.length === 4 && category.length - 1 - at >= 2 && at >= 2) expect(after, article.slug).toBe(2);
          checked += 1;
        }
      }
      expect(checked).toBeGreaterThan(20);
    });

    it("lists an author's visible articles and nobody else's, and finds authors by their slug in each edition only", async () => {
      const { articlesByAuthor, latestArticles } = await import("~/models/articles.server");
      const { authorBySlug } = await import("~/models/authors.server");
      for (const edition of editionsWithContent) {
        const authorsOfEdition = await connection.db
          .select({ id: authorTranslations.authorId, slug: authorTranslations.slug, name: authorTranslations.name })
          .from(authorTranslations)
          .where(eq(authorTranslations.edition, edition));
        expect(authorsOfEdition.length, edition).toBeGreaterThanOrEqual(4);
        let sum = 0;
        for (const row of authorsOfEdition) {
          const author = await authorBySlug(edition, row.slug);
          expect(author, `${edition}/${row.slug}`).toMatchObject({ id: row.id, name: row.name });
          const listing = await articlesByAuthor(edition, row.id);
          const expected = await visibleSlugs(edition, eq(articles.authorId, row.id));
          expect(listing.total, `${edition}/${row.slug}`).toBe(expected.length);
          expect(listing.articles.map((article) => article.slug)).toEqual(expected.slice(0, 10));
          expect(new Set(listing.articles.map((article) => article.authorSlug))).toEqual(new Set(expected.length ? [row.slug] : []));
          sum += listing.total;
        }
        // Every visible article belongs to exactly one author's listing
        expect(sum, edition).toBe((await latestArticles(edition)).total);
        expect(await authorBySlug(edition, "no-such-author")).toBeUndefined();
      }
      // A slug is looked up in its own edition only
      const english = demoContent.en!.authors["leila-karimi"].slug;
      const persian = demoContent.fa!.authors["leila-karimi"].slug;
      if (english !== persian) expect(await authorBySlug("fa", english)).toBeUndefined();
    });

    it("lists the weekly digest by issue number and links each issue to the visible ones around it", async () => {
      const { adjacentIssues, issuesInSeries } = await import("~/models/articles.server");
      const { seriesBySlug } = await import("~/models/series.server");
      for (const edition of editionsWithContent) {
        const slug = demoContent[edition]!.series["weekly-digest"].slug.normalize("NFC");
        const series = await seriesBySlug(edition, slug);
        expect(series?.title, edition).toBe(demoContent[edition]!.series["weekly-digest"].title);
        expect(await seriesBySlug(edition, "no-such-series")).toBeUndefined();
        const seriesId = series!.id;

        const listing = await issuesInSeries(edition, seriesId);
        expect(listing.issues.map((issue) => issue.issueNumber), edition).toEqual([170, 169, 168, 167, 166, 165]);
        expect(listing.total).toBe(6);
        expect(listing.pageCount).toBe(1);

        const around = async (issueNumber: number) => {
          const { previous, next } = await adjacentIssues(edition, seriesId, issueNumber);
          return [previous?.issueNumber, next?.issueNumber];
        };
        expect(await around(168), edition).toEqual([167, 169]);
        expect(await around(170)).toEqual([169, undefined]);
        expect(await around(165)).toEqual([undefined, 166]);
        const [issue167] = listing.issues.filter((issue) => issue.issueNumber === 167);
        expect((await adjacentIssues(edition, seriesId, 168)).previous?.slug).toBe(issue167!.slug);

        // An issue taken back to draft disappears from the series and is skipped by its neighbours
        const where = and(eq(articles.edition, edition), eq(articles.seriesId, seriesId), eq(articles.issueNumber, 169));
        const [hidden] = await connection.db.select({ status: articles.status }).from(articles).where(where);
        await connection.db.update(articles).set({ status: "draft" }).where(where);
        try {
          expect((await issuesInSeries(edition, seriesId)).issues.map((issue) => issue.issueNumber)).toEqual([170, 168, 167, 166, 165]);
          expect(await around(168)).toEqual([167, 170]);
          expect(await around(170)).toEqual([168, undefined]);
        } finally {
          await connection.db.update(articles).set({ status: hidden!.status }).where(where);
        }
      }
    });

    it("keeps other series' and other editions' issues out of a series", async () => {
      const { adjacentIssues, issuesInSeries } = await import("~/models/articles.server");
      const [series] = await connection.db
        .select({ id: seriesTranslations.seriesId })
        .from(seriesTranslations)
        .where(eq(seriesTranslations.edition, "en"));
      const englishIssues = await connection.db
        .select({ slug: articles.slug })
        .from(articles)
        .where(and(eq(articles.edition, "en"), eq(articles.seriesId, series!.id)))
        .orderBy(asc(articles.issueNumber));
      const listing = await issuesInSeries("en", series!.id);
      expect(listing.issues.every((issue) => englishIssues.some((row) => row.slug === issue.slug))).toBe(true);
      expect(await issuesInSeries("en", -1)).toMatchObject({ issues: [], total: 0, pageCount: 1 });
      expect(await adjacentIssues("en", -1, 168)).toEqual({ previous: undefined, next: undefined });
    });

    it("finds the about page of each edition, and no page by an unknown slug", async () => {
      const { pageBySlug } = await import("~/models/pages.server");
      for (const edition of editionsWithContent) {
        const about = await pageBySlug(edition, "about");
        expect(about?.title, edition).toBe(demoContent[edition]!.about.title);
        expect(about?.body.length).toBeGreaterThan(100);
        expect(await pageBySlug(edition, "no-such-page")).toBeUndefined();
      }
    });
  });
}
