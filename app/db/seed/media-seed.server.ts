// Demo media (cartoons, news pictures, galleries, videos) and publications (books, newsletter, Pars Brief)
// for a fresh database. Runs inside seedDemoContent's transaction, after the articles, so that a
// publication's table of contents can link to them. Each publication gets a small real PDF, generated
// here and written to UPLOADS_DIR, whose name carries a hash of its bytes (so it can be cached forever).
import { createHash } from "node:crypto";
import { mkdir, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { eq } from "drizzle-orm";
import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from "pdf-lib";
import { getEnvironment } from "../../env.server";
import type { Database } from "../client.server";
import { articles, mediaImages, mediaItems, publicationContents, publications, type MediaKind, type PublicationKind } from "../schema";
import { mediaContent } from "./media-content";
import type { EditionMediaContent, SeedMediaImage, SeedPdfText, SeedPublication } from "./media-content/types";
import { stableUuid } from "./stable-uuid";

type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];

export interface MediaSeedOptions {
  /** Editions to seed (those present in `content`); the articles of these editions must already be in */
  editions: string[];
  now: Date;
  content?: Record<string, EditionMediaContent>;
  /** Defaults to UPLOADS_DIR */
  uploadsDir?: string;
}

const hour = 3_600_000;
/** The demo illustrations are all drawn at 16:9 */
const demoImageSize = { width: 1200, height: 675 };
const imageKinds = ["cartoons", "newspics", "photos"] as const satisfies readonly MediaKind[];
const documentKinds = ["books", "newsletter", "pars-brief"] as const satisfies readonly PublicationKind[];

function imageRow(mediaItemId: number, image: SeedMediaImage, index: number) {
  return {
    mediaItemId,
    position: index + 1,
    src: `/images/demo/${image.image}.svg`,
    ...demoImageSize,
    alt: image.alt,
    caption: image.caption,
  };
}

export async function seedMediaAndPublications(tx: Transaction, options: MediaSeedOptions): Promise<void> {
  const content = options.content ?? mediaContent;
  const uploadsDir = path.resolve(options.uploadsDir ?? getEnvironment().UPLOADS_DIR);
  await mkdir(uploadsDir, { recursive: true });

  for (const edition of options.editions) {
    const editionContent = content[edition];
    if (!editionContent) continue;
    const publishedAt = (hoursAgo: number) => new Date(options.now.getTime() - hoursAgo * hour);
    const dated = (hoursAgo: number) => ({ status: "published" as const, publishedAt: publishedAt(hoursAgo), createdAt: publishedAt(hoursAgo), updatedAt: publishedAt(hoursAgo) });
    const group = (kind: string, key: string | undefined, slug: string) => stableUuid(`${kind}/${key ?? `${edition}/${slug}`}`);

    for (const kind of imageKinds) {
      for (const post of editionContent[kind]) {
        const [item] = await tx
          .insert(mediaItems)
          .values({
            edition,
            kind,
            translationGroup: group(kind, post.translationKey, post.slug),
            slug: post.slug.normalize("NFC"),
            title: post.title,
            description: post.description,
            ...dated(post.hoursAgo),
          })
          .returning({ id: mediaItems.id });
        await tx.insert(mediaImages).values(post.images.map((image, index) => imageRow(item!.id, image, index)));
      }
    }

    for (const video of editionContent.videos) {
      const [item] = await tx
        .insert(mediaItems)
        .values({
          edition,
          kind: "videos",
          translationGroup: group("videos", video.translationKey, video.slug),
          slug: video.slug.normalize("NFC"),
          title: video.title,
          description: video.description,
          videoEmbedUrl: video.embedUrl,
          videoDurationSeconds: video.durationSeconds,
          ...dated(video.hoursAgo),
        })
        .returning({ id: mediaItems.id });
      await tx.insert(mediaImages).values(imageRow(item!.id, video.poster, 0));
    }

    // Tables of contents link to articles of the same edition by slug; an unknown slug stays a plain entry
    const articleIds = new Map(
      (await tx.select({ id: articles.id, slug: articles.slug }).from(articles).where(eq(articles.edition, edition))).map(
        (article) => [article.slug, article.id],
      ),
    );
    for (const kind of documentKinds) {
      for (const publication of editionContent[kind]) {
        // A book is listed by the year of its edition, taken from its publication date
        const editionYear = kind === "books" ? publishedAt(publication.hoursAgo).getUTCFullYear() : null;
        const baseName = `horizon-watch-${edition}-${kind}-${publication.issueNumber ?? editionYear}`;
        const file = await writePdf(uploadsDir, baseName, publication.pdf, publication.language);
        const [row] = await tx
          .insert(publications)
          .values({
            edition,
            kind,
            translationGroup: group(kind, publication.translationKey, publication.slug),
            slug: publication.slug.normalize("NFC"),
            title: publication.title,
            description: publication.description,
            issueNumber: publication.issueNumber ?? null,
            editionYear,
            language: publication.language,
            coverImage: `/images/demo/${publication.cover.image}.svg`,
            coverAlt: publication.cover.alt,
            pdfPath: file.name,
            pdfBytes: file.bytes,
            ...dated(publication.hoursAgo),
          })
          .returning({ id: publications.id });
        await tx.insert(publicationContents).values(contentsRows(row!.id, publication, articleIds));
      }
    }
  }
}

