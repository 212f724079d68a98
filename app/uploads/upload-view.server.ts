// Uploads as the editorial screens show them: sizes, dimensions and dates written by the server in the
// interface language (its ICU knows every edition's locale).
import type { PickerUpload } from "~/admin/ui/UploadPicker";
import type { Edition } from "~/editions";
import { formatFileSize } from "~/components/media/format";
import { formatDateTime, formatNumber } from "~/utils/format";
import { largestImageUrl } from "./image-urls";
import { altTextsOf, pageImageOf, thumbnailOf, type LibraryEntry } from "./library.server";
import { pdfFilePath } from "./storage.server";
import type { StoredUpload } from "./store.server";

/** "1600 × 900" in the interface's digits; null for a PDF */
export function dimensionsText(edition: Edition, upload: Pick<StoredUpload, "width" | "height">): string | null {
  if (upload.width === null || upload.height === null) return null;
  return `${formatNumber(edition, upload.width)} × ${formatNumber(edition, upload.height)}`;
}

/** Where an upload can be opened: its largest image copy, or the PDF */
export function uploadHref(upload: Pick<StoredUpload, "kind" | "storageKey" | "widths">): string {
  if (upload.kind === "pdf") return `/uploads/${pdfFilePath(upload.storageKey)}`;
  return largestImageUrl(upload.storageKey, upload.widths);
}

/** Uploads as a picker offers them, images with the alt text they already have where they are used */
export async function pickerUploads(edition: Edition, uploads: StoredUpload[]): Promise<PickerUpload[]> {
  const imageSrc = (upload: StoredUpload) => (upload.kind === "image" && upload.widths.length > 0 ? pageImageOf(upload).src : null);
  const altTexts = await altTextsOf(uploads.map(imageSrc).filter((src): src is string => src !== null));
  return uploads.map((upload) => {
    const src = imageSrc(upload);
    return {
      id: upload.id,
      name: upload.originalName,
      thumbnail: thumbnailOf(upload),
      alt: (src && altTexts.get(src)) || null,
      detail: [dimensionsText(edition, upload), formatFileSize(edition, upload.bytes)].filter(Boolean).join(" · "),
    };
  });
}

export function libraryRow(edition: Edition, entry: LibraryEntry) {
  return {
    id: entry.id,
    kind: entry.kind,
    name: entry.originalName,
    thumbnail: thumbnailOf(entry),
    href: uploadHref(entry),
    mimeType: entry.mimeType,
    size: formatFileSize(edition, entry.bytes),
    dimensions: dimensionsText(edition, entry),
    widths: entry.widths.map((width) => formatNumber(edition, width)).join(" · "),
    uploadedAt: formatDateTime(edition, entry.createdAt),
    uploader: entry.uploaderEmail,
  };
}
