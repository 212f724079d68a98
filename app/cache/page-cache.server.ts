// The server-side page cache: rendered reader pages (and feeds, sitemaps) kept in memory per URL, so a
// repeated read costs a map lookup instead of database queries and a React render.
// Never stale after an edit: every change readers could see is announced on PostgreSQL's
// `content_changed` channel once its transaction commits (app/content/changes.server.ts), and every
// server process listening to it (LISTEN, through either driver) empties its cache. A scheduled item
// needs no announcement: the cache empties itself at the next scheduled publication time, and entries
// are fresh for PAGE_CACHE_TTL_SECONDS ("2 hours ago" stays true, as with HTTP's max-age). An entry past
// that is not served while the site works, but it is the last good copy: while the database is
// unreachable (the app answers 503), readers get it instead of the "temporarily unavailable" page.
// Only what HTTP may share is kept: GET answers marked public, without Set-Cookie, outside /admin, and
// the same for every reader. Reader pages carry no inline script, hence no CSP nonce in their body (see
// root.tsx), so a stored page is sent as it is, and brotli and gzip copies of it are made once, at the
// first request that accepts them, instead of compressing the same bytes on every answer.
import type { IncomingMessage, ServerResponse } from "node:http";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import Negotiator from "negotiator";
import { getEnvironment } from "~/env.server";

type ContentCoding = "br" | "gzip";

export interface CachedPage {
  status: number;
  headers: [string, string | number | string[]][];
  body: Buffer;
  /** Compressed copies of body, made when first asked for */
  encoded: Partial<Record<ContentCoding, Buffer>>;
  etag: string | undefined;
  bytes: number;
  storedAt: number;
}

export type Request = IncomingMessage & { originalUrl?: string; path?: string; fresh?: boolean; method?: string };
export type Response = ServerResponse & { locals: { cspNonce?: string; clientAddress?: string; origin?: string } };
export type Next = (error?: unknown) => void;

