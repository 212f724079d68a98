// One canonical URL per page. A request for another form of it (percent-encoding or Unicode
// normalization that differs, `?page=1`, query parameters the page does not use) is answered with a
// 301 to the canonical form. (A trailing slash is handled for every path in app/http/trailing-slash.server.ts.)
import { redirect } from "@remix-run/node";

/**
 * Throws a 301 to the canonical form when the request is not already it; returns the canonical path
 * with its query. `query` holds the parameters the page uses, already validated, in canonical order.
 */
export function requireCanonical(request: Request, path: string, query: Record<string, string | number | undefined> = {}): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value === undefined || (name === "page" && Number(value) === 1)) continue;
    search.set(name, String(value));
  }
  const canonical = search.size > 0 ? `${path}?${search}` : path;
  const url = new URL(request.url);
  if (`${url.pathname}${url.search}` !== canonical) throw redirect(canonical, 301);
  return canonical;
}
