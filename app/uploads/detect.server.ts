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
  if (!detected) return undefined;
  if (imageTypes.has(detected.mime)) return { kind: "image", mimeType: detected.mime };
  if (detected.mime === "application/pdf") return { kind: "pdf", mimeType: detected.mime };
  return undefined;
}