function contentsRows(publicationId: number, publication: SeedPublication, articleIds: Map<string, number>) {
  return publication.contents.map((entry, index) => ({
    publicationId,
    position: index + 1,
    title: entry.title,
    articleId: entry.articleSlug ? (articleIds.get(entry.articleSlug.normalize("NFC")) ?? null) : null,
  }));
}

/** Writes the PDF under a name that ends in a hash of its bytes; atomic, so a concurrent reader never sees half a file */
async function writePdf(uploadsDir: string, baseName: string, text: SeedPdfText, language: string): Promise<{ name: string; bytes: number }> {
  const bytes = await buildPdf(text, language);
  const hash = createHash("sha256").update(bytes).digest("hex").slice(0, 10);
  const name = `${baseName}-${hash}.pdf`;
  const temporary = path.join(uploadsDir, `.${name}.${process.pid}.tmp`);
  await writeFile(temporary, bytes);
  await rename(temporary, path.join(uploadsDir, name));
  return { name, bytes: bytes.length };
}

const page = { width: 420, height: 595, margin: 42 };
const brandColor = rgb(0x0f / 255, 0x4c / 255, 0x5c / 255);
const textColor = rgb(0.15, 0.15, 0.15);
const transliterationNote =
  "Demo document: the text is set in Latin transliteration because the standard PDF fonts carry Latin script only.";

/** A one- or two-page A5 document; no dates in its metadata, so the same text always gives the same bytes */
export async function buildPdf(text: SeedPdfText, language: string): Promise<Uint8Array> {
  const document = await PDFDocument.create({ updateMetadata: false });
  document.setTitle(text.title);
  document.setAuthor("Horizon Watch");
  document.setLanguage(text.transliterated ? `${language}-Latn` : language);
  const regular = await document.embedFont(StandardFonts.Helvetica);
  const bold = await document.embedFont(StandardFonts.HelveticaBold);

  let current = newPage(document);
  let y = page.height - 96;
  const write = (line: string, font: PDFFont, size: number, gap = 4) => {
    for (const wrapped of wrap(line, font, size, page.width - 2 * page.margin)) {
      if (y < page.margin + size) {
        current = newPage(document);
        y = page.height - 64;
      }
      current.drawText(wrapped, { x: page.margin, y, size, font, color: textColor });
      y -= size + gap;
    }
  };

  write(text.title, bold, 17, 5);
  y -= 10;
  for (const paragraph of text.paragraphs) {
    write(paragraph, regular, 10.5);
    y -= 8;
  }
  y -= 6;
  write(text.contentsHeading, bold, 13);
  y -= 2;
  text.contents.forEach((entry, index) => write(`${index + 1}. ${entry}`, regular, 10.5, 6));
  if (text.transliterated) {
    y -= 12;
    write(transliterationNote, regular, 8);
  }
  return document.save({ useObjectStreams: false });
}

function newPage(document: PDFDocument): PDFPage {
  const created = document.addPage([page.width, page.height]);
  created.drawRectangle({ x: 0, y: page.height - 40, width: page.width, height: 40, color: brandColor });
  return created;
}

function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && font.widthOfTextAtSize(candidate, size) > width) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines;
}
