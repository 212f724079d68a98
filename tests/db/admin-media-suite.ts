// Uploads and media items as editors change them, on a real database (run on each driver from
// pglite.test.ts and postgres.test.ts): an upload stored with its copies, its row and its audit record,
// a refused file leaving nothing anywhere, and gallery images reordered under the unique position index,
// also by two editors at once.
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { and, asc, desc, eq, sql } from "drizzle-orm";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SignedInUser } from "~/auth/permissions";
import type { DatabaseConnection } from "~/db/client.server";
import { auditLog, mediaImages, uploads } from "~/db/schema";
import { reloadEnvironment } from "~/env.server";

function rowsOf<Row>(result: unknown): Row[] {
  return Array.isArray(result) ? (result as Row[]) : (result as { rows: Row[] }).rows;
}

/** Every file under a directory, as paths relative to it */
async function filesUnder(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((entry) => entry.isFile()).map((entry) => path.relative(directory, path.join(entry.parentPath, entry.name)));
}

function fileOf(bytes: Uint8Array, name: string): File {
  return new File([new Uint8Array(bytes)], name, { type: "image/png" });
}

export function adminMediaSuite(driver: string, connect: () => Promise<DatabaseConnection>, disconnect: () => Promise<void>) {
  describe(`uploads and media items in the editorial area on ${driver}`, () => {
    let connection: DatabaseConnection;
    let editor: SignedInUser;
    let uploadsDir: string;
    const store = () => import("~/uploads/store.server");
    const media = () => import("~/models/admin-media.server");

    beforeAll(async () => {
      uploadsDir = await mkdtemp(path.join(tmpdir(), "ngo-news-uploads-test-"));
      process.env.UPLOADS_DIR = uploadsDir;
      reloadEnvironment();
      connection = await connect();
      const tables = rowsOf<{ tablename: string }>(await connection.db.execute(sql`select tablename from pg_tables where schemaname = 'public'`)).map(
        (row) => `"${row.tablename}"`,
      );
      await connection.db.execute(sql.raw(`truncate table ${tables.join(", ")} restart identity cascade`));
      const { createUser } = await import("~/models/users.server");
      editor = await createUser(connection.db, { email: "media-editor@example.org", password: "a long enough password", role: "editor", editions: ["en", "fa"] });
    });
    afterAll(async () => {
      await disconnect();
      await rm(uploadsDir, { recursive: true, force: true });
      delete process.env.UPLOADS_DIR;
      reloadEnvironment();
    });

    it("announces a change to a translated item to its own edition and to every edition of its translations, whose switchers link to it", async () => {
      const { createMediaItem, mediaItemForEditing, updateMediaItem } = await media();
      const announced: string[] = [];
      await connection.listen("content_changed", (payload) => announced.push(payload));
      const published = { status: "published" as const, publishedAt: new Date(Date.now() - 60_000), description: "", videoEmbedUrl: null, videoDurationSeconds: null };
      const englishId = await createMediaItem(connection.db, editor, "en", "photos", { ...published, slug: "announced-en", title: "Announced", translationGroup: null });
      const english = (await mediaItemForEditing(connection.db, englishId))!;
      await expect.poll(() => announced.map((payload) => JSON.parse(payload).edition)).toEqual(["en"]);
      announced.length = 0;
      const persianId = await createMediaItem(connection.db, editor, "fa", "photos", { ...published, slug: "announced-fa", title: "اعلام", translationGroup: english.translationGroup });
      await expect.poll(() => announced.map((payload) => JSON.parse(payload).edition).sort()).toEqual(["en", "fa"]);
      announced.length = 0;
      // Unlinked from its translation: the English page's switcher loses it too
      await updateMediaItem(connection.db, editor, (await mediaItemForEditing(connection.db, persianId))!, { ...published, slug: "announced-fa", title: "اعلام", translationGroup: null });
      await expect.poll(() => announced.map((payload) => JSON.parse(payload)).sort((a, b) => a.edition.localeCompare(b.edition))).toEqual([
        { edition: "en", entityType: "media" },
        { edition: "fa", entityType: "media" },
      ]);
    });

    it("stores an uploaded photo as WebP copies with its row and an audit record, under a random key", async () => {
      const { storeUpload } = await store();
      const photo = await sharp({ create: { width: 1300, height: 650, channels: 3, background: "#345" } }).png().toBuffer();
      const outcome = await storeUpload(editor, fileOf(photo, "../../Harbour at dusk\u202e.png"));
      if (!outcome.ok) throw new Error(`refused: ${outcome.problem}`);
      const [row] = await connection.db.select().from(uploads).where(eq(uploads.id, outcome.upload.id));
      expect(row).toMatchObject({ kind: "image", mimeType: "image/png", width: 1300, height: 650, widths: [480, 960, 1300], originalName: "Harbour at dusk.png", uploadedBy: editor.id });
      expect(row!.storageKey).toMatch(/^img\/\d{4}\/\d{2}\/[0-9a-f]{24}$/);
      expect((await filesUnder(uploadsDir)).sort()).toEqual([480, 960, 1300].map((width) => `${row!.storageKey}-${width}.webp`).sort());
      const [audit] = await connection.db.select().from(auditLog).orderBy(desc(auditLog.id)).limit(1);
      expect(audit).toMatchObject({ action: "upload", entityType: "upload", entityId: row!.id, actorEmail: editor.email });
    });

    it("refuses a script named like an image, and an oversized image, leaving no file and no row", async () => {
      const { storeUpload } = await store();
      const [filesBefore, [rowsBefore]] = await Promise.all([filesUnder(uploadsDir), connection.db.select({ count: sql<number>`count(*)::int` }).from(uploads)]);
      const script = await storeUpload(editor, fileOf(new TextEncoder().encode("#!/bin/sh\necho owned\n"), "photo.png"));
      expect(script).toEqual({ ok: false, problem: "type", status: 400 });
      const notAnImage = await storeUpload(editor, fileOf(new TextEncoder().encode("%PDF-1.7\n"), "photo.png"), "image");
      expect(notAnImage).toMatchObject({ ok: false, status: 400 });
      const png = await sharp({ create: { width: 4, height: 4, channels: 3, background: "#000" } }).png().toBuffer();
      const oversized = await storeUpload(editor, fileOf(Buffer.concat([png, Buffer.alloc(10_500_000)]), "big.png"));
      expect(oversized).toEqual({ ok: false, problem: "imageTooLarge", status: 413 });
      const [rowsAfter] = await connection.db.select({ count: sql<number>`count(*)::int` }).from(uploads);
      expect(rowsAfter!.count).toBe(rowsBefore!.count);
      expect(await filesUnder(uploadsDir)).toEqual(filesBefore);
    });

    it("reorders a gallery's images by swapping neighbours, even when two editors move images at once", async () => {
      const { addMediaImage, createMediaItem, mediaItemForEditing, moveMediaImage } = await media();
      const id = await createMediaItem(connection.db, editor, "en", "photos", {
        slug: "harbour-lights",
        title: "Harbour lights",
        description: "",
        videoEmbedUrl: null,
        videoDurationSeconds: null,
        translationGroup: null,
        status: "published",
        publishedAt: new Date(),
      });
      let item = (await mediaItemForEditing(connection.db, id))!;
      for (const alt of ["one", "two", "three", "four"]) {
        await addMediaImage(connection.db, editor, item, { src: `/images/demo/${alt}.svg`, width: 1200, height: 675, alt, caption: "" });
      }
      const order = async () =>
        (await connection.db.select({ alt: mediaImages.alt }).from(mediaImages).where(eq(mediaImages.mediaItemId, id)).orderBy(asc(mediaImages.position))).map((row) => row.alt);
      expect(await order()).toEqual(["one", "two", "three", "four"]);

      item = (await mediaItemForEditing(connection.db, id))!;
      const byAlt = (alt: string) => item.images.find((image) => image.alt === alt)!.id;
      expect(await moveMediaImage(connection.db, editor, item, byAlt("three"), "up")).toBe(true);
      expect(await order()).toEqual(["one", "three", "two", "four"]);
      // Nothing before the first, nothing after the last
      expect(await moveMediaImage(connection.db, editor, item, byAlt("one"), "up")).toBe(false);
      expect(await moveMediaImage(connection.db, editor, item, byAlt("four"), "down")).toBe(false);

      // Two moves at once: each waits for the other's row locks, both succeed, positions stay unique
      const results = await Promise.all([moveMediaImage(connection.db, editor, item, byAlt("one"), "down"), moveMediaImage(connection.db, editor, item, byAlt("four"), "up")]);
      expect(results).toEqual([true, true]);
      const positions = await connection.db.select({ position: mediaImages.position }).from(mediaImages).where(eq(mediaImages.mediaItemId, id));
      expect(new Set(positions.map((row) => row.position)).size).toBe(4);
      expect(positions.every((row) => row.position > 0)).toBe(true);
      expect(await order()).toEqual(["three", "one", "four", "two"]);

      const reorders = await connection.db
        .select({ id: auditLog.id })
        .from(auditLog)
        .where(and(eq(auditLog.action, "reorder"), eq(auditLog.entityType, "media"), eq(auditLog.entityId, id)));
      expect(reorders).toHaveLength(3);
    });
  });
}
