// What share card an article, media item or publication has, and where it is served:
// /share-cards/<the page's path>/<version>.jpg. The version is a hash of everything drawn on the card (title,
// site name, image address, design), so an edit gives the card a new address and every copy of the old one,
// in a CDN or a platform's cache, may be kept forever. Pages (og:image) and the card's route
// (routes/share-cards.$.ts) describe an item through the same functions below, so they cannot disagree.
import { createHash } from "node:crypto";
import { mkdir, readFile, rename, utimes, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Edition } from "~/editions";
import type { MediaKind, PublicationKind } from "~/db/schema";
import { href } from "~/routing/href";
import { openStoredUpload } from "~/uploads/storage.server";
import { renderShareCard, shareCardSize } from "./render.server";

/** Raise when the drawing of cards changes, so that every card gets a new address */
const cardDesign = 1;

export interface ShareCardSubject {
  edition: Edition;
  /** The page's path, as href() builds it */
  pagePath: string;
  title: string;
  siteName: string;
  image?: { src: string; alt: string };
}

export interface ShareCardImage {
  src: string;
  width: number;
  height: number;
  alt: string;
}

export function articleCardSubject(edition: Edition, siteName: string, article: { slug: string; title: string; coverImage: string | null; coverAlt: string | null }): ShareCardSubject {
  return {
    edition,
    siteName,
    title: article.title,
    pagePath: href(edition.code, "article", article.slug),
    image: article.coverImage ? { src: article.coverImage, alt: article.coverAlt ?? "" } : undefined,
  };
}

export function mediaCardSubject(edition: Edition, siteName: string, kind: MediaKind, item: { slug: string; title: string; images: { src: string; alt: string }[] }): ShareCardSubject {
  const lead = item.images[0];
  return { edition, siteName, title: item.title, pagePath: href(edition.code, "mediaItem", kind, item.slug), image: lead ? { src: lead.src, alt: lead.alt } : undefined };
}

export function publicationCardSubject(edition: Edition, siteName: string, kind: PublicationKind, publication: { slug: string; title: string; coverImage: string | null; coverAlt: string | null }): ShareCardSubject {
  return {
    edition,
    siteName,
    title: publication.title,
    pagePath: href(edition.code, "publication", kind, publication.slug),
    image: publication.coverImage && publication.coverAlt ? { src: publication.coverImage, alt: publication.coverAlt } : undefined,
  };
}

function cardVersion(subject: ShareCardSubject): string {
  const drawn = [cardDesign, subject.edition.code, subject.title, subject.siteName, subject.image?.src ?? ""];
  return createHash("sha256").update(JSON.stringify(drawn)).digest("hex").slice(0, 16);
}

/** The og:image of the subject's page: its card's address (from "/"), size and text alternative */
export function shareCardImage(subject: ShareCardSubject): ShareCardImage {
  return {
    src: `/share-cards${subject.pagePath}/${cardVersion(subject)}.jpg`,
    ...shareCardSize,
    // The branded card shows the site's name and the title: its alternative says the same
    alt: subject.image?.alt || `${subject.siteName}: ${subject.title}`,
  };
}

/** The bytes of an image the site serves itself (an upload or a file of public/); undefined for any other */
async function localImage(src: string): Promise<Uint8Array | undefined> {
  if (src.startsWith("/uploads/")) {
    const file = await openStoredUpload(src.slice("/uploads/".length));
    if (!file) return undefined;
    try {
      return await file.handle.readFile();
    } finally {
      await file.handle.close();
    }
  }
  if (!src.startsWith("/") || src.startsWith("//")) return undefined;
  const publicDir = path.resolve("public");
  const file = path.resolve(publicDir, `.${decodeURI(src.split(/[?#]/)[0]!)}`);
  if (!file.startsWith(publicDir + path.sep) || file.startsWith(path.join(publicDir, "build") + path.sep)) return undefined;
  return readFile(file).catch(() => undefined);
}

// Drawn cards, most recently used last, up to a bound in bytes (a card weighs 25–60 KB)
const cacheLimitBytes = 32 * 1024 * 1024;
const cache = new Map<string, Buffer>();
let cachedBytes = 0;
const drawing = new Map<string, Promise<Buffer>>();

/**
 * The card as a JPEG, drawn at most once per address while it stays in the cache. With a `store` folder
 * (the mirror export's), drawn cards are also kept there between runs, named by a hash of what they show.
 */
export function shareCardBytes(subject: ShareCardSubject, store?: string): Promise<Buffer> {
  const key = shareCardImage(subject).src;
  const cached = cache.get(key);
  if (cached) {
    cache.delete(key);
    cache.set(key, cached);
    return Promise.resolve(cached);
  }
  let pending = drawing.get(key);
  if (!pending) {
    pending = storedCard(subject, store).then((bytes) => {
      cache.set(key, bytes);
      cachedBytes += bytes.length;
      for (const [oldest, old] of cache) {
        if (cachedBytes <= cacheLimitBytes) break;
        cache.delete(oldest);
        cachedBytes -= old.length;
      }
      return bytes;
    });
    pending.finally(() => drawing.delete(key)).catch(() => {});
    drawing.set(key, pending);
  }
  return pending;
}

/** Drawings under way, by what they show: items sharing an image share its drawing */
const drawingContent = new Map<string, Promise<Buffer | undefined>>();

async function storedCard(subject: ShareCardSubject, store: string | undefined): Promise<Buffer> {
  const image = subject.image ? await localImage(subject.image.src) : undefined;
  // An image card shows only the image: keyed by its bytes (not its address: a file of public/ may change
  // under its name), so the demo content's few pictures are drawn once for all the items that use them
  if (image) {
    const imageKey = ["image", createHash("sha256").update(image).digest("hex")];
    // An image sharp cannot read still gets the branded card rather than no card
    const card = await drawnOnce(imageKey, store, () => renderShareCard({ edition: subject.edition, siteName: subject.siteName, title: subject.title, image }).catch(() => undefined));
    if (card) return card;
  }
  const brandedKey = ["branded", subject.edition.code, subject.siteName, subject.title];
  return (await drawnOnce(brandedKey, store, () => renderShareCard({ edition: subject.edition, siteName: subject.siteName, title: subject.title })))!;
}

/** `draw()` at most once at a time per content; with a store, at most once while the store keeps the file */
function drawnOnce(content: string[], store: string | undefined, draw: () => Promise<Buffer | undefined>): Promise<Buffer | undefined> {
  const name = createHash("sha256").update(JSON.stringify([cardDesign, ...content])).digest("hex").slice(0, 32);
  let pending = drawingContent.get(name);
  if (!pending) {
    pending = store ? keptOrDrawn(path.join(store, `${name}.jpg`), draw) : draw();
    pending.finally(() => drawingContent.delete(name)).catch(() => {});
    drawingContent.set(name, pending);
  }
  return pending;
}

async function keptOrDrawn(file: string, draw: () => Promise<Buffer | undefined>): Promise<Buffer | undefined> {
  const kept = await readFile(file).catch(() => undefined);
  if (kept) {
    // Touched: the export removes the cards that no run used since it started
    const now = new Date();
    await utimes(file, now, now).catch(() => {});
    return kept;
  }
  const bytes = await draw();
  if (!bytes) return undefined;
  await mkdir(path.dirname(file), { recursive: true });
  // Written under a name of this process, then renamed: a reader never gets half a card
  const partial = `${file}.${process.pid}`;
  await writeFile(partial, bytes);
  await rename(partial, file);
  return bytes;
}
