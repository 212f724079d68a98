// The database tests, written once and run on each driver: always on PGlite (pglite.test.ts),
// and on a PostgreSQL server whenever TEST_DATABASE_URL is set (postgres.test.ts).
import { and, count, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseConnection } from "~/db/client.server";
import { articles, categoryTranslations } from "~/db/schema";
import { demoContent } from "~/db/seed/content";
import { seedDemoContent } from "~/db/seed/seed.server";
import { editions } from "~/editions";

const contentTables = [
  "articles", "categories", "category_translations", "authors", "author_translations", "series",
  "series_translations", "media_items", "media_images", "publications", "publication_contents", "pages",
  "contact_messages", "comments", "users", "sessions",
];

/** `connect` opens a fresh, empty database and points the app's model layer at it */
export function databaseSuite(driver: string, connect: () => Promise<DatabaseConnection>, disconnect: () => Promise<void>) {
  describe(`the database on ${driver}`, () => {
    let connection: DatabaseConnection;
    beforeAll(async () => {
      connection = await connect();
    });
    afterAll(disconnect);

    it("is migrated from scratch with every table of the content model", async () => {
      const rows = await connection.db.execute<{ table_name: string }>(
        sql`select table_name from information_schema.tables where table_schema = 'public'`,
      );
      const tables = (Array.isArray(rows) ? rows : (rows as { rows: { table_name: string }[] }).rows).map((row) => row.table_name);
      expect(tables.sort()).toEqual(expect.arrayContaining(contentTables.sort()));
    });

    it("seeds the demo content once, and a second run changes nothing", async () => {
      expect(await seedDemoContent(connection.db)).toBe(true);
      const [before] = await connection.db.select({ total: count() }).from(articles);
      expect(await seedDemoContent(connection.db)).toBe(false);
      const [after] = await connection.db.select({ total: count() }).from(articles);
      expect(after?.total).toBe(before?.total);
    });

    it("gives every edition enough published articles, categories, authors and digest issues", async () => {
      const { latestArticles } = await import("~/models/articles.server");
      for (const edition of editions) {
        if (!demoContent[edition.code]) continue;
        const listing = await latestArticles(edition.code);
        expect(listing.total, edition.code).toBeGreaterThanOrEqual(30);
        expect(listing.articles).toHaveLength(10);
        const visible = await connection.db
          .select({ categoryId: articles.categoryId, authorId: articles.authorId, issueNumber: articles.issueNumber })
          .from(articles)
          .where(and(eq(articles.edition, edition.code), eq(articles.status, "published")));
        expect(new Set(visible.map((row) => row.categoryId)).size, edition.code).toBeGreaterThanOrEqual(6);
        expect(new Set(visible.map((row) => row.authorId)).size, edition.code).toBeGreaterThanOrEqual(3);
        expect(visible.filter((row) => row.issueNumber !== null).length, edition.code).toBeGreaterThanOrEqual(6);
      }
    });

    it("links at least ten articles as translations across editions", async () => {
      const groups = await connection.db
        .select({ group: articles.translationGroup, editions: count() })
        .from(articles)
        .groupBy(articles.translationGroup)
        .having(sql`count(*) > 1`);
      expect(groups.length).toBeGreaterThanOrEqual(10);
    });

    it("hides drafts and scheduled articles from readers until their time comes", async () => {
      const { articleBySlug, latestArticles } = await import("~/models/articles.server");
      const hidden = await connection.db
        .select({ id: articles.id, edition: articles.edition, slug: articles.slug, status: articles.status })
        .from(articles)
        .where(sql`${articles.status} in ('draft', 'scheduled')`);
      expect(hidden.some((article) => article.status === "draft")).toBe(true);
      expect(hidden.some((article) => article.status === "scheduled")).toBe(true);
      for (const article of hidden) {
        expect(await articleBySlug(article.edition, article.slug)).toBeUndefined();
        const listing = await latestArticles(article.edition);
        expect(listing.articles.map((summary) => summary.slug)).not.toContain(article.slug);
      }
      // A scheduled article whose time has come is published without anyone touching it
      const scheduled = hidden.find((article) => article.status === "scheduled")!;
      await connection.db.update(articles).set({ publishedAt: sql`now() - interval '1 minute'` }).where(eq(articles.id, scheduled.id));
      expect((await articleBySlug(scheduled.edition, scheduled.slug))?.title).toBeTruthy();
      expect((await latestArticles(scheduled.edition)).articles[0]?.slug).toBe(scheduled.slug);
    });

    it("enforces unique slugs within an edition, and allows the same slug in another edition", async () => {
      const [existing] = await connection.db.select().from(articles).where(eq(articles.edition, "en")).limit(1);
      const { id: _id, translationGroup: _group, ...copy } = existing!;
      await expect(connection.db.insert(articles).values({ ...copy })).rejects.toThrow();
      await expect(connection.db.insert(articles).values({ ...copy, edition: "xx" })).resolves.toBeDefined();
      const [category] = await connection.db.select().from(categoryTranslations).limit(1);
      await expect(connection.db.insert(categoryTranslations).values({ ...category!, edition: category!.edition })).rejects.toThrow();
    });

    it("refuses values outside the allowed statuses and kinds", async () => {
      const [existing] = await connection.db.select().from(articles).limit(1);
      await expect(
        connection.db.execute(sql`update articles set status = 'archived' where id = ${existing!.id}`),
      ).rejects.toThrow();
      await expect(
        connection.db.execute(
          sql`insert into media_items (edition, kind, slug, title) values ('en', 'podcasts', 'x', 'x')`,
        ),
      ).rejects.toThrow();
    });
  });
}
