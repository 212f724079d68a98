// Shapes of the demo media and publications. Each edition's content lives in media-content/<edition>.ts
// and is written natively in that language; media-seed.server.ts turns it into rows and PDF files.
import type { ImageKey } from "../types";

/** Illustrations in public/images/demo/<key>.svg: the article ones and those drawn for the media pages */
export const mediaImageKeys = [
  "cartoon-scales",
  "cartoon-waiting",
  "cartoon-megaphone",
  "tents",
  "olive-grove",
] as const;
export type MediaImageKey = ImageKey | (typeof mediaImageKeys)[number];

export interface SeedMediaImage {
  image: MediaImageKey;
  /** What the picture shows, for readers who cannot see it (never empty: the database refuses it) */
  alt: string;
  caption: string;
}

interface SeedDated {
  /** URL slug in the edition's own script, unique within the kind */
  slug: string;
  title: string;
  description: string;
  /** Publication time relative to the moment the seed runs */
  hoursAgo: number;
  /** Same key in every edition that carries this item */
  translationKey?: string;
}

/** A cartoon, a news picture or a photo gallery: image-first, images in reading order */
export interface SeedMediaPost extends SeedDated {
  images: SeedMediaImage[];
}

export interface SeedVideo extends SeedDated {
  /** The player's address, added to the page only when the reader asks for it */
  embedUrl: string;
  durationSeconds: number;
  /** Our own still, shown until the player is loaded */
  poster: SeedMediaImage;
}

export interface SeedContentsEntry {
  title: string;
  /** Slug of an article of the same edition this entry leads to (it must exist in app/db/seed/content) */
  articleSlug?: string;
}

export interface SeedPdfText {
  /**
   * The text printed in the demo PDF. The PDF standard fonts carry Latin script only, so Arabic and
   * Persian documents are written here in Latin transliteration (the page around them stays in the
   * edition's own script); `transliterated` adds a note saying so to the file.
   */
  title: string;
  paragraphs: string[];
  contentsHeading: string;
  contents: string[];
  transliterated?: boolean;
}

export interface SeedPublication extends SeedDated {
  /** Newsletter and Pars Brief issues are numbered; books carry the year of their edition instead */
  issueNumber?: number;
  /** Language code of the document itself (an edition may list a document in another language) */
  language: string;
  cover: { image: MediaImageKey; alt: string };
  contents: SeedContentsEntry[];
  pdf: SeedPdfText;
}

export interface EditionMediaContent {
  cartoons: SeedMediaPost[];
  newspics: SeedMediaPost[];
  photos: SeedMediaPost[];
  videos: SeedVideo[];
  books: SeedPublication[];
  newsletter: SeedPublication[];
  "pars-brief": SeedPublication[];
}
