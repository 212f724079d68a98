// Where uploaded images are served: each upload (uploads.storage_key) is stored at a few widths, and
// /uploads/<storage key>-<width>.webp names one of them. A page stores the largest copy's address
// (articles.cover_image, media_images.src, publications.cover_image); srcSetFor() derives the others
// from it, so reader pages need no query for them. Shared by the server and the browser bundle.

/** The widths every uploaded image is stored at, when the original is wider */
export const imageWidths = [480, 960, 1600] as const;

const uploadedImagePattern = /^\/uploads\/(.+)-(\d+)\.webp$/;

export function uploadedImageUrl(storageKey: string, width: number): string {
  return `/uploads/${storageKey}-${width}.webp`;
}

/** The largest stored copy: what a page stores as the image's address */
export function largestImageUrl(storageKey: string, widths: readonly number[]): string {
  return uploadedImageUrl(storageKey, Math.max(...widths));
}

/**
 * The widths stored for an image `originalWidth` pixels wide: those of the list narrower than it, and its
 * own width capped at the largest of the list (an image is never enlarged)
 */
export function storedWidths(originalWidth: number): number[] {
  const largest = Math.min(Math.max(1, Math.round(originalWidth)), imageWidths[imageWidths.length - 1]!);
  return [...imageWidths.filter((width) => width < largest), largest];
}

/** The storage key and width named by an uploaded image's address; undefined for any other address */
export function parseUploadedImageUrl(src: string): { storageKey: string; width: number } | undefined {
  const match = uploadedImagePattern.exec(src);
  if (!match) return undefined;
  return { storageKey: match[1]!, width: Number(match[2]) };
}

/**
 * "…-480.webp 480w, …-960.webp 960w, …" for an uploaded image's address (its largest copy); undefined
 * for any other image (the demo content's SVGs need none) and for an image stored at one width only
 */
export function srcSetFor(src: string): string | undefined {
  const parsed = parseUploadedImageUrl(src);
  if (!parsed) return undefined;
  const widths = storedWidths(parsed.width);
  if (widths.length < 2) return undefined;
  return widths.map((width) => `${uploadedImageUrl(parsed.storageKey, width)} ${width}w`).join(", ");
}

/**
 * The srcSet and sizes attributes of an <img> showing `src` at `sizes` (a media condition list such as
 * "(min-width: 640px) 240px, 100vw"); nothing for an image that has a single copy
 */
export function responsiveImage(src: string, sizes: string): { srcSet?: string; sizes?: string } {
  const srcSet = srcSetFor(src);
  return srcSet ? { srcSet, sizes } : {};
}

/** The narrowest stored copy of an uploaded image (for thumbnails); any other address as it is */
export function smallestImageUrl(src: string): string {
  const parsed = parseUploadedImageUrl(src);
  return parsed ? uploadedImageUrl(parsed.storageKey, storedWidths(parsed.width)[0]!) : src;
}
