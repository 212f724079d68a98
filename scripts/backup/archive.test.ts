// The archive round trip on real files: written, its manifest read back, extracted and checked, and a
// changed byte found.
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import * as tar from "tar";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { describeFile, describeUploads, extractArchive, listFiles, readManifest, verifyExtracted, writeArchive } from "./archive";
import { archivePaths, backupFormat, backupFormatVersion, type Manifest } from "./manifest";

let root: string;
beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), "backup-archive-test-"));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

async function fixture(name: string) {
  const uploads = path.join(root, name, "uploads");
  const staging = path.join(root, name, "staging");
  await mkdir(path.join(uploads, "img/2026/05"), { recursive: true });
  await mkdir(path.join(uploads, "pdf/2026/05"), { recursive: true });
  await writeFile(path.join(uploads, "img/2026/05/0123456789abcdef01234567-480.webp"), "image bytes");
  await writeFile(path.join(uploads, "pdf/2026/05/0123456789abcdef01234567.pdf"), "%PDF-1.7 document");
  await writeFile(path.join(uploads, "report-1a2b3c4d5e.pdf"), "%PDF-1.7 demo");
  // Half-written: not part of a backup
  await writeFile(path.join(uploads, ".report.pdf.123.tmp"), "half");
  await mkdir(path.join(staging, "database"), { recursive: true });
  await writeFile(path.join(staging, archivePaths.pgliteDump), "the dump");
  const manifest: Manifest = {
    format: backupFormat,
    formatVersion: backupFormatVersion,
    createdAt: new Date().toISOString(),
    driver: "pglite",
    database: { dump: await describeFile(path.join(staging, archivePaths.pgliteDump), archivePaths.pgliteDump), tool: "test", serverVersion: "18.6" },
    migrations: { applied: 1, latest: "0000_initial", latestWhen: 1 },
    tables: { "public.articles": 2 },
    uploads: await describeUploads(uploads),
  };
  await writeFile(path.join(staging, archivePaths.manifest), JSON.stringify(manifest));
  const file = path.join(root, name, "backup.tar");
  await writeArchive(file, staging, manifest, uploads);
  return { file, manifest };
}

describe("the backup archive", () => {
  test("holds the manifest first, the dump and every stored file but half-written ones", async () => {
    const { file, manifest } = await fixture("complete");
    expect(manifest.uploads.map((upload) => upload.path)).toEqual([
      "img/2026/05/0123456789abcdef01234567-480.webp",
      "pdf/2026/05/0123456789abcdef01234567.pdf",
      "report-1a2b3c4d5e.pdf",
    ]);
    const entries: string[] = [];
    await tar.t({ file, onReadEntry: (entry) => void entries.push(entry.path) });
    expect(entries).toEqual(["manifest.json", archivePaths.pgliteDump, ...manifest.uploads.map((upload) => `uploads/${upload.path}`)]);

    expect(await readManifest(file)).toEqual({ ok: true, manifest });
    const into = path.join(root, "complete", "extracted");
    await mkdir(into);
    await extractArchive(file, into);
    expect(await verifyExtracted(into, manifest)).toEqual([]);
    expect(await readFile(path.join(into, "uploads/report-1a2b3c4d5e.pdf"), "utf8")).toBe("%PDF-1.7 demo");
  });

  test("a changed, missing or added file is found before anything is restored", async () => {
    const { file, manifest } = await fixture("damaged");
    const into = path.join(root, "damaged", "extracted");
    await mkdir(into);
    await extractArchive(file, into);
    await writeFile(path.join(into, "uploads/report-1a2b3c4d5e.pdf"), "%PDF-1.7 demO");
    await rm(path.join(into, archivePaths.pgliteDump));
    await writeFile(path.join(into, "uploads/extra.pdf"), "not backed up");
    expect(await verifyExtracted(into, manifest)).toEqual([
      `${archivePaths.pgliteDump} is missing`,
      "uploads/report-1a2b3c4d5e.pdf is not the file that was backed up (its size or SHA-256 differs)",
      "uploads/extra.pdf is not in the manifest",
    ]);
  });

  test("a file that is no backup says so", async () => {
    const other = path.join(root, "other.tar");
    await writeFile(path.join(root, "notes.txt"), "hello");
    await tar.c({ file: other, cwd: root }, ["notes.txt"]);
    expect(await readManifest(other)).toEqual({ ok: false, problem: "it holds no manifest.json" });
    await writeFile(path.join(root, "garbage.tar"), "garbage that is not a tar file at all".repeat(20));
    expect((await readManifest(path.join(root, "garbage.tar"))).ok).toBe(false);
  });

  test("an uploads directory that does not exist yet has no files", async () => {
    expect(await listFiles(path.join(root, "nowhere"))).toEqual([]);
  });
});
