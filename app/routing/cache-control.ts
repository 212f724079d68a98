// HTTP caching of the pages, decided in one place. Remix gives a route without a `headers` export its
// parent's headers, so the edition layout ($lang.tsx) exports `readerHeaders` and every reader page
// (home, listings, article pages without a token, category/author/series, about, media, publications,
// search) inherits it; a page that renders per-reader data (a CSRF token) exports `privateHeaders`.
// server.mjs then applies the rules that depend on the answer itself (see cacheControlForStatus there):
// 5xx and most 4xx → no-store, 404/410 → a short public max-age, any Set-Cookie → no-store,
// and it adds a strong ETag computed from the body with 304 answers to a matching If-None-Match.
import type { HeadersFunction } from "@remix-run/node";

/**
 * Reader pages are the same for every reader: a shared cache (CDN, proxy) and the browser may keep a
 * copy for a minute, then serve the stale copy for up to 10 minutes while it revalidates in the
 * background (a cheap 304 thanks to the ETag). A correction is seen everywhere within ~11 minutes at worst.
 */
export const readerCacheControl = "public, max-age=60, stale-while-revalidate=600";

/**
 * A page carrying a reader's CSRF token (or any other per-reader value): never stored anywhere, neither by a
 * shared cache nor by the browser (no-store alone says so; "private" would only add that shared caches must not)
 */
export const privateCacheControl = "no-store";

/** Headers a thrown response carries that the error page must keep (429's Retry-After, 413's Connection: close) */
const keptErrorHeaders = ["Retry-After", "Connection"];

function withErrorHeaders(cacheControl: string, errorHeaders: Headers | undefined): Headers {
  const headers = new Headers({ "Cache-Control": cacheControl });
  for (const name of keptErrorHeaders) {
    const value = errorHeaders?.get(name);
    if (value) headers.set(name, value);
  }
  return headers;
}

/** `export { readerHeaders as headers }`: the page is the same for every reader */
export const readerHeaders: HeadersFunction = ({ errorHeaders }) => withErrorHeaders(readerCacheControl, errorHeaders);

/** `export { privateHeaders as headers }`: the page carries per-reader data (a CSRF token) */
export const privateHeaders: HeadersFunction = ({ errorHeaders }) => withErrorHeaders(privateCacheControl, errorHeaders);
