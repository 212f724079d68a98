// The pages' own caching choice, as Remix `headers` exports. A route without one inherits its parent's, so
// the edition layout ($lang.tsx) exports `readerHeaders` and every reader page inherits it; a page that
// renders per-reader data (a CSRF token) exports `privateHeaders`. The rest of the policy (status, cookies,
// ETag, the page cache) is app/http/caching-policy.ts.
import type { HeadersFunction } from "@remix-run/node";
import { privateCacheControl, readerCacheControl } from "~/http/caching-policy";

export { privateCacheControl, readerCacheControl };

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
