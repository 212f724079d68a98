// Queries for media items: cartoons, news pictures, photo galleries and videos, each with ordered images.
// A listing is one query for the page plus one for the total; an item's images come in one more.
import { and, asc, desc, eq, sql } from "drizzle-orm";
import { getDb } from "~/db/database.server";
import { mediaImages, mediaItemOldSlugs, mediaItems, mediaKinds, type MediaKind } from "~/db/schema";
import { isPublic } from "./visibility.server";

export const mediaPageSize = 12;

export function isMediaKind(kind: string | undefined): kind is MediaKind {
  return (mediaKinds as readonly string[]).includes(kind ?? "");
}

export interface MediaImage {
  position: number;
  src: string;
  width: number | null;
  height: number | null;
  alt: string;
  caption: string;
}

export interface MediaSummary {
  id: number;
  slug: string;
  title: string;
  description: string;
  publishedAt: Date;
  videoDurationSeconds: number | null;
  imageCount: number;
  /** The first image: a cartoon, a news picture, a gallery's opening photo or a video's poster */
  leadImage: Pick<MediaImage, "src" | "alt" | "width" | "height"> | null;
}

export interface MediaPage {
  items: MediaSummary[];
  page: number;
  pageCount: number;
  total: number;
}

const firstPosition = sql`(select min(${mediaImages.position}) from ${mediaImages} where ${mediaImages.mediaItemId} = ${mediaItems.id})`;
const imageCount = sql<number>`(select count(*)::int from ${mediaImages} where ${mediaImages.mediaItemId} = ${mediaItems.id})`;

export async function mediaListing(edition: string, kind: MediaKind, page = 1): Promise<MediaPage> {
  const db = await getDb();
  const where = and(eq(mediaItems.edition, edition), eq(mediaItems.kind, kind), isPublic(mediaItems));
  const [rows, [totals]] = await Promise.all([
    db
      .select({
        id: mediaItems.id,
        slug: mediaItems.slug,
        title: mediaItems.title,
        description: mediaItems.description,
        publishedAt: mediaItems.publishedAt,
        videoDurationSeconds: mediaItems.videoDurationSeconds,
        imageCount,
        src: mediaImages.src,
        alt: mediaImages.alt,
        width: mediaImages.width,
        height: mediaImages.height,
      })
      .from(mediaItems)
      .leftJoin(mediaImages, and(eq(mediaImages.mediaItemId, mediaItems.id), eq(mediaImages.position, firstPosition)))
      .where(where)
      .orderBy(desc(mediaItems.publishedAt), desc(mediaItems.id))
      .limit(mediaPageSize)
      .offset((page - 1) * mediaPageSize),
    db.select({ total: sql<number>`count(*)::int` }).from(mediaItems).where(where),
  ]);
  const total = totals?.total ?? 0;
  return {
    items: rows.map(({ src, alt, width, height, publishedAt, ...item }) => ({
      ...item,
      publishedAt: publishedAt as Date,
      leadImage: src !== null && alt !== null ? { src, alt, width, height } : null,
    })),
    page,
    pageCount: Math.max(1, Math.ceil(total / mediaPageSize)),
    total,
  };
}

export interface MediaItem {
  id: number;
  kind: MediaKind;
  translationGroup: string;
  slug: string;
  title: string;
  description: string;
  publishedAt: Date;
  videoEmbedUrl: string | null;
  videoDurationSeconds: number | null;
  images: MediaImage[];
}

/** The current slug of the visible media item that had `slug` before an editor changed it */
export async function mediaItemMovedTo(edition: string, kind: MediaKind, slug: string): Promise<string | undefined> {
  const db = await getDb();
  const [moved] = await db
    .select({ slug: mediaItems.slug })
    .from(mediaItemOldSlugs)
    .innerJoin(mediaItems, eq(mediaItems.id, mediaItemOldSlugs.mediaItemId))
    .where(and(eq(mediaItemOldSlugs.edition, edition), eq(mediaItemOldSlugs.kind, kind), eq(mediaItemOldSlugs.slug, slug), eq(mediaItems.edition, edition), isPublic(mediaItems)))
    .limit(1);
  return moved?.slug;
}

export async function mediaItemBySlug(edition: string, kind: MediaKind, slug: string): Promise<MediaItem | undefined> {
  const db = await getDb();
  const [item] = await db
    .select({
      id: mediaItems.id,
      kind: mediaItems.kind,
      translationGroup: mediaItems.translationGroup,
      slug: mediaItems.slug,
      title: mediaItems.title,
      description: mediaItems.description,
      publishedAt: mediaItems.publishedAt,
      videoEmbedUrl: mediaItems.videoEmbedUrl,
      videoDurationSeconds: mediaItems.videoDurationSeconds,
    })
    .from(mediaItems)
    .where(and(eq(mediaItems.edition, edition), eq(mediaItems.kind, kind), eq(mediaItems.slug, slug), isPublic(mediaItems)))
    .limit(1);
  if (!item) return undefined;
  const images = await db
    .select({
      position: mediaImages.position,
      src: mediaImages.src,
      width: mediaImages.width,
      height: mediaImages.height,
      alt: mediaImages.alt,
      caption: mediaImages.caption,
    })
    .from(mediaImages)
    .where(eq(mediaImages.mediaItemId, item.id))
    .orderBy(asc(mediaImages.position));
  return { ...item, publishedAt: item.publishedAt as Date, images };
}

/** The editions in which the item's translation group has a visible item of the same kind, with their slugs */
export async function mediaItemTranslations(translationGroup: string, kind: MediaKind) {
  const db = await getDb();
  return db
    .select({ edition: mediaItems.edition, slug: mediaItems.slug, title: mediaItems.title })
    .from(mediaItems)
    .where(and(eq(mediaItems.translationGroup, translationGroup), eq(mediaItems.kind, kind), isPublic(mediaItems)));
}
