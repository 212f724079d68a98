// Categories, authors and series, as editors manage them: one row with an internal `key`, and one
// translation row per edition carrying its name (a series: its title), slug and description (an
// author: bio). The three have the same shape, so one module serves all of them through the table
// description below; only the column names differ.
import { and, asc, eq, isNotNull, ne, sql, type SQL } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import { uniqueSlug, slugify } from "~/domain/slug";
import type { SignedInUser } from "~/auth/permissions";
import { announceContentChange } from "~/content/changes.server";
import type { Database } from "~/db/client.server";
import {
  articles,
  authors,
  authorTranslations,
  categories,
  categoryTranslations,
  series,
  seriesTranslations,
} from "~/db/schema";
import { editionCodes } from "~/editions";
import { recordAudit } from "./audit.server";

export const taxonomyKinds = ["categories", "authors", "series"] as const;
export type TaxonomyKind = (typeof taxonomyKinds)[number];

export function isTaxonomyKind(value: string): value is TaxonomyKind {
  return (taxonomyKinds as readonly string[]).includes(value);
}

/** What an edition says about an item: its name (a series' title), slug and description (an author's bio) */
export interface TaxonomyTranslation {
  name: string;
  slug: string;
  text: string;
}

interface TaxonomyTables {
  /** The audit log's and the content-change announcement's word for one item */
  entityType: "category" | "author" | "series";
  owner: PgTable;
  ownerKey: PgColumn;
  ownerIdColumn: PgColumn;
  translations: PgTable;
  translationOwnerId: PgColumn;
  edition: PgColumn;
  name: PgColumn;
  slug: PgColumn;
  text: PgColumn;
  /** The article column pointing at the item */
  articleReference: PgColumn;
  /** A translation row as drizzle's insert wants it (its property names differ per table) */
  translationRow(ownerId: number, edition: string, translation: TaxonomyTranslation): Record<string, unknown>;
}

const tables: Record<TaxonomyKind, TaxonomyTables> = {
  categories: {
    entityType: "category",
    owner: categories,
    ownerKey: categories.key,
    ownerIdColumn: categories.id,
    translations: categoryTranslations,
    translationOwnerId: categoryTranslations.categoryId,
    edition: categoryTranslations.edition,
    name: categoryTranslations.name,
    slug: categoryTranslations.slug,
    text: categoryTranslations.description,
    articleReference: articles.categoryId,
    translationRow: (categoryId, edition, { name, slug, text }) => ({ categoryId, edition, name, slug, description: text }),
  },
  authors: {
    entityType: "author",
    owner: authors,
    ownerKey: authors.key,
    ownerIdColumn: authors.id,
    translations: authorTranslations,
    translationOwnerId: authorTranslations.authorId,
    edition: authorTranslations.edition,
    name: authorTranslations.name,
    slug: authorTranslations.slug,
    text: authorTranslations.bio,
    articleReference: articles.authorId,
    translationRow: (authorId, edition, { name, slug, text }) => ({ authorId, edition, name, slug, bio: text }),
  },
  series: {
    entityType: "series",
    owner: series,
    ownerKey: series.key,
    ownerIdColumn: series.id,
    translations: seriesTranslations,
    translationOwnerId: seriesTranslations.seriesId,
    edition: seriesTranslations.edition,
    name: seriesTranslations.title,
    slug: seriesTranslations.slug,
    text: seriesTranslations.description,
    articleReference: articles.seriesId,
    translationRow: (seriesId, edition, { name, slug, text }) => ({ seriesId, edition, title: name, slug, description: text }),
  },
};

export function taxonomyEntityType(kind: TaxonomyKind): TaxonomyTables["entityType"] {
  return tables[kind].entityType;
}

/** Executors: the database or a transaction */
type Executor = Pick<Database, "select" | "insert" | "update" | "delete" | "execute">;

async function translationRows(db: Executor, kind: TaxonomyKind, where?: SQL) {
  const table = tables[kind];
  return db
    .select({
      ownerId: sql<number>`${table.translationOwnerId}`,
      edition: sql<string>`${table.edition}`,
      name: sql<string>`${table.name}`,
      slug: sql<string>`${table.slug}`,
      text: sql<string>`${table.text}`,
    })
    .from(table.translations)
    .where(where);
}

