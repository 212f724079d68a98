// Uploaded images become WebP copies at the widths of image-urls.ts. Nothing of the original file is
// kept: sharp writes no metadata unless asked to, so EXIF (camera, GPS position, time) and XMP never reach
// readers — our photographers' locations must not leak. The pixels are turned upright first (EXIF
// orientation), and an animated GIF or WebP keeps its first frame.
import sharp from "sharp";
import { storedWidths } from "./image-urls";

/** Larger images are refused before decoding (a small file can claim enormous dimensions) */
const maxInputPixels = 100_000_000;
const webpQuality = 82;

export interface ImageCopy {
  width: number;
  height: number;
  data: Buffer;
}

export interface ResizedImage {
  /** The original's dimensions, upright */
  width: number;
  height: number;
  /** Narrowest first; the last is the largest copy */
  copies: ImageCopy[];
}

/** Thrown when sharp cannot read the image (truncated, corrupt, too many pixels) */
export class UnreadableImageError extends Error {}

export async function resizeImage(bytes: Uint8Array): Promise<ResizedImage> {
  try {
    const source = sharp(bytes, { autoOrient: true, limitInputPixels: maxInputPixels, failOn: "error", pages: 1 });
    const { autoOrient } = await source.metadata();
    const { width, height } = autoOrient;
    if (!width || !height) throw new UnreadableImageError("The image has no dimensions");
    const copies: ImageCopy[] = [];
    // One at a time: a 2-core server resizes several uploads at once already
    for (const copyWidth of storedWidths(width)) {
      const { data, info } = await source
        .clone()
        .resize({ width: copyWidth, withoutEnlargement: true })
        .webp({ quality: webpQuality })
        .toBuffer({ resolveWithObject: true });
      copies.push({ width: info.width, height: info.height, data });
    }
    return { width, height, copies };
  } catch (error) {
    if (error instanceof UnreadableImageError) throw error;
    throw new UnreadableImageError(error instanceof Error ? error.message : String(error));
  }
}
