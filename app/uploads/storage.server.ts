// Uploaded files on disk, under UPLOADS_DIR. Every name is chosen by the server (storageKeyFor) and has
// one strict shape, checked again before any file is opened, so no request can reach outside the
// directory: img/2026/11/<24 hex>-<width>.webp for image copies, pdf/2026/11/<24 hex>.pdf for documents.
import { randomBytes } from "node:crypto";
import { mkdir, open, rename, rm, writeFile, type FileHandle } from "node:fs/promises";
import path from "node:path";
import type { UploadKind } from "~/db/schema";
import { getEnvironment } from "~/env.server";

const keyFolders = { image: "img", pdf: "pdf" } as const satisfies Record<UploadKind, string>;
const storageKeyPattern = /^(img|pdf)\/\d{4}\/\d{2}\/[0-9a-f]{24}$/;
/** An image copy or a PDF, as a path under UPLOADS_DIR (and as the rest of its /uploads/ address) */
const storedImagePattern = /^(img\/\d{4}\/\d{2}\/[0-9a-f]{24})-(\d{1,4})\.webp$/;
const storedPdfPattern = /^(pdf\/\d{4}\/\d{2}\/[0-9a-f]{24})\.pdf$/;

export function uploadsDirectory(): string {
  return path.resolve(getEnvironment().UPLOADS_DIR);
}

/** A new random key, dated so that the directory stays browsable: img/2026/11/3f9c… */
export function storageKeyFor(kind: UploadKind, now = new Date()): string {
  const month = String(now.getUTCMonth() + 1).padStart(2, "0");
  return `${keyFolders[kind]}/${now.getUTCFullYear()}/${month}/${randomBytes(12).toString("hex")}`;
}

export function isStorageKey(value: string): boolean {
  return storageKeyPattern.test(value);
}

/** The stored file of a PDF upload, relative to UPLOADS_DIR (publications.pdf_path) */
export function pdfFilePath(storageKey: string): string {
  return `${storageKey}.pdf`;
}

/** The stored copy of an image upload at `width`, relative to UPLOADS_DIR */
export function imageFilePath(storageKey: string, width: number): string {
  return `${storageKey}-${width}.webp`;
}

export type StoredPath = { kind: "image"; storageKey: string; width: number } | { kind: "pdf"; storageKey: string };

/** What a path under UPLOADS_DIR names, if it has the shape of one of our files (and nothing else) */
export function parseStoredPath(relativePath: string): StoredPath | undefined {
  const image = storedImagePattern.exec(relativePath);
  if (image) return { kind: "image", storageKey: image[1]!, width: Number(image[2]) };
  const pdf = storedPdfPattern.exec(relativePath);
  if (pdf) return { kind: "pdf", storageKey: pdf[1]! };
  return undefined;
}

function absolutePath(relativePath: string): string {
  if (!parseStoredPath(relativePath)) throw new Error(`Not a stored file's path: ${relativePath}`);
  const directory = uploadsDirectory();
  const file = path.resolve(directory, relativePath);
  // Belt and braces: the pattern above already rules out "..", separators and absolute paths
  if (!file.startsWith(directory + path.sep)) throw new Error(`Outside UPLOADS_DIR: ${relativePath}`);
  return file;
}

/** Writes a file atomically (a temporary name, then a rename), so a reader never gets half of it */
export async function writeStoredFile(relativePath: string, data: Uint8Array): Promise<void> {
  const file = absolutePath(relativePath);
  await mkdir(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;
  try {
    await writeFile(temporary, data, { flag: "wx" });
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

export async function removeStoredFiles(relativePaths: readonly string[]): Promise<void> {
  await Promise.all(relativePaths.map((relativePath) => rm(absolutePath(relativePath), { force: true })));
}

export interface OpenedFile {
  handle: FileHandle;
  size: number;
  modifiedAt: Date;
}

/** Opens a stored file for reading; undefined when the path is not one of ours or there is no such file */
export async function openStoredUpload(relativePath: string): Promise<OpenedFile | undefined> {
  if (!parseStoredPath(relativePath)) return undefined;
  let handle: FileHandle;
  try {
    handle = await open(absolutePath(relativePath), "r");
  } catch {
    return undefined;
  }
  const stats = await handle.stat();
  if (!stats.isFile()) {
    await handle.close();
    return undefined;
  }
  return { handle, size: stats.size, modifiedAt: stats.mtime };
}
