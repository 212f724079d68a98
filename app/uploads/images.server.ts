// Uploaded images become WebP copies at the widths of image-urls.ts. Nothing of the original file is
// kept: sharp writes no metadata unless asked to, so EXIF (camera, GPS position, time) and XMP never reach
// readers — our photographers' locations must not leak. The pixels are turned upright first (EXIF
// orientation), and an animated GIF or WebP keeps its first frame. An SVG is drawn (by librsvg, which
// fetches nothing outside the file) large enough for the widest copy: its text and scripts never reach readers.
import sharp from "sharp";
import { imageWidths, storedWidths } from "./image-urls";

/** Larger images are refused before decoding (a small file can claim enormous dimensions) */
const maxInputPixels = 100_000_000;
const webpQuality = 82;
/** sharp's own upper limit for drawing an SVG */
const maxSvgDensity = 100_000;

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

/** The density (dots per inch; 72 draws an SVG at its own size) that draws a drawing `width` wide as wide as the widest copy */
function densityToFill(width: number | undefined): number {
  const wanted = imageWidths[imageWidths.length - 1]!;
  return width && width < wanted ? Math.min(72 * (wanted / width), maxSvgDensity) : 72;
}

export async function resizeImage(bytes: Uint8Array): Promise<ResizedImage> {
  try {
    const options = { autoOrient: true, limitInputPixels: maxInputPixels, failOn: "error", pages: 1 } as const;
    const { format, width: drawnWidth } = await sharp(bytes, options).metadata();
    const source = sharp(bytes, format === "svg" ? { ...options, density: densityToFill(drawnWidth) } : options);
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
