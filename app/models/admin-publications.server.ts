// Publications (books, newsletter issues, the Pars Brief) for the editorial screens: listing with filters,
// one publication, and every change in one transaction with its audit record and, when readers could
// see it, the announcement to the page cache.
import { randomUUID } from "node:crypto";
import { and, asc, count, desc, eq, inArray, ne, sql, type SQL } from "drizzle-orm";
import { auditActions, concernsReaders, type PublishState } from "~/domain/publish-state.server";
import type { SignedInUser } from "~/auth/permissions";
import { announceTranslatedChange } from "~/content/changes.server";
import type { Database } from "~/db/client.server";
import { publicationOldSlugs, publications, type ArticleStatus, type PublicationKind } from "~/db/schema";
import { addressLeftBehind } from "~/domain/slug";
import { recordAudit } from "./audit.server";
import type { TranslationCandidate } from "./admin-media.server";

type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];

export const adminPublicationPageSize = 25;

export interface PublicationListFilters {
  editions: string[];
  edition?: string;
  kind?: PublicationKind;
  status?: ArticleStatus;
  page: number;
}

export async function listPublications(db: Database, filters: PublicationListFilters) {
  if (filters.editions.length === 0) return { publications: [], total: 0, page: 1, pageCount: 1 };
  const conditions: SQL[] = [inArray(publications.edition, filters.editions)];
  if (filters.edition) conditions.push(eq(publications.edition, filters.edition));
  if (filters.kind) conditions.push(eq(publications.kind, filters.kind));
  if (filters.status) conditions.push(eq(publications.status, filters.status));
  const where = and(...conditions);
  const [rows, [totals]] = await Promise.all([
    db
      .select({
        id: publications.id,
        edition: publications.edition,
        kind: publications.kind,
        title: publications.title,
        issueNumber: publications.issueNumber,
        editionYear: publications.editionYear,
        coverImage: publications.coverImage,
        status: publications.status,
        updatedAt: publications.updatedAt,
      })
      .from(publications)
      .where(where)
      .orderBy(desc(publications.updatedAt), desc(publications.id))
      .limit(adminPublicationPageSize)
      .offset((filters.page - 1) * adminPublicationPageSize),
    db.select({ total: count() }).from(publications).where(where),
  ]);
  const total = totals?.total ?? 0;
  return { publications: rows, total, page: filters.page, pageCount: Math.max(1, Math.ceil(total / adminPublicationPageSize)) };
}

export interface PublicationForEditing {
  id: number;
  edition: string;
  kind: PublicationKind;
  translationGroup: string;
  slug: string;
  title: string;
  description: string;
  issueNumber: number | null;
  editionYear: number | null;
  language: string;
  coverImage: string | null;
  coverAlt: string | null;
  pdfPath: string;
  pdfBytes: number;
  status: ArticleStatus;
  publishedAt: Date | null;
  updatedAt: Date;
}

export async function publicationForEditing(db: Database, id: number): Promise<PublicationForEditing | undefined> {
  if (!Number.isSafeInteger(id) || id <= 0) return undefined;
  const [row] = await db.select().from(publications).where(eq(publications.id, id)).limit(1);
  if (!row) return undefined;
  const { createdAt: _createdAt, ...publication } = row;
  return publication;
}

/** Publications of `kind` in `editions` that one could be linked to as the same document in another edition */
export async function publicationTranslationCandidates(db: Database, kind: PublicationKind, editions: readonly string[], exceptId?: number): Promise<TranslationCandidate[]> {
  if (editions.length === 0) return [];
  const conditions: SQL[] = [eq(publications.kind, kind), inArray(publications.edition, [...editions])];
  if (exceptId !== undefined) conditions.push(ne(publications.id, exceptId));
  return db
    .select({ id: publications.id, edition: publications.edition, title: publications.title, slug: publications.slug, translationGroup: publications.translationGroup })
    .from(publications)
    .where(and(...conditions))
    .orderBy(asc(publications.edition), desc(publications.updatedAt))
    .limit(400);
}

export async function publicationGroupHasEdition(db: Database, translationGroup: string, edition: string, exceptId?: number): Promise<boolean> {
  const conditions: SQL[] = [eq(publications.translationGroup, translationGroup), eq(publications.edition, edition)];
  if (exceptId !== undefined) conditions.push(ne(publications.id, exceptId));
  const [row] = await db.select({ id: publications.id }).from(publications).where(and(...conditions)).limit(1);
  return row !== undefined;
}

