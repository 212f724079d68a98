// The backup file: a plain tar (node-tar) of manifest.json, the database dump and uploads/…, every file
// listed in the manifest with its size and SHA-256 and checked before anything is restored.
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { lstat, readdir, stat } from "node:fs/promises";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import * as tar from "tar";
import { archivePaths, parseManifest, type Manifest, type StoredFile } from "./manifest";

/** Size and SHA-256 of a file, read once */
export async function describeFile(file: string, recordedPath: string): Promise<StoredFile> {
  const hash = createHash("sha256");
  await pipeline(createReadStream(file), hash);
  return { path: recordedPath, bytes: (await stat(file)).size, sha256: hash.digest("hex") };
}

/**
 * Every regular file under a directory, as sorted relative paths with forward slashes; nothing for a
 * directory that does not exist. Half-written files (*.tmp, renamed into place when complete) are left out.
 */
export async function listFiles(directory: string): Promise<string[]> {
  const found: string[] = [];
  const walk = async (relative: string) => {
    let names: string[];
    try {
      names = await readdir(path.join(directory, relative));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT" && relative === "") return;
      throw error;
    }
    for (const name of names) {
      const entry = relative ? `${relative}/${name}` : name;
      const info = await lstat(path.join(directory, entry));
      if (info.isDirectory()) await walk(entry);
      else if (info.isFile() && !name.endsWith(".tmp")) found.push(entry);
    }
  };
  await walk("");
  return found.sort();
}

export async function describeUploads(uploadsDir: string): Promise<StoredFile[]> {
  const files = await listFiles(uploadsDir);
  const described: StoredFile[] = [];
  for (const file of files) described.push(await describeFile(path.join(uploadsDir, file), file));
  return described;
}

/**
 * Writes the archive: manifest.json first (so a reader finds it at once), then the dump, both from
 * `stagingDir`, then the uploads the manifest lists, read from `uploadsDir` under the prefix uploads/
 */
export async function writeArchive(file: string, stagingDir: string, manifest: Manifest, uploadsDir: string): Promise<void> {
  await tar.c({ file, cwd: stagingDir, portable: true }, [archivePaths.manifest, manifest.database.dump.path]);
  if (manifest.uploads.length > 0) {
    await tar.r({ file, cwd: uploadsDir, portable: true, prefix: archivePaths.uploads }, manifest.uploads.map((upload) => upload.path));
  }
}

/** The manifest of a backup file, or a sentence saying why the file is not one */
export async function readManifest(file: string): Promise<{ ok: true; manifest: Manifest } | { ok: false; problem: string }> {
  const chunks: Buffer[] = [];
  let found = false;
  try {
    await tar.t({
      file,
      strict: true,
      onReadEntry: (entry) => {
        // (tar.t drains every entry after this call: only the manifest's data is kept)
        if (entry.path !== archivePaths.manifest || found) return;
        found = true;
        entry.on("data", (chunk: Buffer) => chunks.push(chunk));
      },
    });
  } catch (error) {
    return { ok: false, problem: `it is not a readable tar file (${(error as Error).message})` };
  }
  if (!found) return { ok: false, problem: "it holds no manifest.json" };
  return parseManifest(Buffer.concat(chunks).toString("utf8"));
}

/** Extracts regular files and folders only (node-tar itself refuses absolute paths and ".." segments) */
export async function extractArchive(file: string, into: string): Promise<void> {
  await tar.x({ file, cwd: into, strict: true, filter: (_path, entry) => "type" in entry && (entry.type === "File" || entry.type === "Directory") });
}

/**
 * Checks an extracted archive against its manifest: every listed file present with its size and
 * SHA-256, nothing else under uploads/. Returns the problems found, as sentences' parts.
 */
export async function verifyExtracted(directory: string, manifest: Manifest): Promise<string[]> {
  const problems: string[] = [];
  const expected = [
    manifest.database.dump,
    ...manifest.uploads.map((upload) => ({ ...upload, path: `${archivePaths.uploads}/${upload.path}` })),
  ];
  for (const entry of expected) {
    let found: StoredFile;
    try {
      found = await describeFile(path.join(directory, entry.path), entry.path);
    } catch {
      problems.push(`${entry.path} is missing`);
      continue;
    }
    if (found.bytes !== entry.bytes || found.sha256 !== entry.sha256) problems.push(`${entry.path} is not the file that was backed up (its size or SHA-256 differs)`);
  }
  const listed = new Set(manifest.uploads.map((upload) => upload.path));
  for (const extra of (await listFiles(path.join(directory, archivePaths.uploads))).filter((upload) => !listed.has(upload))) {
    problems.push(`uploads/${extra} is not in the manifest`);
  }
  return problems;
}
