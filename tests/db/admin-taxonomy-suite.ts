// Categories, authors, series and static pages as editors change them, on a real database (run on each
// driver from pglite.test.ts and postgres.test.ts): a new item's key and slugs, a taken slug refused
// without writing anything, deletion refused while articles use the item, an audit record for each change.
import { and, desc, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { slugify } from "~/domain/slug";
import type { SignedInUser } from "~/auth/permissions";
import type { DatabaseConnection } from "~/db/client.server";
import { auditLog, authors, categoryTranslations, pages, series } from "~/db/schema";
import { demoContent } from "~/db/seed/content";
import { seedDemoContent } from "~/db/seed/seed.server";

function rowsOf<Row>(result: unknown): Row[] {
  return Array.isArray(result) ? (result as Row[]) : (result as { rows: Row[] }).rows;
}

export function adminTaxonomySuite(driver: string, connect: () => Promise<DatabaseConnection>, disconnect: () => Promise<void>) {
  describe(`editorial taxonomy and pages on ${driver}`, () => {
    let connection: DatabaseConnection;
    let editor: SignedInUser;
    const taxonomy = () => import("~/models/admin-taxonomy.server");
    const pageModel = () => import("~/models/admin-pages.server");

    beforeAll(async () => {
      connection = await connect();
      const tables = rowsOf<{ tablename: string }>(await connection.db.execute(sql`select tablename from pg_tables where schemaname = 'public'`)).map(
        (row) => `"${row.tablename}"`,
      );
      await connection.db.execute(sql.raw(`truncate table ${tables.join(", ")} restart identity cascade`));
      expect(await seedDemoContent(connection.db, demoContent)).toBe(true);
      const { createUser } = await import("~/models/users.server");
      editor = await createUser(connection.db, { email: "taxonomy-editor@example.org", password: "a long enough password", role: "editor", editions: ["en", "fa"] });
    });
    afterAll(disconnect);

    async function lastAudit() {
      const [row] = await connection.db.select().from(auditLog).orderBy(desc(auditLog.id)).limit(1);
      return row;
    }

    it("lists every category with its names per edition and the number of articles using it", async () => {
      const { listTaxonomy } = await taxonomy();
      const items = await listTaxonomy(connection.db, "categories");
      const news = items.find((item) => item.key === "news")!;
      expect(news.translations.fa?.name).toBe(demoContent.fa!.categories.news.name);
      const used = Object.values(demoContent).reduce((total, content) => total + content.articles.filter((article) => article.category === "news").length, 0);
      expect(news.articleCount).toBe(used);
    });

    it("makes a new author's key from its first name and its slug from the name, each unique", async () => {
      const { saveTaxonomyItem, taxonomyItem } = await taxonomy();
      const taken = demoContent.fa!.authors["leila-karimi"];
      const create = () => saveTaxonomyItem(connection.db, "authors", editor, null, [{ edition: "fa", name: taken.name, slug: "", text: "" }]);
      const first = await create();
      const second = await create();
      if (!first.ok || !second.ok) throw new Error("could not create the authors");
      const [one, two] = [await taxonomyItem(connection.db, "authors", first.id), await taxonomyItem(connection.db, "authors", second.id)];
      expect(one?.key).toBe(slugify(taken.name));
      expect(two?.key).toBe(`${slugify(taken.name)}-2`);
      // The demo author has the name's own slug already
      expect(taken.slug).toBe(slugify(taken.name));
      expect([one?.translations.fa?.slug, two?.translations.fa?.slug]).toEqual([`${taken.slug}-2`, `${taken.slug}-3`]);
      expect(await lastAudit()).toMatchObject({ action: "create", entityType: "author", entityId: second.id });
    });

    it("prefers the English name for the key", async () => {
      const { saveTaxonomyItem, taxonomyItem } = await taxonomy();
      const saved = await saveTaxonomyItem(connection.db, "categories", editor, null, [
        { edition: "fa", name: "گفت‌وگو", slug: "", text: "" },
        { edition: "en", name: "Interviews & Talks", slug: "", text: "Conversations." },
      ]);
      expect(saved.ok && (await taxonomyItem(connection.db, "categories", saved.id))?.key).toBe("interviews-talks");
    });

    it("refuses a slug another item has in the edition, and writes nothing", async () => {
      const { saveTaxonomyItem } = await taxonomy();
      const [before] = await connection.db.select({ count: sql<number>`count(*)::int` }).from(authors);
      const result = await saveTaxonomyItem(connection.db, "authors", editor, null, [
        { edition: "en", name: "Someone New", slug: "", text: "" },
        { edition: "fa", name: "کسی تازه", slug: demoContent.fa!.authors["omar-haddad"].slug, text: "" },
      ]);
      expect(result).toEqual({ ok: false, takenSlugs: ["fa"] });
      const [after] = await connection.db.select({ count: sql<number>`count(*)::int` }).from(authors);
      expect(after?.count).toBe(before?.count);
    });

    it("renames a category in one edition only, recording the change in that edition", async () => {
      const { saveTaxonomyItem, listTaxonomy } = await taxonomy();
      const news = (await listTaxonomy(connection.db, "categories")).find((item) => item.key === "news")!;
      const result = await saveTaxonomyItem(connection.db, "categories", editor, news.id, [
        { edition: "fa", name: "خبرها", slug: news.translations.fa!.slug, text: "" },
      ]);
      expect(result).toEqual({ ok: true, id: news.id });
      const rows = await connection.db.select().from(categoryTranslations).where(eq(categoryTranslations.categoryId, news.id));
      expect(rows.find((row) => row.edition === "fa")?.name).toBe("خبرها");
      expect(rows.find((row) => row.edition === "en")?.name).toBe(demoContent.en!.categories.news.name);
      expect(await lastAudit()).toMatchObject({ action: "update", entityType: "category", edition: "fa", summary: "خبرها" });
    });

    it("refuses to delete a series whose issues still use it, and deletes one no article uses", async () => {
      const { deleteTaxonomyItem, saveTaxonomyItem } = await taxonomy();
      const [digest] = await connection.db.select().from(series).where(eq(series.key, "weekly-digest"));
      const refused = await deleteTaxonomyItem(connection.db, "series", editor, digest!.id);
      expect(refused.outcome).toBe("inUse");
      expect(await connection.db.select().from(series).where(eq(series.id, digest!.id))).toHaveLength(1);

      const unused = await saveTaxonomyItem(connection.db, "series", editor, null, [{ edition: "en", name: "Monthly letter", slug: "", text: "" }]);
      if (!unused.ok) throw new Error("could not create the series");
      expect(await deleteTaxonomyItem(connection.db, "series", editor, unused.id)).toEqual({ outcome: "deleted" });
      expect(await lastAudit()).toMatchObject({ action: "delete", entityType: "series", entityId: unused.id });
    });

    it("edits the about page of an edition and refuses another page's slug", async () => {
      const { savePage } = await pageModel();
      const [about] = await connection.db.select().from(pages).where(and(eq(pages.edition, "sq"), eq(pages.slug, "about")));
      const saved = await savePage(connection.db, editor, about!.id, { edition: "sq", title: "Rreth nesh", slug: "about", body: "Teksti i ri." });
      expect(saved).toEqual({ ok: true, id: about!.id });
      const { pageBySlug } = await import("~/models/pages.server");
      expect((await pageBySlug("sq", "about"))?.body).toBe("Teksti i ri.");

      const other = await savePage(connection.db, editor, null, { edition: "sq", title: "Politika e privatësisë", slug: "", body: "Teksti." });
      expect(other.ok).toBe(true);
      if (!other.ok) return;
      expect(await savePage(connection.db, editor, other.id, { edition: "sq", title: "X", slug: "about", body: "Y" })).toEqual({
        ok: false,
        problems: { slug: { key: "slugTaken" } },
      });
    });
  });
}
