// The upload library: what editors have uploaded, newest first, and the uploads that media items and
// publications pick from.
import { and, desc, eq, inArray, isNotNull, sql } from "drizzle-orm";
import { getDb } from "~/db/database.server";
import { articles, mediaImages, publications, uploads, users, type UploadKind } from "~/db/schema";
import { uploadedImageUrl } from "./image-urls";
import type { StoredUpload } from "./store.server";

export const libraryPageSize = 24;

export interface LibraryEntry extends StoredUpload {
  createdAt: Date;
  uploaderEmail: string | null;
}

const entryColumns = {
  id: uploads.id,
  kind: uploads.kind,
  storageKey: uploads.storageKey,
  originalName: uploads.originalName,
  mimeType: uploads.mimeType,
  bytes: uploads.bytes,
  width: uploads.width,
  height: uploads.height,
  widths: uploads.widths,
  createdAt: uploads.createdAt,
  uploaderEmail: users.email,
};

export async function listUploads({ kind, page }: { kind?: UploadKind; page: number }) {
  const db = await getDb();
  const where = kind ? eq(uploads.kind, kind) : undefined;
  const [rows, [totals]] = await Promise.all([
    db
      .select(entryColumns)
      .from(uploads)
      .leftJoin(users, eq(users.id, uploads.uploadedBy))
      .where(where)
      .orderBy(desc(uploads.createdAt), desc(uploads.id))
      .limit(libraryPageSize)
      .offset((page - 1) * libraryPageSize),
    db.select({ total: sql<number>`count(*)::int` }).from(uploads).where(where),
  ]);
  const total = totals?.total ?? 0;
  return { entries: rows as LibraryEntry[], total, page, pageCount: Math.max(1, Math.ceil(total / libraryPageSize)) };
}

/** The newest uploads of one kind, for the pickers of the media and publication forms */
export async function recentUploads(kind: UploadKind, limit = 30): Promise<LibraryEntry[]> {
  const db = await getDb();
  const rows = await db
    .select(entryColumns)
    .from(uploads)
    .leftJoin(users, eq(users.id, uploads.uploadedBy))
    .where(eq(uploads.kind, kind))
    .orderBy(desc(uploads.createdAt), desc(uploads.id))
    .limit(limit);
  return rows as LibraryEntry[];
}

export async function uploadById(id: number, kind?: UploadKind): Promise<StoredUpload | undefined> {
  if (!Number.isSafeInteger(id) || id <= 0) return undefined;
  const db = await getDb();
  const [row] = await db
    .select()
    .from(uploads)
    .where(kind ? and(eq(uploads.id, id), eq(uploads.kind, kind)) : eq(uploads.id, id))
    .limit(1);
  return row;
}

export async function uploadByStorageKey(storageKey: string): Promise<StoredUpload | undefined> {
  const db = await getDb();
  const [row] = await db.select().from(uploads).where(eq(uploads.storageKey, storageKey)).limit(1);
  return row;
}

/** What a page stores for an uploaded image: its largest copy's address and that copy's dimensions */
export function pageImageOf(upload: Pick<StoredUpload, "storageKey" | "width" | "height" | "widths">): { src: string; width: number | null; height: number | null } {
  const largest = Math.max(...upload.widths);
  const height = upload.width && upload.height ? Math.round((upload.height * largest) / upload.width) : null;
  return { src: uploadedImageUrl(upload.storageKey, largest), width: largest, height };
}

/** The narrowest copy, for thumbnails in the editorial screens */
export function thumbnailOf(upload: Pick<StoredUpload, "storageKey" | "widths">): string | null {
  return upload.widths.length > 0 ? uploadedImageUrl(upload.storageKey, Math.min(...upload.widths)) : null;
}

/**
 * The alt text each image already has where it is used (a gallery photo, an article's or a
 * publication's cover), by its stored address; uploads themselves have none, each use gives its own
 */
export async function altTextsOf(srcs: string[]): Promise<Map<string, string>> {
  const known = new Map<string, string>();
  if (srcs.length === 0) return known;
  const db = await getDb();
  const uses = await Promise.all([
    db.select({ src: mediaImages.src, alt: mediaImages.alt }).from(mediaImages).where(inArray(mediaImages.src, srcs)),
    db
      .select({ src: articles.coverImage, alt: articles.coverAlt })
      .from(articles)
      .where(and(inArray(articles.coverImage, srcs), isNotNull(articles.coverAlt))),
    db
      .select({ src: publications.coverImage, alt: publications.coverAlt })
      .from(publications)
      .where(and(inArray(publications.coverImage, srcs), isNotNull(publications.coverAlt))),
  ]);
  for (const { src, alt } of uses.flat()) if (src && alt && !known.has(src)) known.set(src, alt);
  return known;
}