export async function publicationSlugTaken(db: Database, edition: string, kind: PublicationKind, slug: string, exceptId?: number): Promise<boolean> {
  const conditions: SQL[] = [eq(publications.edition, edition), eq(publications.kind, kind), eq(publications.slug, slug)];
  if (exceptId !== undefined) conditions.push(ne(publications.id, exceptId));
  const [row] = await db.select({ id: publications.id }).from(publications).where(and(...conditions)).limit(1);
  return row !== undefined;
}

export interface PublicationInput extends PublishState {
  slug: string;
  title: string;
  description: string;
  issueNumber: number | null;
  editionYear: number | null;
  language: string;
  coverImage: string | null;
  coverAlt: string | null;
  /** Path under UPLOADS_DIR */
  pdfPath: string;
  pdfBytes: number;
  /** The group of the publication it is a translation of; null: a group of its own */
  translationGroup: string | null;
}

/** `groups`: the item's translation groups before and after the change */
async function announce(tx: Transaction, edition: string, before: PublishState | null, after: PublishState | null, groups: (string | null)[]) {
  if (concernsReaders(before, after)) await announceTranslatedChange(tx, publications, { edition, entityType: "publication", groups });
}

/**
 * Keeps a published publication's old address answering (a 301, see publicationMovedTo) when its slug
 * changes; the new address stops redirecting anywhere, as a live publication now has it
 */
async function recordSlugChange(
  tx: Transaction,
  edition: string,
  kind: PublicationKind,
  id: number,
  before: { slug: string; status: ArticleStatus } | null,
  slug: string,
) {
  await tx.delete(publicationOldSlugs).where(and(eq(publicationOldSlugs.edition, edition), eq(publicationOldSlugs.kind, kind), eq(publicationOldSlugs.slug, slug)));
  const oldSlug = addressLeftBehind(before, slug);
  if (oldSlug === null) return;
  await tx
    .insert(publicationOldSlugs)
    .values({ edition, kind, slug: oldSlug, publicationId: id })
    .onConflictDoUpdate({ target: [publicationOldSlugs.edition, publicationOldSlugs.kind, publicationOldSlugs.slug], set: { publicationId: id, createdAt: sql`now()` } });
}

export async function createPublication(db: Database, user: SignedInUser, edition: string, kind: PublicationKind, input: PublicationInput): Promise<number> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(publications)
      .values({ edition, kind, ...input, translationGroup: input.translationGroup ?? randomUUID() })
      .returning({ id: publications.id });
    const id = row!.id;
    await recordSlugChange(tx, edition, kind, id, null, input.slug);
    for (const action of auditActions(null, input)) {
      await recordAudit(tx, user, { action, entityType: "publication", entityId: id, edition, summary: input.title });
    }
    await announce(tx, edition, null, input, [input.translationGroup]);
    return id;
  });
}

export async function updatePublication(db: Database, user: SignedInUser, publication: PublicationForEditing, input: PublicationInput): Promise<void> {
  await db.transaction(async (tx) => {
    // Unlinked from its translations: a group of its own (a group it is alone in stays as it is)
    let translationGroup = input.translationGroup;
    if (translationGroup === null) {
      const [other] = await tx
        .select({ id: publications.id })
        .from(publications)
        .where(and(eq(publications.translationGroup, publication.translationGroup), ne(publications.id, publication.id)))
        .limit(1);
      translationGroup = other ? randomUUID() : publication.translationGroup;
    }
    await tx
      .update(publications)
      .set({ ...input, translationGroup, updatedAt: new Date() })
      .where(eq(publications.id, publication.id));
    await recordSlugChange(tx, publication.edition, publication.kind, publication.id, publication, input.slug);
    for (const action of auditActions(publication, input)) {
      await recordAudit(tx, user, { action, entityType: "publication", entityId: publication.id, edition: publication.edition, summary: input.title });
    }
    await announce(tx, publication.edition, publication, input, [publication.translationGroup, translationGroup]);
  });
}

/** Deletes the publication (its table of contents goes with it); its PDF stays in the upload library */
export async function deletePublication(db: Database, user: SignedInUser, publication: PublicationForEditing): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.delete(publications).where(eq(publications.id, publication.id));
    await recordAudit(tx, user, { action: "delete", entityType: "publication", entityId: publication.id, edition: publication.edition, summary: publication.title });
    await announce(tx, publication.edition, publication, null, [publication.translationGroup]);
  });
}
