import { and, eq } from "drizzle-orm";
import { getDb } from "~/db/database.server";
import { pages } from "~/db/schema";

/**
 * Slugs the site itself links to (the menu's "About us", the footer's accessibility statement): their pages
 * keep their slug and cannot be deleted, and every edition has one
 */
export const linkedPageSlugs: readonly string[] = ["about", "accessibility"];

/** A static page of an edition (the about page): title and Markdown body */
export async function pageBySlug(edition: string, slug: string) {
  const db = await getDb();
  const [page] = await db
    .select({ title: pages.title, body: pages.body, updatedAt: pages.updatedAt })
    .from(pages)
    .where(and(eq(pages.edition, edition), eq(pages.slug, slug)))
    .limit(1);
  return page;
}