/** Headers that belong to one answer, never to the stored page */
export const perAnswerHeaders: ReadonlySet<string> = new Set(["content-security-policy", "set-cookie", "x-request-id", "date", "connection", "transfer-encoding", "content-length", "content-encoding", "x-page-cache"]);
const bypassedPaths = /^\/(admin|build|fonts|uploads|healthz|locales)(\/|$)/;
/** Below this, compressing saves less than it costs (the compression middleware's threshold too) */
const compressionThreshold = 1024;
const offeredCodings = ["br", "gzip", "identity"];

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
   * Pages being rendered, by key. A reader asking for a page that is being rendered waits for that
   * rendering instead of starting another: after a start or a clear(), a crowd asking for the same few
   * pages would otherwise render each of them once per reader, all at the same time, and starve the
   * process (under 200 connections, answers took over 10 s). Settled when the answer is sent or dropped.
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
    this.evictBeyondBound();
  }

  private evictBeyondBound(): void {
    for (const [oldestKey] of this.pages) {
      if (this.bytes <= this.maxBytes) break;
      this.delete(oldestKey);
    }
  }

  /** A compressed copy of the page stored at key, made (and counted in the memory bound) the first time it is asked for */
  encoded(key: string, page: CachedPage, coding: ContentCoding): Buffer {
    let body = page.encoded[coding];
    if (!body) {
      body =
        coding === "br"
          ? // Quality 5: within a few percent of the best size for pages like these, in a fraction of quality 11's time
            brotliCompressSync(page.body, { params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: page.body.length } })
          : gzipSync(page.body, { level: 6 });
      page.encoded[coding] = body;
      page.bytes += body.length;
      // (A page forgotten meanwhile, by clear() or eviction, is no longer counted)
      if (this.pages.get(key) === page) {
        this.bytes += body.length;
        this.evictBeyondBound();
      }
    }
    return body;
  }

  clear(): void {
    this.generation++;
    this.pages.clear();
    this.bytes = 0;
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

function cacheable(req: Request, cookieHeader: string | undefined): boolean {
  if (req.method !== "GET" && req.method !== "HEAD") return false;
  if (bypassedPaths.test(req.path ?? "")) return false;
  return !choosesPseudoLocale(cookieHeader);
}

/** A developer's pseudo-locale makes a page per-browser (app/i18n/pseudo.server.ts) */
export function choosesPseudoLocale(cookieHeader: string | undefined): boolean {
  return /(?:^|;)\s*pseudo=/.test(cookieHeader ?? "");
}

/**
 * Express middleware, mounted by server.mjs above its ETag layer: answers from the cache (with this
 * answer's nonce, and 304 when the reader's copy is current), or lets the app answer and keeps a copy
 * of what it may share.
 */
export function pageCacheMiddleware(req: Request, res: Response, next: Next): void {
  answer(req, res, next, false);
}

function answer(req: Request, res: Response, next: Next, waited: boolean): void {
  const cache = pageCache();
  if (!cache || !cacheable(req, req.headers.cookie)) return next();
  // Per origin: absolute URLs in a page come from it (app/http/origin.server.ts)
  const key = `${res.locals.origin ?? ""}${req.originalUrl ?? req.url ?? ""}`;
  const nonce = res.locals.cspNonce ?? "";

  const stored = cache.get(key);
  // Once only: if that rendering could not be kept (an error, a cookie), this reader's own is next
  const rendering = cache.rendering.get(key);
  if (!stored?.fresh && rendering && !waited) {
    rendering.then(() => answer(req, res, next, true), next);
    return;
  }
  if (stored?.fresh) {
    cache.hits++;
    res.statusCode = stored.page.status;
    for (const [name, value] of stored.page.headers) res.setHeader(name, value);
    res.setHeader("X-Page-Cache", "hit");
    if (stored.page.etag && req.fresh) {
      res.statusCode = 304;
      res.removeHeader("Content-Security-Policy");
      res.removeHeader("Content-Type");
      res.end();
      return;
    }
    sendStored(req, res, cache, key, stored.page);
    return;
  }

  cache.misses++;
  res.setHeader("X-Page-Cache", "miss");
  const generationAtStart = cache.generation;
  // Settled once the page is stored (in end() below), or when the answer ends otherwise
  let settleRendering = () => {};
  if (!rendering) {
    let settle!: () => void;
    const settled = new Promise<void>((resolve) => (settle = resolve));
    cache.rendering.set(key, settled);
    settleRendering = () => {
      if (cache.rendering.get(key) === settled) cache.rendering.delete(key);
      settle();
    };
    res.once("finish", settleRendering);
    res.once("close", settleRendering);
  }
  if (stored) {
    // A 503 page is not buffered by the ETag layer: drop what it writes, the last good copy replaces it at end()
    const write = res.write;
    res.write = function (this: Response, ...args: unknown[]) {
      if (res.statusCode !== 503) return (write as (...a: unknown[]) => boolean).apply(this, args);
      const done = args.find((argument) => typeof argument === "function") as (() => void) | undefined;
      if (done) process.nextTick(done);
      return true;
    } as typeof res.write;
  }
  const end = res.end;
  // The ETag layer below calls end() once with the whole body (or with nothing, for a 304)
  res.end = function (this: Response, ...args: unknown[]) {
    const [chunk] = args;
    if (res.statusCode === 503 && stored && !res.headersSent) {
      // (end() may carry the error page's last chunk: dropped with the rest)
      // The database is unreachable: the last good copy, marked as such, stored by no one else
      for (const name of res.getHeaderNames()) if (!perAnswerHeaders.has(name) || name === "content-length") res.removeHeader(name);
      for (const [name, value] of stored.page.headers) res.setHeader(name, value);
      res.removeHeader("ETag");
      res.statusCode = stored.page.status;
      res.setHeader("Cache-Control", "no-store");
      res.setHeader("X-Page-Cache", "stale");
      const body = stored.page.body;
      res.setHeader("Content-Length", body.length);
      return (end as (...a: unknown[]) => Response).call(this, req.method === "HEAD" ? undefined : body);
    }
    const cacheControl = String(res.getHeader("Cache-Control") ?? "");
    if (
      req.method === "GET" &&
      (res.statusCode === 200 || res.statusCode === 404) &&
      Buffer.isBuffer(chunk) &&
      /\bpublic\b/.test(cacheControl) &&
      !/\bno-store\b/.test(cacheControl) &&
      !res.hasHeader("Set-Cookie") &&
      // A page with this answer's nonce in it (an inline script) belongs to this answer alone
      !(nonce && chunk.includes(nonce)) &&
      cache.generation === generationAtStart
    ) {
      cache.set(key, pageToKeep(res, chunk));
    }
    settleRendering();
    return (end as (...a: unknown[]) => Response).apply(this, args);
  } as typeof res.end;
  next();
}

/** The answer being sent, with this body, as a page to keep: without the headers that belong to this answer alone */
export function pageToKeep(res: ServerResponse, body: Buffer, perAnswer: ReadonlySet<string> = perAnswerHeaders): CachedPage {
  const headers = Object.entries(res.getHeaders())
    .filter(([name]) => !perAnswer.has(name.toLowerCase()))
    .map(([name, value]) => [name, value] as [string, string | number | string[]]);
  return { status: res.statusCode, headers, body, encoded: {}, etag: res.getHeader("ETag")?.toString(), bytes: body.length, storedAt: Date.now() };
}

/**
 * A stored page in the best content coding the reader accepts. The compression middleware above leaves an
 * answer that already has a Content-Encoding alone.
 */
export function sendStored(req: Request, res: Response, cache: PageCache, key: string, page: CachedPage): void {
  res.setHeader("Vary", "Accept-Encoding");
  const coding = page.body.length < compressionThreshold ? "identity" : new Negotiator(req).encoding(offeredCodings);
  const body = coding === "br" || coding === "gzip" ? cache.encoded(key, page, coding) : page.body;
  if (body !== page.body) res.setHeader("Content-Encoding", coding!);
  res.setHeader("Content-Length", body.length);
  res.end(req.method === "HEAD" ? undefined : body);
}
