// What an uploaded file is, decided from its bytes (file-type reads the signatures), never from the
// uploader's file name or the browser's Content-Type: a script renamed photo.png is not an image.
import { fileTypeFromBuffer } from "file-type";
import type { UploadKind } from "~/db/schema";

/** The image formats sharp reads here (AVIF through libheif; HEIC needs a codec sharp's build lacks) */
const imageTypes = new Set(["image/jpeg", "image/png", "image/webp", "image/gif", "image/avif"]);

export interface DetectedType {
  kind: UploadKind;
  mimeType: string;
}

/** The kind and type of an upload, or undefined for anything we do not accept */
export async function detectUploadType(bytes: Uint8Array): Promise<DetectedType | undefined> {
  const detected = await fileTypeFromBuffer(bytes);
  if (detected && imageTypes.has(detected.mime)) return { kind: "image", mimeType: detected.mime };
  if (detected?.mime === "application/pdf") return { kind: "pdf", mimeType: detected.mime };
  // An SVG is text: accepted as an image because only raster copies of it are ever stored and served
  if ((!detected || detected.mime === "application/xml") && startsAsSvg(bytes)) return { kind: "image", mimeType: "image/svg+xml" };
  return undefined;
}

/** Whether the document's first element is <svg> (after a byte-order mark, an XML declaration, comments or a doctype) */
function startsAsSvg(bytes: Uint8Array): boolean {
  const head = new TextDecoder("utf-8", { fatal: false }).decode(bytes.subarray(0, 4096));
  const prolog = /^\uFEFF?\s*(?:<\?xml[^>]*\?>\s*)?(?:(?:<!--[\s\S]*?-->|<!DOCTYPE[^>[]*(?:\[[\s\S]*?\])?\s*>)\s*)*/i.exec(head)![0];
  return /^<svg[\s>]/.test(head.slice(prolog.length));
}
