// Database tests for media items and publications, run on each driver (see pglite.test.ts and
// postgres.test.ts), on a fresh database seeded with the demo content.
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { and, eq, sql } from "drizzle-orm";
import { beforeAll, afterAll, describe, expect, it } from "vitest";
import type { DatabaseConnection } from "~/db/client.server";
import { articles, mediaImages, mediaItems, publications } from "~/db/schema";
import { demoContent } from "~/db/seed/content";
import { mediaContent } from "~/db/seed/media-content";
import { editions } from "~/editions";

const minimumPerEdition = { cartoons: 3, newspics: 3, photos: 2, videos: 2, books: 2, newsletter: 3, "pars-brief": 3 } as const;

/** `connect` opens a fresh database and points the app's model layer at it */
export function mediaSuite(driver: string, connect: () => Promise<DatabaseConnection>, disconnect: () => Promise<void>) {
  describe(`media and publications on ${driver}`, () => {
    let connection: DatabaseConnection;
    /** Where the seed wrote the PDFs */
    let uploadsDir: string;
    const app = {
      media: () => import("~/models/media.server"),
      publications: () => import("~/models/publications.server"),
    };

    beforeAll(async () => {
      connection = await connect();
      // Start from the demo content alone, whatever an earlier suite left in this database
      const result = await connection.db.execute<{ tablename: string }>(sql`select tablename from pg_tables where schemaname = 'public'`);
      const tables = (Array.isArray(result) ? result : (result as { rows: { tablename: string }[] }).rows).map((row) => `"${row.tablename}"`);
      await connection.db.execute(sql.raw(`truncate table ${tables.join(", ")} restart identity cascade`));
      const { seedDemoContent } = await import("~/db/seed/seed.server");
      expect(await seedDemoContent(connection.db)).toBe(true);
      uploadsDir = path.resolve((await import("~/env.server")).getEnvironment().UPLOADS_DIR);
    });
    afterAll(disconnect);

    it("seeds every edition with cartoons, news pictures, galleries, videos, books, newsletters and Pars Briefs", async () => {
      const { mediaListing } = await app.media();
      const { publicationListing } = await app.publications();
      for (const edition of editions) {
        if (!mediaContent[edition.code]) continue;
        for (const kind of ["cartoons", "newspics", "photos", "videos"] as const) {
          const listing = await mediaListing(edition.code, kind);
          expect(listing.total, `${edition.code} ${kind}`).toBeGreaterThanOrEqual(minimumPerEdition[kind]);
          // Newest first, each with a lead image that has alt text
          const times = listing.items.map((item) => item.publishedAt.getTime());
          expect(times).toEqual([...times].sort((a, b) => b - a));
          for (const item of listing.items) expect(item.leadImage?.alt.trim(), `${edition.code} ${kind} ${item.slug}`).toBeTruthy();
          if (kind === "photos") for (const item of listing.items) expect(item.imageCount).toBeGreaterThanOrEqual(4);
          if (kind === "photos") for (const item of listing.items) expect(item.imageCount).toBeLessThanOrEqual(6);
          if (kind === "videos") for (const item of listing.items) expect(item.videoDurationSeconds).toBeGreaterThan(0);
        }
        for (const kind of ["books", "newsletter", "pars-brief"] as const) {
          const listing = await publicationListing(edition.code, kind);
          expect(listing.total, `${edition.code} ${kind}`).toBeGreaterThanOrEqual(minimumPerEdition[kind]);
          for (const publication of listing.publications) {
            if (kind === "books") expect(publication.editionYear).toBeGreaterThan(2000);
            else expect(publication.issueNumber).toBeGreaterThan(0);
          }
        }
      }
    });

    it("keeps a gallery's photos in order, each with alt text and a caption", async () => {
      const { mediaItemBySlug } = await app.media();
      for (const [edition, content] of Object.entries(mediaContent)) {
        for (const gallery of content.photos) {
          const item = await mediaItemBySlug(edition, "photos", gallery.slug.normalize("NFC"));
          expect(item?.images.map((image) => image.position)).toEqual(gallery.images.map((_, index) => index + 1));
          expect(item?.images.map((image) => image.caption)).toEqual(gallery.images.map((image) => image.caption));
          for (const image of item!.images) expect(image.alt.trim().length).toBeGreaterThan(0);
        }
      }
    });

    it("refuses an image without alt text, and a video without an embed address", async () => {
      const [item] = await connection.db.select({ id: mediaItems.id }).from(mediaItems).where(eq(mediaItems.kind, "cartoons")).limit(1);
      const image = { mediaItemId: item!.id, src: "/images/demo/harbor.svg", caption: "A caption" };
      await expect(connection.db.insert(mediaImages).values({ ...image, position: 90, alt: "" })).rejects.toThrow();
      await expect(connection.db.insert(mediaImages).values({ ...image, position: 91, alt: "   " })).rejects.toThrow();
      await expect(connection.db.insert(mediaImages).values({ ...image, position: 92, alt: "Cranes over a harbor" })).resolves.toBeDefined();
      await expect(
        connection.db.insert(mediaItems).values({ edition: "en", kind: "videos", slug: "no-embed", title: "No embed", status: "published" }),
      ).rejects.toThrow();
    });

    it("links the tables of contents to the seeded articles they name", async () => {
      const { publicationBySlug } = await app.publications();
      let linked = 0;
      for (const [edition, content] of Object.entries(mediaContent)) {
        const articleTitles = new Map(demoContent[edition]?.articles.map((article) => [article.slug.normalize("NFC"), article.title]));
        for (const kind of ["books", "newsletter", "pars-brief"] as const) {
          for (const seeded of content[kind]) {
            const publication = await publicationBySlug(edition, kind, seeded.slug.normalize("NFC"));
            expect(publication?.contents.map((entry) => entry.title)).toEqual(seeded.contents.map((entry) => entry.title));
            seeded.contents.forEach((entry, index) => {
              const article = publication!.contents[index]!.article;
              if (!entry.articleSlug) return expect(article).toBeNull();
              expect(articleTitles.has(entry.articleSlug.normalize("NFC")), `${edition}: ${entry.articleSlug}`).toBe(true);
              expect(article).toEqual({ edition, slug: entry.articleSlug.normalize("NFC") });
              linked += 1;
            });
          }
        }
      }
      expect(linked).toBeGreaterThanOrEqual(40);
    });

    it("drops a contents link when its article is no longer visible, and hides draft media", async () => {
      const { publicationBySlug } = await app.publications();
      const { mediaItemBySlug, mediaListing } = await app.media();
      const [newsletter] = await connection.db
        .select({ slug: publications.slug })
        .from(publications)
        .where(and(eq(publications.edition, "en"), eq(publications.kind, "newsletter")))
        .orderBy(sql`${publications.publishedAt} desc`)
        .limit(1);
      const before = await publicationBySlug("en", "newsletter", newsletter!.slug);
      const linkedEntry = before!.contents.find((entry) => entry.article)!;
      await connection.db.update(articles).set({ status: "draft" }).where(and(eq(articles.edition, "en"), eq(articles.slug, linkedEntry.article!.slug)));
      const after = await publicationBySlug("en", "newsletter", newsletter!.slug);
      expect(after!.contents.find((entry) => entry.position === linkedEntry.position)?.article).toBeNull();

      const [cartoon] = (await mediaListing("en", "cartoons")).items;
      await connection.db.update(mediaItems).set({ status: "draft" }).where(eq(mediaItems.id, cartoon!.id));
      expect(await mediaItemBySlug("en", "cartoons", cartoon!.slug)).toBeUndefined();
      expect((await mediaListing("en", "cartoons")).items.map((item) => item.slug)).not.toContain(cartoon!.slug);
    });

    it("writes a real PDF for every publication, as large as the database says", async () => {
      const rows = await connection.db.select({ pdfPath: publications.pdfPath, pdfBytes: publications.pdfBytes }).from(publications);
      expect(rows.length).toBeGreaterThanOrEqual(4 * 8);
      for (const row of rows) {
        const file = path.join(uploadsDir, row.pdfPath);
        expect((await stat(file)).size).toBe(row.pdfBytes);
        const bytes = await readFile(file);
        expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
        expect(bytes.subarray(-6).toString("latin1")).toContain("%%EOF");
      }
    });

    it("opens stored files by plain name only", async () => {
      const { openStoredFile } = await app.publications();
      const [row] = await connection.db.select({ pdfPath: publications.pdfPath }).from(publications).limit(1);
      const file = await openStoredFile(row!.pdfPath);
      expect(file?.contentType).toBe("application/pdf");
      await file?.handle.close();
      for (const name of ["../package.json", `../${path.basename(uploadsDir)}/${row!.pdfPath}`, "..", ".hidden.pdf", "a/b.pdf", "notes.txt", "missing.pdf", ""]) {
        expect(await openStoredFile(name), name).toBeUndefined();
      }
    });
  });
}
