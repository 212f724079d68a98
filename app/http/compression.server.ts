// How hard each answer is compressed. A page kept in the page cache is compressed once and sent many times,
// so it gets the smaller output; an answer sent once (the cache off, a page it may not keep, a stream) gets
// the cheaper settings. Measured on the demo's pages in docs/performance.md ("Compression of uncached answers").
import { brotliCompressSync, constants, createBrotliCompress, createGzip, gzipSync, type BrotliCompress, type Gzip } from "node:zlib";

export type CompressedCoding = "br" | "gzip";

/** Brotli quality and gzip level of a page kept for many answers, and of an answer sent once */
const settings = {
  kept: { brotliQuality: 5, gzipLevel: 6 },
  once: { brotliQuality: 3, gzipLevel: 4 },
} as const;

export function compressBody(body: Buffer, coding: CompressedCoding, use: keyof typeof settings): Buffer {
  const { brotliQuality, gzipLevel } = settings[use];
  return coding === "br"
    ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: brotliQuality, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } })
    : gzipSync(body, { level: gzipLevel });
}

/** A compressing stream for an answer sent as it comes */
export function compressingStream(coding: CompressedCoding): BrotliCompress | Gzip {
  const { brotliQuality, gzipLevel } = settings.once;
  return coding === "br" ? createBrotliCompress({ params: { [constants.BROTLI_PARAM_QUALITY]: brotliQuality } }) : createGzip({ level: gzipLevel });
}
