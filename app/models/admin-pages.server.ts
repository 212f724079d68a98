// Static pages (the about page) as editors manage them: per edition a slug, a title and a Markdown body.
// The reader route /<lang>/about reads the page whose slug is "about" (pages.server.ts).
import { and, asc, eq, inArray, ne, sql } from "drizzle-orm";
import type { FieldProblems } from "~/admin/form-validation.server";
import { slugify, uniqueSlug } from "~/domain/slug";
import type { SignedInUser } from "~/auth/permissions";
import { announceContentChange } from "~/content/changes.server";
import type { Database } from "~/db/client.server";
import { pages } from "~/db/schema";
import { recordAudit } from "./audit.server";
import { linkedPageSlugs } from "./pages.server";


export function isLinkedPage(page: { slug: string }): boolean {
  return linkedPageSlugs.includes(page.slug);
}

export async function listPages(db: Database, editions: string[]) {
  if (editions.length === 0) return [];
  return db
    .select({ id: pages.id, edition: pages.edition, slug: pages.slug, title: pages.title, updatedAt: pages.updatedAt })
    .from(pages)
    .where(inArray(pages.edition, editions))
    .orderBy(asc(pages.edition), asc(pages.slug));
}

export async function pageForEditing(db: Database, id: number) {
  const [page] = await db
    .select({ id: pages.id, edition: pages.edition, slug: pages.slug, title: pages.title, body: pages.body, updatedAt: pages.updatedAt })
    .from(pages)
    .where(eq(pages.id, id))
    .limit(1);
  return page;
}

type Executor = Pick<Database, "select">;

/**
 * Pages are served at /<lng>/<slug> (app/routes/$lang.$.tsx), after the site's own sections: a page
 * cannot take the address of one of them
 */
const sectionSlugs = new Set(["articles", "categories", "authors", "series", "media", "publications", "contact", "search", "feed.xml"]);

async function pageSlugTaken(db: Executor, edition: string, slug: string, exceptId: number | null): Promise<boolean> {
  if (sectionSlugs.has(slug)) return true;
  const conditions = [eq(pages.edition, edition), eq(pages.slug, slug)];
  if (exceptId !== null) conditions.push(ne(pages.id, exceptId));
  const rows = await db.select({ found: sql<number>`1` }).from(pages).where(and(...conditions)).limit(1);
  return rows.length > 0;
}

export interface PageEdit {
  edition: string;
  title: string;
  /** Empty: made from the title, unique in the edition */
  slug: string;
  body: string;
}

export type PageSaveResult = { ok: true; id: number } | { ok: false; problems: FieldProblems };

/** Creates (id null) or changes a page in one transaction with its audit record and the announcement to the page caches */
export async function savePage(db: Database, actor: Pick<SignedInUser, "id" | "email">, id: number | null, edit: PageEdit): Promise<PageSaveResult> {
  return db.transaction(async (tx): Promise<PageSaveResult> => {
    let slug = edit.slug;
    if (slug) {
      if (await pageSlugTaken(tx, edit.edition, slug, id)) return { ok: false, problems: { slug: { key: "slugTaken" } } };
    } else {
      slug = await uniqueSlug(slugify(edit.title), (candidate) => pageSlugTaken(tx, edit.edition, candidate, id));
    }
    let pageId = id;
    if (pageId === null) {
      const [created] = await tx
        .insert(pages)
        .values({ edition: edit.edition, slug, title: edit.title, body: edit.body })
        .returning({ id: pages.id });
      if (!created) throw new Error("Could not create the page");
      pageId = created.id;
    } else {
      await tx.update(pages).set({ slug, title: edit.title, body: edit.body, updatedAt: new Date() }).where(eq(pages.id, pageId));
    }
    await recordAudit(tx, actor, { action: id === null ? "create" : "update", entityType: "page", entityId: pageId, edition: edit.edition, summary: edit.title });
    await announceContentChange(tx, { edition: edit.edition, entityType: "page" });
    return { ok: true, id: pageId };
  });
}

export async function deletePage(db: Database, actor: Pick<SignedInUser, "id" | "email">, page: { id: number; edition: string; title: string }): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.delete(pages).where(eq(pages.id, page.id));
    await recordAudit(tx, actor, { action: "delete", entityType: "page", entityId: page.id, edition: page.edition, summary: page.title });
    await announceContentChange(tx, { edition: page.edition, entityType: "page" });
  });
}
