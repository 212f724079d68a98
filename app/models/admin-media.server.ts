// Media items (cartoons, news pictures, photo galleries, videos) for the editorial screens: listing with
// filters, one item with its images, and every change, each in one transaction with its audit record and,
// when readers could see it, the announcement to the page cache.
import { randomUUID } from "node:crypto";
import { and, asc, count, desc, eq, inArray, max, ne, sql, type SQL } from "drizzle-orm";
import { auditActions, concernsReaders, type PublishState } from "~/domain/publish-state.server";
import type { SignedInUser } from "~/auth/permissions";
import { announceTranslatedChange } from "~/content/changes.server";
import type { Database } from "~/db/client.server";
import { mediaImages, mediaItemOldSlugs, mediaItems, type ArticleStatus, type MediaKind } from "~/db/schema";
import { addressLeftBehind } from "~/domain/slug";
import { recordAudit } from "./audit.server";

type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];

export const adminMediaPageSize = 25;

export interface MediaListFilters {
  /** The editions the editor works on: nothing else is listed */
  editions: string[];
  edition?: string;
  kind?: MediaKind;
  status?: ArticleStatus;
  page: number;
}

const firstImage = sql<string | null>`(select ${mediaImages.src} from ${mediaImages} where ${mediaImages.mediaItemId} = ${mediaItems.id} order by ${mediaImages.position} limit 1)`;
const imageCount = sql<number>`(select count(*)::int from ${mediaImages} where ${mediaImages.mediaItemId} = ${mediaItems.id})`;

export async function listMediaItems(db: Database, filters: MediaListFilters) {
  if (filters.editions.length === 0) return { items: [], total: 0, page: 1, pageCount: 1 };
  const conditions: SQL[] = [inArray(mediaItems.edition, filters.editions)];
  if (filters.edition) conditions.push(eq(mediaItems.edition, filters.edition));
  if (filters.kind) conditions.push(eq(mediaItems.kind, filters.kind));
  if (filters.status) conditions.push(eq(mediaItems.status, filters.status));
  const where = and(...conditions);
  const [items, [totals]] = await Promise.all([
    db
      .select({
        id: mediaItems.id,
        edition: mediaItems.edition,
        kind: mediaItems.kind,
        slug: mediaItems.slug,
        title: mediaItems.title,
        status: mediaItems.status,
        publishedAt: mediaItems.publishedAt,
        updatedAt: mediaItems.updatedAt,
        firstImage,
        imageCount,
      })
      .from(mediaItems)
      .where(where)
      .orderBy(desc(mediaItems.updatedAt), desc(mediaItems.id))
      .limit(adminMediaPageSize)
      .offset((filters.page - 1) * adminMediaPageSize),
    db.select({ total: count() }).from(mediaItems).where(where),
  ]);
  const total = totals?.total ?? 0;
  return { items, total, page: filters.page, pageCount: Math.max(1, Math.ceil(total / adminMediaPageSize)) };
}

export interface MediaImageForEditing {
  id: number;
  position: number;
  src: string;
  width: number | null;
  height: number | null;
  alt: string;
  caption: string;
}

export interface MediaItemForEditing {
  id: number;
  edition: string;
  kind: MediaKind;
  translationGroup: string;
  slug: string;
  title: string;
  description: string;
  videoEmbedUrl: string | null;
  videoDurationSeconds: number | null;
  status: ArticleStatus;
  publishedAt: Date | null;
  updatedAt: Date;
  images: MediaImageForEditing[];
}

export async function mediaItemForEditing(db: Database, id: number): Promise<MediaItemForEditing | undefined> {
  if (!Number.isSafeInteger(id) || id <= 0) return undefined;
  const [item] = await db.select().from(mediaItems).where(eq(mediaItems.id, id)).limit(1);
  if (!item) return undefined;
  const images = await db
    .select({
      id: mediaImages.id,
      position: mediaImages.position,
      src: mediaImages.src,
      width: mediaImages.width,
      height: mediaImages.height,
      alt: mediaImages.alt,
      caption: mediaImages.caption,
    })
    .from(mediaImages)
    .where(eq(mediaImages.mediaItemId, id))
    .orderBy(asc(mediaImages.position));
  return {
    id: item.id,
    edition: item.edition,
    kind: item.kind,
    translationGroup: item.translationGroup,
    slug: item.slug,
    title: item.title,
    description: item.description,
    videoEmbedUrl: item.videoEmbedUrl,
    videoDurationSeconds: item.videoDurationSeconds,
    status: item.status,
    publishedAt: item.publishedAt,
    updatedAt: item.updatedAt,
    images,
  };
}

export interface TranslationCandidate {
  id: number;
  edition: string;
  title: string;
  slug: string;
  translationGroup: string;
}

