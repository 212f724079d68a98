// The HTTP caching policy, for every kind of answer, in one place: the Cache-Control a route asks for and
// the rules that depend on the answer itself, which answers carry an ETag, and what the page cache may keep.
// Routes pick a policy with `export { readerHeaders as headers }` (app/routing/cache-control.ts).
// See docs/decisions/013-http-layer.md.

/** Reader pages: the same for everyone; kept a minute, then served stale for 10 minutes while revalidating */
export const readerCacheControl = "public, max-age=60, stale-while-revalidate=600";
/** A page with per-reader data (a CSRF token): never stored, by the browser or anyone else */
export const privateCacheControl = "no-store";
/** Content-hashed bundles and fonts never change */
export const immutableMaxAge = "1y";
/** Other files of public/ */
export const publicFileMaxAge = "1h";

/**
 * The Cache-Control an answer leaves with: a server error is never stored; a 404/410 of a public page is
 * kept a minute at most; other client errors depend on the request; a cookie makes any answer per-reader;
 * a translator's pseudo-locale (a cookie) changes the page for that browser only.
 */
export function finalCacheControl(answer: { status: number; cacheControl: string | undefined; setsCookie: boolean; pseudoLocale: boolean }): string | undefined {
  const { status, cacheControl, setsCookie } = answer;
  if (answer.pseudoLocale || status >= 500) return "no-store";
  if (setsCookie && !/\b(private|no-store)\b/.test(cacheControl ?? "")) return "no-store";
  if (status === 404 || status === 410) return /\bpublic\b/.test(cacheControl ?? "") ? "public, max-age=60" : cacheControl;
  if (status >= 400) return "no-store";
  return cacheControl;
}

/** The app's text answers (HTML, feeds, sitemaps, JSON): the ones hashed into an ETag and compressed */
export function isText(contentType: string | null | undefined): boolean {
  return /^(text\/|application\/(json|xml|rss\+xml|atom\+xml)\b)/.test(contentType ?? "");
}

const noStore = (cacheControl: string | undefined) => /\bno-store\b/.test(cacheControl ?? "");

/** Whether the answer gets a strong ETag from its body (and a 304 for a matching If-None-Match) */
export function carriesEtag(answer: { method: string; status: number; cacheControl: string | undefined; contentType: string | null; hasEtag: boolean }): boolean {
  return answer.method === "GET" && answer.status === 200 && !answer.hasEtag && !noStore(answer.cacheControl) && isText(answer.contentType);
}

/** Paths whose answers are never kept by the page cache: the editorial screens, files, health */
const bypassedPaths = /^\/(admin|build|fonts|uploads|files|healthz|locales)(\/|$)/;

/** A developer's pseudo-locale (app/i18n/pseudo.server.ts) makes a page per-browser */
export function choosesPseudoLocale(cookieHeader: string | undefined): boolean {
  return cookieHeader !== undefined && /(?:^|;)\s*pseudo=/.test(cookieHeader);
}

/** Whether the page cache may answer this request (or keep its answer) at all */
export function pageCacheMayServe(request: { method: string | undefined; path: string; cookie: string | undefined }): boolean {
  if (request.method !== "GET" && request.method !== "HEAD") return false;
  // A trailing slash is redirected (trailing-slash.server.ts)
  if (bypassedPaths.test(request.path) || (request.path.length > 1 && request.path.endsWith("/"))) return false;
  return !choosesPseudoLocale(request.cookie);
}

/**
 * Whether the page cache may keep this answer: what a shared cache could keep, the same for every reader
 * (no cookie, and no inline script with this answer's nonce in its body).
 */
export function pageCacheMayKeep(answer: { method: string; status: number; cacheControl: string | undefined; setsCookie: boolean; contentType: string | null; body: Buffer; nonce: string }): boolean {
  return (
    answer.method === "GET" &&
    (answer.status === 200 || answer.status === 404) &&
    /\bpublic\b/.test(answer.cacheControl ?? "") &&
    !noStore(answer.cacheControl) &&
    !answer.setsCookie &&
    isText(answer.contentType) &&
    !(answer.nonce !== "" && answer.body.includes(answer.nonce))
  );
}

/** While the database cannot be reached (503): the last good copy, which no one else may keep */
export const staleCopyCacheControl = "no-store";

/** Whether a reader's copy with this If-None-Match is current (a request's Cache-Control: no-cache asks for the body) */
export function notModified(requestHeaders: { "if-none-match"?: string; "cache-control"?: string }, etag: string | undefined): boolean {
  const ifNoneMatch = requestHeaders["if-none-match"];
  if (!etag || !ifNoneMatch) return false;
  if (/(?:^|,)\s*no-cache\s*(?:,|$)/.test(requestHeaders["cache-control"] ?? "")) return false;
  if (ifNoneMatch.trim() === "*") return true;
  return ifNoneMatch.split(",").some((tag) => tag.trim().replace(/^W\//, "") === etag);
}

/** Below this, compressing saves less than it costs */
export const compressionThreshold = 1024;
