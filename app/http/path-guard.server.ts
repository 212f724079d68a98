// Paths the app cannot take as they are: too long to be an address of the site, or decoding to something
// the router would choke on. See the e2e/fuzz-paths.spec.ts cases.
import type { NextFunction, Request, Response } from "express";

/**
 * Longer than any page's address (the longest slug, 200 characters percent-encoded, with the longest query
 * a page reads): the edition layout answers 414 (app/routes/$lang.tsx). Never redirected: a Location
 * echoing such an address overflowed clients' header limit (16 KB in Node).
 */
const maxAddressLength = 8_192;
export const addressTooLong = (originalUrl: string): boolean => originalUrl.length > maxAddressLength;

/** The path decoded (`resolve`: as an address resolves it), or undefined when it is no address or malformed */
export function decodedPath(path: string, { resolve = false } = {}): string | undefined {
  try {
    return decodeURIComponent(resolve ? new URL(`http://localhost${path}`).pathname : path);
  } catch {
    return undefined;
  }
}

/** A path that decodes to "/\…", to "/" and tabs or line breaks, or with a control character in it */
const routerUnsafe = /^\/([\t\n\r]*[\\/]|[\t\n\r]+$)|[\u0000-\u001F\u007F]/;

/**
 * The address the app is given for a path as sent (the same when it is harmless). Remix's adapter parses
 * the address as a URL, resolving dot segments ("%2E%2E" too); React Router then re-encodes the matched
 * path with new URL(path, base), which throws (a 500) for routerUnsafe paths (remix-run/react-router#15140),
 * and NUL cannot reach PostgreSQL. Such a path becomes one segment encoded twice, inert once the router has
 * decoded it: the app answers its 404.
 */
export function guardedUrl(originalUrl: string): string {
  const resolved = decodedPath(originalUrl, { resolve: true });
  if (resolved === undefined || !routerUnsafe.test(resolved)) return originalUrl;
  const queryStart = originalUrl.indexOf("?");
  return `/${encodeURIComponent(encodeURIComponent(resolved.slice(1)))}${queryStart === -1 ? "" : originalUrl.slice(queryStart)}`;
}

/** Express middleware: the app sees the guarded address (the adapter reads originalUrl) */
export function pathGuard(req: Request, _res: Response, next: NextFunction): void {
  const guarded = guardedUrl(req.originalUrl);
  if (guarded !== req.originalUrl) req.url = req.originalUrl = guarded;
  next();
}
