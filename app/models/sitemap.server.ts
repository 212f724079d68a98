// Queries behind the sitemaps: an edition's visible articles with their translations, in parts of at most
// articlesPerSitemap, every category with its names in the other editions, and per edition how many parts
// and when it last changed.
import { and, eq, inArray, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { getDb } from "~/db/database.server";
import { articles, categoryTranslations } from "~/db/schema";
import { editionCodes } from "~/editions";
import { isPublic } from "./visibility.server";
import { newestFirst, newestVisibleIds, visibleInEdition } from "./articles.server";

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

/** Rows of a page joined to each of its versions, one per version: one entry per page, in the rows' order */
function withVersions<Row extends { id: number; versionEdition: string; versionSlug: string }, Entry>(
  rows: Row[],
  entryOf: (row: Row) => Entry,
): (Entry & { versions: LanguageVersion[] })[] {
  const byId = new Map<number, Entry & { versions: LanguageVersion[] }>();
  for (const row of rows) {
    let entry = byId.get(row.id);
    if (!entry) {
      entry = { ...entryOf(row), versions: [] };
      byId.set(row.id, entry);
    }
    entry.versions.push({ edition: row.versionEdition, slug: row.versionSlug });
  }
  return [...byId.values()];
}

/** Later of two timestamps, on the database so both drivers agree */
const lastModified = sql<Date>`greatest(${articles.updatedAt}, ${articles.publishedAt})`.mapWith(articles.updatedAt);

/**
 * Articles per sitemap file. The protocol allows 50,000 addresses and 50 MB per file; an entry here holds up
 * to five addresses (the article and its versions), each up to about 600 bytes when a long Arabic or Persian
 * slug is percent-encoded, so 10,000 entries stay under 50 MB whatever the slugs.
 */
export const articlesPerSitemap = 10_000;

/**
 * One part of an edition's visible articles, newest first (part 1 holds the newest `perPart`), each with
 * its translations: one query, whatever the part.
 */
export async function sitemapArticles(edition: string, part = 1, perPart = articlesPerSitemap): Promise<SitemapArticle[]> {
  const db = await getDb();
  // The part's ids off the newest-first index, as the listings pick a page's (newestVisibleIds)
  const inPart = newestVisibleIds(db, visibleInEdition(edition), perPart, (part - 1) * perPart);
  const translation = alias(articles, "translation");
  const rows = await db
    .select({
      id: articles.id,
      slug: articles.slug,
      lastModified,
      versionEdition: translation.edition,
      versionSlug: translation.slug,
    })
    .from(inPart)
    .innerJoin(articles, eq(articles.id, inPart.id))
    .innerJoin(
      translation,
      and(
        eq(translation.translationGroup, articles.translationGroup),
        inArray(translation.edition, [...editionCodes]),
        isPublic(translation),
      ),
    )
    .orderBy(...newestFirst, translation.edition);

  return withVersions(rows, (row) => ({ slug: row.slug, lastModified: row.lastModified }));
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

  return withVersions(rows, (row) => ({ slug: row.slug }));
}

export interface EditionSitemapFacts {
  /** How many sitemap files the edition's articles fill (at least one: the first also lists its other pages) */
  parts: number;
  /** When its visible content last changed */
  lastModified: Date;
}

/** Per edition with visible articles, its sitemap files and when it last changed (editions without any are absent) */
export async function editionSitemapFacts(perPart = articlesPerSitemap): Promise<Map<string, EditionSitemapFacts>> {
  const db = await getDb();
  const rows = await db
    .select({
      edition: articles.edition,
      visible: sql<number>`count(*)::int`,
      lastModified: sql<Date | null>`max(${lastModified})`.mapWith(articles.updatedAt),
    })
    .from(articles)
    .where(isPublic(articles))
    .groupBy(articles.edition);
  return new Map(
    rows.flatMap((row) =>
      row.lastModified ? [[row.edition, { parts: Math.max(1, Math.ceil(row.visible / perPart)), lastModified: row.lastModified }] as const] : [],
    ),
  );
}
