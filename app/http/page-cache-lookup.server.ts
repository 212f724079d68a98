// The page cache's side of a request, before Express's middleware chain: a fresh stored page is sent at
// once (see stored-answer.server.ts); otherwise the request goes on with a ticket that the answer step
// (answer.server.ts) uses to store what the app renders, or to send the last good copy on a 503.
import type { IncomingMessage, ServerResponse } from "node:http";
import type { CachedPage, PageCache } from "~/cache/page-cache.server";
import { pageCacheMayServe } from "./caching-policy";
import { sendStoredPage } from "./stored-answer.server";

/** What the answer step needs to keep the page the app is about to render */
export interface PageCacheTicket {
  key: string;
  generationAtStart: number;
  /** The stale copy, if any: sent instead of the app's 503 while the database is unreachable */
  stale: CachedPage | undefined;
}

export interface PageCacheLookupOptions {
  cache: PageCache;
  /** The request's origin (pages are kept per origin), or undefined when it names no valid host */
  originOf(req: IncomingMessage): string | undefined;
  /** The headers of this answer alone (its policy's nonce, request id, HSTS) as a flat list; and its log line */
  ownHeaders(req: IncomingMessage): { headers: string[]; id: string };
  logged(req: IncomingMessage, status: number, id: string): void;
}

/**
 * Answers from the cache ("answered"), or says how the request goes on: with a ticket when its answer
 * may be kept, or undefined when the cache has no part in it.
 */
export function createPageCacheLookup({ cache, originOf, ownHeaders, logged }: PageCacheLookupOptions) {
  type Outcome = PageCacheTicket | "answered" | undefined;
  // Not async: a hit is answered in the turn the request arrived in; only waiting for a rendering is a promise
  return function lookup(req: IncomingMessage, res: ServerResponse, waited = false): Outcome | Promise<Outcome> {
    const url = req.url ?? "/";
    const queryStart = url.indexOf("?");
    if (!pageCacheMayServe({ method: req.method, path: queryStart === -1 ? url : url.slice(0, queryStart), cookie: req.headers.cookie })) return undefined;
    const origin = originOf(req);
    if (origin === undefined) return undefined;
    const key = origin + url;

    const stored = cache.get(key);
    if (stored?.fresh) {
      cache.hits++;
      const own = ownHeaders(req);
      own.headers.push("X-Page-Cache", "hit");
      sendStoredPage(req, res, stored.page, own.headers);
      logged(req, res.statusCode, own.id);
      return "answered";
    }
    // Once only: if that rendering could not be kept (an error, a cookie), this reader's own is next
    const rendering = cache.rendering.get(key);
    if (rendering && !waited) return rendering.then(() => lookup(req, res, true));
    cache.misses++;
    if (!rendering) {
      const settle = cache.startRendering(key);
      res.once("finish", settle);
      res.once("close", settle);
    }
    return { key, generationAtStart: cache.generation, stale: stored?.page };
  };
}
