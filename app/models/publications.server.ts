// Queries for publications (books, newsletter issues, the Pars Brief), their tables of contents,
// and the stored PDF files they point to (kept in UPLOADS_DIR, served by routes/files.$name.ts).
import { open, type FileHandle } from "node:fs/promises";
import path from "node:path";
import { and, asc, desc, eq, sql } from "drizzle-orm";
import { getDb } from "~/db/database.server";
import { articles, publicationContents, publicationKinds, publicationOldSlugs, publications, type PublicationKind } from "~/db/schema";
import { getEnvironment } from "~/env.server";
import { isPublic } from "./visibility.server";

export const publicationPageSize = 12;

export function isPublicationKind(kind: string | undefined): kind is PublicationKind {
  return (publicationKinds as readonly string[]).includes(kind ?? "");
}

const summaryColumns = {
  id: publications.id,
  slug: publications.slug,
  title: publications.title,
  description: publications.description,
  issueNumber: publications.issueNumber,
  editionYear: publications.editionYear,
  language: publications.language,
  coverImage: publications.coverImage,
  coverAlt: publications.coverAlt,
  pdfPath: publications.pdfPath,
  pdfBytes: publications.pdfBytes,
  publishedAt: publications.publishedAt,
};

export interface PublicationSummary {
  id: number;
  slug: string;
  title: string;
  description: string;
  issueNumber: number | null;
  editionYear: number | null;
  /** Language code of the document itself */
  language: string;
  coverImage: string | null;
  coverAlt: string | null;
  /** File name inside UPLOADS_DIR */
  pdfPath: string;
  pdfBytes: number;
  publishedAt: Date;
}

export interface PublicationPage {
  publications: PublicationSummary[];
  page: number;
  pageCount: number;
  total: number;
}

export async function publicationListing(edition: string, kind: PublicationKind, page = 1): Promise<PublicationPage> {
  const db = await getDb();
  const where = and(eq(publications.edition, edition), eq(publications.kind, kind), isPublic(publications));
  const [rows, [totals]] = await Promise.all([
    db
      .select(summaryColumns)
      .from(publications)
      .where(where)
      .orderBy(desc(publications.publishedAt), desc(publications.id))
      .limit(publicationPageSize)
      .offset((page - 1) * publicationPageSize),
    db.select({ total: sql<number>`count(*)::int` }).from(publications).where(where),
  ]);
  const total = totals?.total ?? 0;
  return {
    publications: rows as PublicationSummary[],
    page,
    pageCount: Math.max(1, Math.ceil(total / publicationPageSize)),
    total,
  };
}

export interface ContentsEntry {
  position: number;
  title: string;
  /** The article this entry leads to, when there is one and readers can see it */
  article: { edition: string; slug: string } | null;
}

export interface Publication extends PublicationSummary {
  translationGroup: string;
  contents: ContentsEntry[];
}

/** The current slug of the visible publication that had `slug` before an editor changed it */
export async function publicationMovedTo(edition: string, kind: PublicationKind, slug: string): Promise<string | undefined> {
  const db = await getDb();
  const [moved] = await db
    .select({ slug: publications.slug })
    .from(publicationOldSlugs)
    .innerJoin(publications, eq(publications.id, publicationOldSlugs.publicationId))
    .where(
      and(eq(publicationOldSlugs.edition, edition), eq(publicationOldSlugs.kind, kind), eq(publicationOldSlugs.slug, slug), eq(publications.edition, edition), isPublic(publications)),
    )
    .limit(1);
  return moved?.slug;
}

export async function publicationBySlug(edition: string, kind: PublicationKind, slug: string): Promise<Publication | undefined> {
  const db = await getDb();
  const [publication] = await db
    .select({ ...summaryColumns, translationGroup: publications.translationGroup })
    .from(publications)
    .where(and(eq(publications.edition, edition), eq(publications.kind, kind), eq(publications.slug, slug), isPublic(publications)))
    .limit(1);
  if (!publication) return undefined;
  // Only a visible article gets a link: a draft or a scheduled one leaves a plain entry
  const contents = await db
    .select({
      position: publicationContents.position,
      title: publicationContents.title,
      articleEdition: articles.edition,
      articleSlug: articles.slug,
    })
    .from(publicationContents)
    .leftJoin(
      articles,
      and(eq(articles.id, publicationContents.articleId), isPublic(articles)),
    )
    .where(eq(publicationContents.publicationId, publication.id))
    .orderBy(asc(publicationContents.position));
  return {
    ...(publication as PublicationSummary & { translationGroup: string }),
    contents: contents.map(({ articleEdition, articleSlug, ...entry }) => ({
      ...entry,
      article: articleEdition !== null && articleSlug !== null ? { edition: articleEdition, slug: articleSlug } : null,
    })),
  };
}

export async function publicationTranslations(translationGroup: string, kind: PublicationKind) {
  const db = await getDb();
  return db
    .select({ edition: publications.edition, slug: publications.slug, title: publications.title })
    .from(publications)
    .where(and(eq(publications.translationGroup, translationGroup), eq(publications.kind, kind), isPublic(publications)));
}

// ---- Stored files ----

const fileTypes: Record<string, string> = { ".pdf": "application/pdf" };
/** One path segment of safe characters: no separators, no "..", no hidden files */
const fileNamePattern = /^[a-z0-9][a-z0-9._-]{0,199}$/i;

export interface StoredFile {
  handle: FileHandle;
  name: string;
  size: number;
  contentType: string;
  modifiedAt: Date;
}

/**
 * Opens a file of UPLOADS_DIR by its name for reading, or returns undefined when the name is not one
 * we serve (a path, "..", an unknown type) or no such file exists. The caller closes the handle.
 */
export async function openStoredFile(name: string): Promise<StoredFile | undefined> {
  const contentType = fileTypes[path.extname(name).toLowerCase()];
  if (!contentType || !fileNamePattern.test(name) || name.includes("..")) return undefined;
  const directory = path.resolve(getEnvironment().UPLOADS_DIR);
  const file = path.resolve(directory, name);
  if (path.dirname(file) !== directory) return undefined;
  let handle: FileHandle;
  try {
    handle = await open(file, "r");
  } catch {
    return undefined;
  }
  const stats = await handle.stat();
  if (!stats.isFile()) {
    await handle.close();
    return undefined;
  }
  return { handle, name, size: stats.size, contentType, modifiedAt: stats.mtime };
}
