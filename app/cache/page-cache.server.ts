// The server-side page cache: rendered reader pages (and feeds, sitemaps) kept in memory per origin and
// URL, so a repeated read costs a map lookup and a write of stored bytes. Emptied on every change readers
// could see (app/cache/invalidation.server.ts) and fresh for PAGE_CACHE_TTL_SECONDS; an entry past that
// is only the last good copy, sent while the database is unreachable. What may be kept is decided by
// app/http/caching-policy.ts; each page is stored with its brotli copy and the headers of each coding, made
// once when it is stored; the gzip copy, which few readers need, once the first of them asks (docs/decisions/013-http-layer.md).
import { editionCodes } from "~/editions";
import { getEnvironment } from "~/env.server";
import { compressionThreshold } from "~/http/caching-policy";
import { compressBody } from "~/http/compression.server";

export type ContentCoding = "br" | "gzip" | "identity";

/** One stored body and the headers that go with it, as a flat list ready for writeHead */
export interface StoredVariant {
  body: Buffer;
  headers: string[];
}

export interface CachedPage {
  status: number;
  /** The app's headers (Content-Type, Cache-Control, ETag…), without those of one answer */
  headers: [string, string][];
  etag: string | undefined;
  variants: Partial<Record<ContentCoding, StoredVariant>> & { identity: StoredVariant };
  bytes: number;
  storedAt: number;
}

/**
 * A page as stored: its body in every content coding worth sending, each with its complete headers (the
 * app's and the constant ones given here), so an answer from the cache only adds what is its own.
 */
export function storedPage(status: number, headers: [string, string][], body: Buffer, constantHeaders: readonly (readonly [string, string])[] = [], storedAt = Date.now()): CachedPage {
  const etag = headers.find(([name]) => name.toLowerCase() === "etag")?.[1];
  const common = [...constantHeaders, ...headers].flat();
  const variant = (coded: Buffer, coding: ContentCoding): StoredVariant => ({
    body: coded,
    headers: [...common, "Vary", "Accept-Encoding", ...(coding === "identity" ? [] : ["Content-Encoding", coding]), "Content-Length", String(coded.length)],
  });
  const variants: CachedPage["variants"] = { identity: variant(body, "identity") };
  let bytes = body.length;
  if (body.length >= compressionThreshold) {
    variants.br = variant(compressBody(body, "br", "kept"), "br");
    let gzip: StoredVariant | undefined;
    Object.defineProperty(variants, "gzip", { enumerable: true, get: () => (gzip ??= variant(compressBody(body, "gzip", "kept"), "gzip")) });
    // Counts the brotli copy and, before it is made, the gzip copy at about the same size: the cache's total never grows behind its back
    bytes += variants.br.body.length * 2;
  }
  return { status, headers, etag, variants, bytes, storedAt };
}

const editionSegments: ReadonlySet<string> = new Set(editionCodes);

/** "en" of "https://example.org/en/articles/x?page=2", "" of "https://example.org/" (keys are origin + URL) */
function firstPathSegment(key: string): string {
  const pathStart = key.indexOf("/", key.indexOf("//") + 2);
  if (pathStart === -1) return "";
  const end = key.slice(pathStart + 1).search(/[/?#]/);
  return end === -1 ? key.slice(pathStart + 1) : key.slice(pathStart + 1, pathStart + 1 + end);
}

export class PageCache {
  private readonly pages = new Map<string, CachedPage>();
  private bytes = 0;
  /**
   * Counts clear()s. A page whose rendering began before a change committed may finish after the cache
   * was emptied for that change: it is stored only if no clear() happened since it began.
   */
  generation = 0;
  hits = 0;
  misses = 0;
  /**
   * Pages being rendered, by key: a reader asking for one waits for that rendering instead of starting
   * another (after a start or a clear(), a crowd would otherwise render the same pages once per reader).
   */
  readonly rendering = new Map<string, Promise<void>>();

  constructor(
    private readonly maxBytes: number,
    private readonly ttlMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  get size(): number {
    return this.pages.size;
  }

  /** The stored page and whether it is still fresh (a stale one is only the last good copy) */
  get(key: string): { page: CachedPage; fresh: boolean } | undefined {
    const page = this.pages.get(key);
    if (!page) return undefined;
    // Most recently used last: the Map's order is the eviction order
    this.pages.delete(key);
    this.pages.set(key, page);
    return { page, fresh: this.now() - page.storedAt <= this.ttlMs };
  }

  set(key: string, page: CachedPage): void {
    if (page.bytes > this.maxBytes / 8) return;
    this.delete(key);
    this.pages.set(key, page);
    this.bytes += page.bytes;
    for (const [oldestKey] of this.pages) {
      if (this.bytes <= this.maxBytes) break;
      this.delete(oldestKey);
    }
  }

  /** Marks key as being rendered; the returned function settles it (once the answer is stored or dropped) */
  startRendering(key: string): () => void {
    let settle!: () => void;
    const settled = new Promise<void>((resolve) => (settle = resolve));
    this.rendering.set(key, settled);
    return () => {
      if (this.rendering.get(key) === settled) this.rendering.delete(key);
      settle();
    };
  }

  clear(): void {
    this.generation++;
    this.pages.clear();
    this.bytes = 0;
  }

  /** Forgets the pages of one edition (/<edition> and below) and every page of no edition (/, sitemaps, robots.txt) */
  forgetEdition(edition: string): void {
    this.generation++;
    for (const key of this.pages.keys()) {
      const segment = firstPathSegment(key);
      if (segment === edition || !editionSegments.has(segment)) this.delete(key);
    }
  }

  private delete(key: string): void {
    const page = this.pages.get(key);
    if (!page) return;
    this.bytes -= page.bytes;
    this.pages.delete(key);
  }
}

let shared: PageCache | null | undefined;

/** This process's page cache, or null when PAGE_CACHE=off */
export function pageCache(): PageCache | null {
  if (shared === undefined) {
    const environment = getEnvironment();
    shared = environment.PAGE_CACHE === "off" ? null : new PageCache(environment.PAGE_CACHE_MAX_MB * 1024 * 1024, environment.PAGE_CACHE_TTL_SECONDS * 1000);
  }
  return shared;
}