/** Articles using each item, in every edition and whatever their status (drafts hold on to it too) */
async function articleCounts(db: Executor, kind: TaxonomyKind, ownerId?: number): Promise<Map<number, number>> {
  const reference = tables[kind].articleReference;
  const rows = await db
    .select({ ownerId: sql<number>`${reference}`, count: sql<number>`count(*)::int` })
    .from(articles)
    .where(ownerId === undefined ? isNotNull(reference) : eq(reference, ownerId))
    .groupBy(reference);
  return new Map(rows.map((row) => [row.ownerId, row.count]));
}

export interface TaxonomyListItem {
  id: number;
  key: string;
  /** Per edition code; an edition without a translation yet is absent */
  translations: Record<string, { name: string; slug: string }>;
  articleCount: number;
}

/** Every item of a kind, by key, with its names in every edition and how many articles use it */
export async function listTaxonomy(db: Database, kind: TaxonomyKind): Promise<TaxonomyListItem[]> {
  const table = tables[kind];
  const [owners, translations, counts] = await Promise.all([
    db
      .select({ id: sql<number>`${table.ownerIdColumn}`, key: sql<string>`${table.ownerKey}` })
      .from(table.owner)
      .orderBy(asc(table.ownerKey)),
    translationRows(db, kind),
    articleCounts(db, kind),
  ]);
  const byOwner = new Map<number, TaxonomyListItem["translations"]>();
  for (const row of translations) {
    const names = byOwner.get(row.ownerId) ?? {};
    names[row.edition] = { name: row.name, slug: row.slug };
    byOwner.set(row.ownerId, names);
  }
  return owners.map((owner) => ({
    id: owner.id,
    key: owner.key,
    translations: byOwner.get(owner.id) ?? {},
    articleCount: counts.get(owner.id) ?? 0,
  }));
}

export interface TaxonomyItem {
  id: number;
  key: string;
  translations: Record<string, TaxonomyTranslation>;
  articleCount: number;
}

export async function taxonomyItem(db: Executor, kind: TaxonomyKind, id: number): Promise<TaxonomyItem | undefined> {
  const table = tables[kind];
  const [owner] = await db
    .select({ id: sql<number>`${table.ownerIdColumn}`, key: sql<string>`${table.ownerKey}` })
    .from(table.owner)
    .where(eq(table.ownerIdColumn, id))
    .limit(1);
  if (!owner) return undefined;
  const [rows, counts] = await Promise.all([translationRows(db, kind, eq(table.translationOwnerId, id)), articleCounts(db, kind, id)]);
  return {
    ...owner,
    translations: Object.fromEntries(rows.map((row) => [row.edition, { name: row.name, slug: row.slug, text: row.text }])),
    articleCount: counts.get(id) ?? 0,
  };
}

async function slugTaken(db: Executor, kind: TaxonomyKind, edition: string, slug: string, exceptOwnerId: number | null): Promise<boolean> {
  const table = tables[kind];
  const conditions = [eq(table.edition, edition), eq(table.slug, slug)];
  if (exceptOwnerId !== null) conditions.push(ne(table.translationOwnerId, exceptOwnerId));
  const rows = await db.select({ found: sql<number>`1` }).from(table.translations).where(and(...conditions)).limit(1);
  return rows.length > 0;
}

async function keyTaken(db: Executor, kind: TaxonomyKind, key: string): Promise<boolean> {
  const table = tables[kind];
  const rows = await db.select({ found: sql<number>`1` }).from(table.owner).where(eq(table.ownerKey, key)).limit(1);
  return rows.length > 0;
}

/**
 * The internal key of a new item: from its English name when it has one (keys read best in Latin
 * letters), else from its first name in edition order; made unique among the kind's keys
 */
export function keyBase(translations: Record<string, TaxonomyTranslation>): string {
  const name = translations.en?.name ?? editionCodes.map((code) => translations[code]?.name).find(Boolean) ?? "";
  return slugify(name);
}

/** What the editor typed for one edition */
export interface TaxonomyEdit {
  edition: string;
  name: string;
  /** Empty: made from the name, unique in the edition */
  slug: string;
  text: string;
}

/** takenSlugs: the editions whose typed slug another item has */
export type TaxonomySaveResult = { ok: true; id: number } | { ok: false; takenSlugs: string[] } | { ok: false; notFound: true };

/**
 * Creates the item (id null) or changes it, writing only the editions in `edits` (the caller has
 * checked the editor may manage each) and of those only the ones that changed. One transaction with
 * its audit records and the announcements to the page caches; nothing is written when a slug is taken.
 */
