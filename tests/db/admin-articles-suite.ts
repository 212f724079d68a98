// The editorial article writes on a real database, run on each driver from pglite.test.ts and
// postgres.test.ts: a published article reaches readers at once, a translation starts in step with its
// source and falls behind when the source is edited, a taken issue number is a problem (not a crash),
// and every write leaves its audit record.
import { and, desc, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SignedInUser } from "~/auth/permissions";
import type { DatabaseConnection } from "~/db/client.server";
import { articles, auditLog, series } from "~/db/schema";
import { demoContent } from "~/db/seed/content";
import { seedDemoContent } from "~/db/seed/seed.server";
import type { ArticleInput } from "~/models/admin-articles.server";

function rowsOf<Row>(result: unknown): Row[] {
  return Array.isArray(result) ? (result as Row[]) : (result as { rows: Row[] }).rows;
}

export function adminArticlesSuite(driver: string, connect: () => Promise<DatabaseConnection>, disconnect: () => Promise<void>) {
  describe(`editorial article writes on ${driver}`, () => {
    let connection: DatabaseConnection;
    let editor: SignedInUser;
    const model = () => import("~/models/admin-articles.server");

    beforeAll(async () => {
      connection = await connect();
      const tables = rowsOf<{ tablename: string }>(await connection.db.execute(sql`select tablename from pg_tables where schemaname = 'public'`)).map(
        (row) => `"${row.tablename}"`,
      );
      await connection.db.execute(sql.raw(`truncate table ${tables.join(", ")} restart identity cascade`));
      expect(await seedDemoContent(connection.db, demoContent)).toBe(true);
      const { createUser } = await import("~/models/users.server");
      editor = await createUser(connection.db, { email: "suite-editor@example.org", password: "a long enough password", role: "editor", editions: ["en", "fa", "sq"] });
    });
    afterAll(disconnect);

    async function idOf(edition: string, slug: string): Promise<number> {
      const [row] = await connection.db.select({ id: articles.id }).from(articles).where(and(eq(articles.edition, edition), eq(articles.slug, slug)));
      return row!.id;
    }

    async function inputFrom(id: number, changes: Partial<ArticleInput> = {}): Promise<ArticleInput> {
      const [row] = await connection.db.select().from(articles).where(eq(articles.id, id));
      const { slug, title, excerpt, body, categoryId, authorId, seriesId, issueNumber, coverImage, coverAlt, coverCaption, status, publishedAt } = row!;
      return { slug, title, excerpt, body, categoryId, authorId, seriesId, issueNumber, coverImage, coverAlt, coverCaption, status, publishedAt, ...changes };
    }

    it("lists every edition's articles with the editions of their translations, newest edit first", async () => {
      const { listAdminArticles } = await model();
      const translated = demoContent.en!.articles.find((article) => article.translationKey === "t01")!;
      const { rows, total } = await listAdminArticles(connection.db, { editions: ["en"], title: translated.title.slice(0, 20).toUpperCase(), page: 1 });
      expect(total).toBe(1);
      const expected = ["ar", "fa", "sq"].filter((code) => demoContent[code]!.articles.some((article) => article.translationKey === "t01"));
      expect(rows[0]?.otherEditions).toEqual(expected);
      const drafts = await listAdminArticles(connection.db, { editions: ["en", "fa"], status: "draft", page: 1 });
      expect(drafts.rows.every((row) => row.status === "draft")).toBe(true);
      expect(drafts.total).toBe(2);
    });

    it("finds a Persian title however its letters are typed (Arabic ي and ك for Persian ی and ک)", async () => {
      const { listAdminArticles } = await model();
      const persian = demoContent.fa!.articles.find((article) => /[یک]/.test(article.title))!;
      const typed = persian.title.replace(/ی/g, "ي").replace(/ک/g, "ك");
      const { rows } = await listAdminArticles(connection.db, { editions: ["fa"], title: typed, page: 1 });
      expect(rows.map((row) => row.title)).toContain(persian.title);
    });

    it("publishes a new article at once for readers, with its audit record", async () => {
      const { createArticle } = await model();
      const { articleBySlug } = await import("~/models/articles.server");
      const template = await inputFrom(await idOf("fa", demoContent.fa!.articles[0]!.slug));
      const id = await createArticle(connection.db, editor, "fa", {
        ...template,
        slug: "گزارش-تازهٔ-آزمایشی",
        title: "گزارش تازهٔ آزمایشی",
        seriesId: null,
        issueNumber: null,
        status: "published",
        publishedAt: new Date(),
      });
      expect((await articleBySlug("fa", "گزارش-تازهٔ-آزمایشی"))?.id).toBe(id);
      const actions = await connection.db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.entityId, id)).orderBy(auditLog.id);
      expect(actions.map((row) => row.action)).toEqual(["create", "publish"]);
    });

    it("makes a translation in step with its source, stale after the source's edit, up to date when told so", async () => {
      const { articleForEditing, createTranslation, updateArticle } = await model();
      const source = demoContent.en!.articles.find((article) => !article.translationKey && (article.status ?? "published") === "published")!;
      const sourceId = await idOf("en", source.slug);
      const texts = { slug: "perkthim-provues", title: "Përkthim provues", excerpt: "", body: "Teksti i përkthyer.", coverAlt: "Përshkrimi i figurës", coverCaption: "" };
      const translationId = (await createTranslation(connection.db, editor, sourceId, "sq", texts))!;
      const fresh = (await articleForEditing(connection.db, translationId))!;
      expect(fresh).toMatchObject({ edition: "sq", status: "draft", title: "Përkthim provues", slug: "perkthim-provues", translatedFromId: sourceId });
      // The cover is the source's, described in the translation's words
      expect(fresh.coverAlt).toBe(fresh.coverImage ? "Përshkrimi i figurës" : null);
      expect(fresh.group.map((member) => [member.edition, member.stale])).toEqual([
        ["en", false],
        ["sq", false],
      ]);

      const before = (await articleForEditing(connection.db, sourceId))!;
      await updateArticle(connection.db, editor, before, await inputFrom(sourceId, { excerpt: `${source.excerpt} (corrected)` }), { markUpToDate: false });
      const after = (await articleForEditing(connection.db, sourceId))!;
      expect(after.updatedAt.getTime()).toBeGreaterThan(before.updatedAt.getTime());
      expect(after.group.find((member) => member.id === translationId)?.stale).toBe(true);

      const translation = (await articleForEditing(connection.db, translationId))!;
      await updateArticle(connection.db, editor, translation, await inputFrom(translationId, { title: "Kostoja e heshtjes" }), { markUpToDate: true });
      expect((await articleForEditing(connection.db, translationId))!.group.every((member) => !member.stale)).toBe(true);
      const [audit] = await connection.db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.entityId, translationId)).orderBy(auditLog.id).limit(1);
      expect(audit?.action).toBe("translate");
    });

    it("keeps a published article's old address leading to it after its slug changes, and gives the address up to a new article", async () => {
      const { articleForEditing, createArticle, updateArticle } = await model();
      const { articleMovedTo } = await import("~/models/articles.server");
      const published = demoContent.fa!.articles.find((article) => (article.status ?? "published") === "published" && !article.series)!;
      const id = await idOf("fa", published.slug);
      await updateArticle(connection.db, editor, (await articleForEditing(connection.db, id))!, await inputFrom(id, { slug: "نامک-تازه" }), { markUpToDate: false });
      expect(await articleMovedTo("fa", published.slug.normalize("NFC"))).toBe("نامک-تازه");
      // Changed again: both older addresses lead to the newest one
      await updateArticle(connection.db, editor, (await articleForEditing(connection.db, id))!, await inputFrom(id, { slug: "نامک-سوم" }), { markUpToDate: false });
      expect(await articleMovedTo("fa", published.slug.normalize("NFC"))).toBe("نامک-سوم");
      expect(await articleMovedTo("fa", "نامک-تازه")).toBe("نامک-سوم");
      expect(await articleMovedTo("en", "نامک-تازه")).toBeUndefined();

      // A new article takes the old address: it is that article's now
      const takenBack = await createArticle(connection.db, editor, "fa", { ...(await inputFrom(id)), slug: "نامک-تازه", seriesId: null, issueNumber: null, status: "draft", publishedAt: null });
      expect(takenBack).toBeGreaterThan(0);
      expect(await articleMovedTo("fa", "نامک-تازه")).toBeUndefined();

      // A draft's address was never public: nothing to keep
      const draft = demoContent.fa!.articles.find((article) => article.status === "draft")!;
      const draftId = await idOf("fa", draft.slug);
      await updateArticle(connection.db, editor, (await articleForEditing(connection.db, draftId))!, await inputFrom(draftId, { slug: "پیش‌نویس-دیگر".replace("‌", "-") }), { markUpToDate: false });
      expect(await articleMovedTo("fa", draft.slug.normalize("NFC"))).toBeUndefined();
    });

    it("takes a translator's proposed update of a published translation, in sync with the source version compared, and publishes it in one action", async () => {
      const { articleForEditing, createTranslation, updateArticle, proposeRevision, publishRevision, articleRevision } = await model();
      const { createUser } = await import("~/models/users.server");
      const translator = await createUser(connection.db, { email: "suite-translator@example.org", password: "a long enough password", role: "translator", editions: ["ar"] });
      const source = demoContent.en!.articles.find((article) => !article.translationKey && (article.status ?? "published") === "published" && !article.series)!;
      const sourceId = await idOf("en", source.slug);
      const texts = { slug: "ترجمة-تجريبية", title: "ترجمة تجريبية", excerpt: "", body: "نص أول.", coverAlt: "وصف", coverCaption: "" };
      const translationId = (await createTranslation(connection.db, editor, sourceId, "ar", texts))!;
      const published = (await articleForEditing(connection.db, translationId))!;
      await updateArticle(connection.db, editor, published, await inputFrom(translationId, { status: "published", publishedAt: new Date() }), { markUpToDate: false });
      const snapshotBefore = (await articleForEditing(connection.db, translationId))!.sourceSnapshot;
      expect(snapshotBefore).toContain(source.body.slice(0, 40));

      // The source is corrected: the translation is stale
      const sourceBefore = (await articleForEditing(connection.db, sourceId))!;
      await updateArticle(connection.db, editor, sourceBefore, await inputFrom(sourceId, { body: `${source.body}\n\nA corrected paragraph.` }), { markUpToDate: false });
      const sourceNow = (await articleForEditing(connection.db, sourceId))!;
      const translation = (await articleForEditing(connection.db, translationId))!;
      expect(translation.group.find((member) => member.id === translationId)?.stale).toBe(true);
      // Where work is planned: the list's filter and column, the dashboard's queue with counts per edition
      const { listAdminArticles } = await model();
      const { loadDashboard } = await import("~/models/dashboard.server");
      const behind = await listAdminArticles(connection.db, { editions: ["ar", "en"], stale: true, page: 1 });
      expect(behind.rows.map((row) => [row.id, row.stale])).toEqual([[translationId, true]]);
      const queue = (await loadDashboard(connection.db, ["ar"])).translations;
      expect(queue.items.map((item) => item.id)).toEqual([translationId]);
      expect(queue.perEdition).toEqual([{ edition: "ar", count: 1 }]);
      expect((await loadDashboard(connection.db, ["fa"])).translations.perEdition).toEqual([]);
      // Readers of the translation are told, with the source's address
      const { articleBySlug } = await import("~/models/articles.server");
      expect((await articleBySlug("ar", "ترجمة-تجريبية"))?.newerSource).toMatchObject({ edition: "en", slug: source.slug });

      // Compared with an older version of the source: refused
      const proposal = { title: "ترجمة محدثة", excerpt: "", body: "نص أول.\n\nفقرة مصححة.", coverAlt: translation.coverImage ? "وصف" : null, coverCaption: null };
      expect(await proposeRevision(connection.db, translator, translation, proposal, { inSyncWith: sourceBefore.updatedAt.toISOString() })).toBe("sourceChanged");
      expect(await articleRevision(connection.db, translationId)).toBeUndefined();
      // Compared with the current one: kept, readers still see the published text
      expect(await proposeRevision(connection.db, translator, translation, proposal, { inSyncWith: sourceNow.updatedAt.toISOString() })).toBe("saved");
      expect(await articleRevision(connection.db, translationId)).toMatchObject({ title: "ترجمة محدثة", inSync: true, proposedBy: "suite-translator@example.org" });
      expect((await articleForEditing(connection.db, translationId))!.title).toBe("ترجمة تجريبية");

      expect(await publishRevision(connection.db, editor, translation)).toBe(true);
      const after = (await articleForEditing(connection.db, translationId))!;
      expect(after).toMatchObject({ title: "ترجمة محدثة", status: "published" });
      expect(after.group.find((member) => member.id === translationId)?.stale).toBe(false);
      expect(after.sourceSnapshot).toContain("A corrected paragraph.");
      expect((await articleBySlug("ar", "ترجمة-تجريبية"))?.newerSource).toBeNull();
      expect(await articleRevision(connection.db, translationId)).toBeUndefined();
      const actions = await connection.db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.entityId, translationId)).orderBy(auditLog.id);
      expect(actions.map((row) => row.action).slice(-2)).toEqual(["propose", "update"]);
    });

    it("tells a taken issue number apart from other failures, on this driver's errors", async () => {
      const { issueTaken, updateArticle, articleForEditing, violatedUniqueIndex } = await model();
      const [digest] = await connection.db.select({ id: series.id }).from(series).limit(1);
      const issues = await connection.db
        .select({ id: articles.id, issueNumber: articles.issueNumber })
        .from(articles)
        .where(and(eq(articles.edition, "en"), eq(articles.seriesId, digest!.id)))
        .orderBy(desc(articles.issueNumber))
        .limit(2);
      const [newest, older] = issues as [{ id: number; issueNumber: number }, { id: number; issueNumber: number }];
      expect(await issueTaken(connection.db, "en", digest!.id, newest.issueNumber, older.id)).toBe(true);
      expect(await issueTaken(connection.db, "en", digest!.id, newest.issueNumber, newest.id)).toBe(false);
      const article = (await articleForEditing(connection.db, older.id))!;
      const error = await updateArticle(connection.db, editor, article, await inputFrom(older.id, { issueNumber: newest.issueNumber }), { markUpToDate: false }).then(
        () => undefined,
        (thrown: unknown) => thrown,
      );
      expect(violatedUniqueIndex(error)).toBe("articles_series_issue");
      // The transaction left nothing behind: no half-save, no audit record of it
      expect((await articleForEditing(connection.db, older.id))?.issueNumber).toBe(older.issueNumber);
    });

    it("deletes an article with its record", async () => {
      const { deleteArticle, articleForEditing } = await model();
      const draft = demoContent.en!.articles.find((article) => article.status === "draft")!;
      const article = (await articleForEditing(connection.db, await idOf("en", draft.slug)))!;
      await deleteArticle(connection.db, editor, article);
      expect(await articleForEditing(connection.db, article.id)).toBeUndefined();
      const [record] = await connection.db.select().from(auditLog).where(and(eq(auditLog.entityId, article.id), eq(auditLog.action, "delete")));
      expect(record).toMatchObject({ actorEmail: "suite-editor@example.org", edition: "en", summary: draft.title });
    });
  });
}
