// Storing an upload: its type read from the content, the size limit of that type, images turned into
// WebP copies without metadata, the files written under a random key, then the `uploads` row and its
// audit record in one transaction. A refused file leaves nothing behind.
import type { SignedInUser } from "~/auth/permissions";
import { getDb } from "~/db/database.server";
import { uploads, type UploadKind } from "~/db/schema";
import { recordAudit } from "~/models/audit.server";
import { detectUploadType } from "./detect.server";
import { displayFileName } from "./file-names";
import { resizeImage, UnreadableImageError } from "./images.server";
import { maxImageBytes, maxPdfBytes } from "./limits";
import { imageFilePath, pdfFilePath, removeStoredFiles, storageKeyFor, writeStoredFile } from "./storage.server";

/** Why a file was refused; each is a message of admin-media.json's "upload.problems" */
export type UploadProblem = "required" | "type" | "notImage" | "notPdf" | "imageTooLarge" | "pdfTooLarge" | "unreadable";

export interface StoredUpload {
  id: number;
  kind: UploadKind;
  storageKey: string;
  originalName: string;
  mimeType: string;
  bytes: number;
  width: number | null;
  height: number | null;
  widths: number[];
}

export type StoreOutcome = { ok: true; upload: StoredUpload } | { ok: false; problem: UploadProblem; status: 400 | 413 };

/** Whether a form field carries a chosen file (an empty file input sends a nameless, empty file) */
export function isChosenFile(value: FormDataEntryValue | null): value is File {
  return typeof value === "object" && value !== null && (value.size > 0 || value.name !== "");
}

/**
 * Stores the file of a form field. `accept` narrows it to one kind (a gallery takes images only).
 * Sizes over the limit answer 413; anything that is not an image or a PDF we can read answers 400.
 */
export async function storeUpload(user: SignedInUser, value: FormDataEntryValue | null, accept?: UploadKind): Promise<StoreOutcome> {
  if (!isChosenFile(value) || value.size === 0) return { ok: false, problem: "required", status: 400 };
  const bytes = new Uint8Array(await value.arrayBuffer());
  const detected = await detectUploadType(bytes);
  if (!detected) return { ok: false, problem: accept === "image" ? "notImage" : accept === "pdf" ? "notPdf" : "type", status: 400 };
  if (accept && detected.kind !== accept) return { ok: false, problem: accept === "image" ? "notImage" : "notPdf", status: 400 };
  if (detected.kind === "image" && bytes.byteLength > maxImageBytes) return { ok: false, problem: "imageTooLarge", status: 413 };
  if (detected.kind === "pdf" && bytes.byteLength > maxPdfBytes) return { ok: false, problem: "pdfTooLarge", status: 413 };

  const storageKey = storageKeyFor(detected.kind);
  const written: string[] = [];
  let dimensions: { width: number | null; height: number | null; widths: number[] } = { width: null, height: null, widths: [] };
  try {
    if (detected.kind === "image") {
      let image;
      try {
        image = await resizeImage(bytes);
      } catch (error) {
        if (error instanceof UnreadableImageError) return { ok: false, problem: "unreadable", status: 400 };
        throw error;
      }
      for (const copy of image.copies) {
        const file = imageFilePath(storageKey, copy.width);
        written.push(file);
        await writeStoredFile(file, copy.data);
      }
      dimensions = { width: image.width, height: image.height, widths: image.copies.map((copy) => copy.width) };
    } else {
      const file = pdfFilePath(storageKey);
      written.push(file);
      await writeStoredFile(file, bytes);
    }

    const db = await getDb();
    const upload = await db.transaction(async (tx) => {
      const [row] = await tx
        .insert(uploads)
        .values({
          kind: detected.kind,
          storageKey,
          originalName: displayFileName(value.name),
          mimeType: detected.mimeType,
          bytes: bytes.byteLength,
          ...dimensions,
          uploadedBy: user.id,
        })
        .returning();
      await recordAudit(tx, user, { action: "upload", entityType: "upload", entityId: row!.id, summary: row!.originalName });
      return row!;
    });
    return { ok: true, upload };
  } catch (error) {
    await removeStoredFiles(written).catch(() => undefined);
    throw error;
  }
}