export async function saveTaxonomyItem(
  db: Database,
  kind: TaxonomyKind,
  actor: Pick<SignedInUser, "id" | "email">,
  id: number | null,
  edits: TaxonomyEdit[],
): Promise<TaxonomySaveResult> {
  const table = tables[kind];
  return db.transaction(async (tx): Promise<TaxonomySaveResult> => {
    const existing = id === null ? undefined : await taxonomyItem(tx, kind, id);
    if (id !== null && !existing) return { ok: false, notFound: true };

    const takenSlugs: string[] = [];
    const changes: { edition: string; translation: TaxonomyTranslation; isNew: boolean }[] = [];
    for (const edit of edits) {
      const before = existing?.translations[edit.edition];
      let slug = edit.slug;
      if (slug) {
        if (await slugTaken(tx, kind, edit.edition, slug, id)) takenSlugs.push(edit.edition);
      } else {
        slug = await uniqueSlug(slugify(edit.name), (candidate) => slugTaken(tx, kind, edit.edition, candidate, id));
      }
      const translation = { name: edit.name, slug, text: edit.text };
      if (before && before.name === translation.name && before.slug === translation.slug && before.text === translation.text) continue;
      changes.push({ edition: edit.edition, translation, isNew: !before });
    }
    if (takenSlugs.length > 0) return { ok: false, takenSlugs };

    let ownerId = id;
    if (ownerId === null) {
      const named = Object.fromEntries(changes.map((change) => [change.edition, change.translation]));
      const key = await uniqueSlug(keyBase(named), (candidate) => keyTaken(tx, kind, candidate));
      const [created] = await tx.insert(table.owner).values({ key }).returning({ id: sql<number>`${table.ownerIdColumn}` });
      if (!created) throw new Error(`Could not create a ${table.entityType}`);
      ownerId = Number(created.id);
      await recordAudit(tx, actor, { action: "create", entityType: table.entityType, entityId: ownerId, summary: key });
    }

    for (const change of changes) {
      const row = table.translationRow(ownerId, change.edition, change.translation);
      if (change.isNew) await tx.insert(table.translations).values(row);
      else
        await tx
          .update(table.translations)
          .set(row)
          .where(and(eq(table.translationOwnerId, ownerId), eq(table.edition, change.edition)));
      if (id !== null) {
        await recordAudit(tx, actor, {
          action: change.isNew ? "translate" : "update",
          entityType: table.entityType,
          entityId: ownerId,
          edition: change.edition,
          summary: change.translation.name,
        });
      }
      // Every page of the edition may show the name (article labels, menus, listings)
      await announceContentChange(tx, { edition: change.edition, entityType: table.entityType });
    }
    return { ok: true, id: ownerId };
  });
}

export type TaxonomyDeleteResult = { outcome: "deleted" } | { outcome: "inUse"; articleCount: number } | { outcome: "notFound" };

/**
 * Deletes an item no article uses. The item's row is locked first, so an article saved meanwhile
 * cannot start using it between the count and the deletion (the foreign key check waits for the lock,
 * then fails): a series, whose articles would otherwise silently lose it (ON DELETE SET NULL), is kept too.
 */
export async function deleteTaxonomyItem(
  db: Database,
  kind: TaxonomyKind,
  actor: Pick<SignedInUser, "id" | "email">,
  id: number,
): Promise<TaxonomyDeleteResult> {
  const table = tables[kind];
  return db.transaction(async (tx): Promise<TaxonomyDeleteResult> => {
    const locked = await tx
      .select({ key: sql<string>`${table.ownerKey}` })
      .from(table.owner)
      .where(eq(table.ownerIdColumn, id))
      .for("update");
    const owner = locked[0];
    if (!owner) return { outcome: "notFound" };
    const articleCount = (await articleCounts(tx, kind, id)).get(id) ?? 0;
    if (articleCount > 0) return { outcome: "inUse", articleCount };
    // The translations go with it (ON DELETE CASCADE)
    await tx.delete(table.owner).where(eq(table.ownerIdColumn, id));
    await recordAudit(tx, actor, { action: "delete", entityType: table.entityType, entityId: id, summary: owner.key });
    await announceContentChange(tx, { edition: null, entityType: table.entityType });
    return { outcome: "deleted" };
  });
}
