// Queries behind the sitemaps: every visible article of an edition with its translations, every
// category with its names in the other editions, and when each edition last changed.
import { and, desc, eq, inArray, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { getDb } from "~/db/database.server";
import { articles, categoryTranslations } from "~/db/schema";
import { editionCodes } from "~/editions";
import { isPublic } from "./visibility.server";
import { visibleInEdition } from "./articles.server";

/** The same page in one edition */
export interface LanguageVersion {
  edition: string;
  slug: string;
}

export interface SitemapArticle {
  slug: string;
  /** The later of its last edit and its publish time (a scheduled article appears when it goes live) */
  lastModified: Date;
  /** Every visible version in a configured edition, this one included */
  versions: LanguageVersion[];
}

export interface SitemapCategory {
  slug: string;
  versions: LanguageVersion[];
}

/** Later of two timestamps, on the database so both drivers agree */
const lastModified = sql<Date>`greatest(${articles.updatedAt}, ${articles.publishedAt})`.mapWith(articles.updatedAt);

/** Every visible article of an edition, newest first, each with its translations: one query, however many articles */
export async function sitemapArticles(edition: string): Promise<SitemapArticle[]> {
  const db = await getDb();
  const translation = alias(articles, "translation");
  const rows = await db
    .select({
      id: articles.id,
      slug: articles.slug,
      lastModified,
      versionEdition: translation.edition,
      versionSlug: translation.slug,
    })
    .from(articles)
    .innerJoin(
      translation,
      and(
        eq(translation.translationGroup, articles.translationGroup),
        inArray(translation.edition, [...editionCodes]),
        isPublic(translation),
      ),
    )
    .where(visibleInEdition(edition))
    .orderBy(desc(articles.publishedAt), desc(articles.id), translation.edition);

  const byId = new Map<number, SitemapArticle>();
  for (const row of rows) {
    let article = byId.get(row.id);
    if (!article) {
      article = { slug: row.slug, lastModified: row.lastModified, versions: [] };
      byId.set(row.id, article);
    }
    article.versions.push({ edition: row.versionEdition, slug: row.versionSlug });
  }
  return [...byId.values()];
}

/** Every category of an edition with its slug in each configured edition: one query */
export async function sitemapCategories(edition: string): Promise<SitemapCategory[]> {
  const db = await getDb();
  const other = alias(categoryTranslations, "other");
  const rows = await db
    .select({
      id: categoryTranslations.categoryId,
      slug: categoryTranslations.slug,
      versionEdition: other.edition,
      versionSlug: other.slug,
    })
    .from(categoryTranslations)
    .innerJoin(other, and(eq(other.categoryId, categoryTranslations.categoryId), inArray(other.edition, [...editionCodes])))
    .where(eq(categoryTranslations.edition, edition))
    .orderBy(categoryTranslations.categoryId, other.edition);

  const byId = new Map<number, SitemapCategory>();
  for (const row of rows) {
    let category = byId.get(row.id);
    if (!category) {
      category = { slug: row.slug, versions: [] };
      byId.set(row.id, category);
    }
    category.versions.push({ edition: row.versionEdition, slug: row.versionSlug });
  }
  return [...byId.values()];
}

/** When each edition's visible content last changed (editions without any are absent) */
export async function editionsLastModified(): Promise<Map<string, Date>> {
  const db = await getDb();
  const rows = await db
    .select({ edition: articles.edition, lastModified: sql<Date | null>`max(${lastModified})`.mapWith(articles.updatedAt) })
    .from(articles)
    .where(isPublic(articles))
    .groupBy(articles.edition);
  return new Map(rows.flatMap((row) => (row.lastModified ? [[row.edition, row.lastModified] as const] : [])));
}