/** Items of `kind` in `editions` that an item could be linked to as the same item in another edition */
export async function mediaTranslationCandidates(db: Database, kind: MediaKind, editions: string[], exceptId?: number): Promise<TranslationCandidate[]> {
  if (editions.length === 0) return [];
  const conditions: SQL[] = [eq(mediaItems.kind, kind), inArray(mediaItems.edition, editions)];
  if (exceptId !== undefined) conditions.push(ne(mediaItems.id, exceptId));
  return db
    .select({ id: mediaItems.id, edition: mediaItems.edition, title: mediaItems.title, slug: mediaItems.slug, translationGroup: mediaItems.translationGroup })
    .from(mediaItems)
    .where(and(...conditions))
    .orderBy(asc(mediaItems.edition), desc(mediaItems.updatedAt))
    .limit(400);
}

/** Whether another item of the translation group already is in `edition` */
export async function translationGroupHasEdition(db: Database, translationGroup: string, edition: string, exceptId?: number): Promise<boolean> {
  const conditions: SQL[] = [eq(mediaItems.translationGroup, translationGroup), eq(mediaItems.edition, edition)];
  if (exceptId !== undefined) conditions.push(ne(mediaItems.id, exceptId));
  const [row] = await db.select({ id: mediaItems.id }).from(mediaItems).where(and(...conditions)).limit(1);
  return row !== undefined;
}

export async function mediaSlugTaken(db: Database, edition: string, kind: MediaKind, slug: string, exceptId?: number): Promise<boolean> {
  const conditions: SQL[] = [eq(mediaItems.edition, edition), eq(mediaItems.kind, kind), eq(mediaItems.slug, slug)];
  if (exceptId !== undefined) conditions.push(ne(mediaItems.id, exceptId));
  const [row] = await db.select({ id: mediaItems.id }).from(mediaItems).where(and(...conditions)).limit(1);
  return row !== undefined;
}

/** The name of the unique index a failed write ran into (23505), if that is why it failed */
export function violatedUniqueIndex(error: unknown): string | undefined {
  for (let current: unknown = error; current && typeof current === "object"; current = (current as { cause?: unknown }).cause) {
    const candidate = current as { code?: unknown; constraint?: unknown; constraint_name?: unknown };
    if (candidate.code === "23505") return String(candidate.constraint_name ?? candidate.constraint ?? "");
  }
  return undefined;
}

export interface MediaItemInput extends PublishState {
  slug: string;
  title: string;
  description: string;
  videoEmbedUrl: string | null;
  videoDurationSeconds: number | null;
  /** The group of the item it is a translation of; null: a group of its own */
  translationGroup: string | null;
}

/** `groups`: the item's translation groups before and after the change */
async function announce(tx: Transaction, edition: string, before: PublishState | null, after: PublishState | null, groups: (string | null)[]) {
  if (concernsReaders(before, after)) await announceTranslatedChange(tx, mediaItems, { edition, entityType: "media", groups });
}

/**
 * Keeps a published item's old address answering (a 301, see mediaItemMovedTo) when its slug changes;
 * the new address stops redirecting anywhere, as a live item now has it
 */
async function recordSlugChange(tx: Transaction, edition: string, kind: MediaKind, id: number, before: { slug: string; status: ArticleStatus } | null, slug: string) {
  await tx.delete(mediaItemOldSlugs).where(and(eq(mediaItemOldSlugs.edition, edition), eq(mediaItemOldSlugs.kind, kind), eq(mediaItemOldSlugs.slug, slug)));
  const oldSlug = addressLeftBehind(before, slug);
  if (oldSlug === null) return;
  await tx
    .insert(mediaItemOldSlugs)
    .values({ edition, kind, slug: oldSlug, mediaItemId: id })
    .onConflictDoUpdate({ target: [mediaItemOldSlugs.edition, mediaItemOldSlugs.kind, mediaItemOldSlugs.slug], set: { mediaItemId: id, createdAt: sql`now()` } });
}

export async function createMediaItem(db: Database, user: SignedInUser, edition: string, kind: MediaKind, input: MediaItemInput): Promise<number> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(mediaItems)
      .values({ edition, kind, ...input, translationGroup: input.translationGroup ?? randomUUID() })
      .returning({ id: mediaItems.id });
    const id = row!.id;
    await recordSlugChange(tx, edition, kind, id, null, input.slug);
    for (const action of auditActions(null, input)) {
      await recordAudit(tx, user, { action, entityType: "media", entityId: id, edition, summary: input.title });
    }
    await announce(tx, edition, null, input, [input.translationGroup]);
    return id;
  });
}

