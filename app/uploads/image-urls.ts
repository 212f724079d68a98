// Where uploaded images are served: each upload (uploads.storage_key) is stored at a few widths, and
// /uploads/<storage key>-<width>.webp names one of them. A page stores the largest copy's address
// (articles.cover_image, media_images.src); srcSetFor() lists the others for <img srcset>.
const uploadedImagePattern = /^\/uploads\/(.+)-(\d+)\.webp$/;

export function uploadedImageUrl(storageKey: string, width: number): string {
  return `/uploads/${storageKey}-${width}.webp`;
}

/** The largest stored copy: what a page stores as the image's address */
export function largestImageUrl(storageKey: string, widths: readonly number[]): string {
  return uploadedImageUrl(storageKey, Math.max(...widths));
}

/**
 * "…-480.webp 480w, …-960.webp 960w, …" for an uploaded image's address, given the widths stored
 * for it; undefined for any other image (the demo content's SVGs need none)
 */
export function srcSetFor(src: string, widths: readonly number[]): string | undefined {
  const match = uploadedImagePattern.exec(src);
  if (!match || widths.length < 2) return undefined;
  const storageKey = match[1]!;
  return [...widths]
    .sort((a, b) => a - b)
    .map((width) => `${uploadedImageUrl(storageKey, width)} ${width}w`)
    .join(", ");
}