export async function updateMediaItem(db: Database, user: SignedInUser, item: MediaItemForEditing, input: MediaItemInput): Promise<void> {
  await db.transaction(async (tx) => {
    // Unlinked from its translations: a group of its own (a group it is alone in stays as it is)
    let translationGroup = input.translationGroup;
    if (translationGroup === null) {
      const [other] = await tx
        .select({ id: mediaItems.id })
        .from(mediaItems)
        .where(and(eq(mediaItems.translationGroup, item.translationGroup), ne(mediaItems.id, item.id)))
        .limit(1);
      translationGroup = other ? randomUUID() : item.translationGroup;
    }
    await tx
      .update(mediaItems)
      .set({ ...input, translationGroup, updatedAt: new Date() })
      .where(eq(mediaItems.id, item.id));
    await recordSlugChange(tx, item.edition, item.kind, item.id, item, input.slug);
    for (const action of auditActions(item, input)) {
      await recordAudit(tx, user, { action, entityType: "media", entityId: item.id, edition: item.edition, summary: input.title });
    }
    await announce(tx, item.edition, item, input, [item.translationGroup, translationGroup]);
  });
}

export async function deleteMediaItem(db: Database, user: SignedInUser, item: MediaItemForEditing): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.delete(mediaItems).where(eq(mediaItems.id, item.id));
    await recordAudit(tx, user, { action: "delete", entityType: "media", entityId: item.id, edition: item.edition, summary: item.title });
    await announce(tx, item.edition, item, null, [item.translationGroup]);
  });
}

// ---- The images of an item ----

/** Every image change also marks the item as changed (the listing shows what was edited last) */
async function touchItem(tx: Transaction, user: SignedInUser, item: MediaItemForEditing, action: string, summary: string) {
  await tx.update(mediaItems).set({ updatedAt: new Date() }).where(eq(mediaItems.id, item.id));
  await recordAudit(tx, user, { action, entityType: "media", entityId: item.id, edition: item.edition, summary: `${item.title}: ${summary}`.slice(0, 300) });
  await announce(tx, item.edition, item, item, [item.translationGroup]);
}

export interface MediaImageInput {
  src: string;
  width: number | null;
  height: number | null;
  alt: string;
  caption: string;
}

/** Adds an image after the item's last one */
export async function addMediaImage(db: Database, user: SignedInUser, item: MediaItemForEditing, image: MediaImageInput): Promise<void> {
  await db.transaction(async (tx) => {
    const [last] = await tx.select({ position: max(mediaImages.position) }).from(mediaImages).where(eq(mediaImages.mediaItemId, item.id));
    await tx.insert(mediaImages).values({ mediaItemId: item.id, position: (last?.position ?? 0) + 1, ...image });
    await touchItem(tx, user, item, "update", image.alt);
  });
}

export async function updateMediaImage(db: Database, user: SignedInUser, item: MediaItemForEditing, imageId: number, text: { alt: string; caption: string }): Promise<boolean> {
  return db.transaction(async (tx) => {
    const updated = await tx
      .update(mediaImages)
      .set(text)
      .where(and(eq(mediaImages.id, imageId), eq(mediaImages.mediaItemId, item.id)))
      .returning({ id: mediaImages.id });
    if (updated.length === 0) return false;
    await touchItem(tx, user, item, "update", text.alt);
    return true;
  });
}

export async function removeMediaImage(db: Database, user: SignedInUser, item: MediaItemForEditing, imageId: number): Promise<boolean> {
  return db.transaction(async (tx) => {
    const removed = await tx
      .delete(mediaImages)
      .where(and(eq(mediaImages.id, imageId), eq(mediaImages.mediaItemId, item.id)))
      .returning({ alt: mediaImages.alt });
    if (removed.length === 0) return false;
    await touchItem(tx, user, item, "update", removed[0]!.alt);
    return true;
  });
}

/**
 * Swaps an image with its neighbour before ("up") or after ("down"). Positions are unique per item
 * (media_images_item_position), so the image waits at a temporary position (minus its id: unique, and
 * never a real position) while the neighbour takes its place. Row locks keep two swaps from crossing.
 */
export async function moveMediaImage(db: Database, user: SignedInUser, item: MediaItemForEditing, imageId: number, direction: "up" | "down"): Promise<boolean> {
  return db.transaction(async (tx) => {
    const locked = await tx
      .select({ id: mediaImages.id, position: mediaImages.position, alt: mediaImages.alt })
      .from(mediaImages)
      .where(eq(mediaImages.mediaItemId, item.id))
      .for("update");
    // Sorted here: a row that waited for another swap's lock comes back with its new position, but
    // PostgreSQL does not sort again after the wait
    const images = locked.sort((a, b) => a.position - b.position);
    const index = images.findIndex((image) => image.id === imageId);
    const neighbour = images[direction === "up" ? index - 1 : index + 1];
    const image = images[index];
    if (!image || !neighbour) return false;
    await tx.update(mediaImages).set({ position: -image.id }).where(eq(mediaImages.id, image.id));
    await tx.update(mediaImages).set({ position: image.position }).where(eq(mediaImages.id, neighbour.id));
    await tx.update(mediaImages).set({ position: neighbour.position }).where(eq(mediaImages.id, image.id));
    await touchItem(tx, user, item, "reorder", image.alt);
    return true;
  });
}
