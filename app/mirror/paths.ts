// Where a page of the site lives on a static mirror. A static host serves files and ignores queries, so
// the few query parameters of reader pages become path segments: `?page=2` → `/page/2`, `?image=3` →
// `/image/3`, `?play=1` → `/play`. The export rewrites links that way; the nginx configuration it writes
// maps the query forms onto the same files, so links from outside keep working there.

const queryViews: { name: string; valid: RegExp; segments: (value: string) => string[] }[] = [
  { name: "page", valid: /^[1-9][0-9]{0,5}$/, segments: (value) => ["page", value] },
  { name: "image", valid: /^[1-9][0-9]{0,3}$/, segments: (value) => ["image", value] },
  { name: "play", valid: /^1$/, segments: () => ["play"] },
];

/** The names of the query parameters a mirror maps onto paths (for the nginx configuration) */
export const mirroredQueryParameters = queryViews.map((view) => view.name);

/**
 * The mirror's address for a site address (path and query, no origin): the path as it is, query views
 * appended as segments; undefined when the address has a query a static file cannot stand for.
 */
export function mirrorAddress(pathname: string, search: string): string | undefined {
  const params = new URLSearchParams(search);
  const segments: string[] = [];
  for (const [name] of params) if (!queryViews.some((view) => view.name === name)) return undefined;
  for (const view of queryViews) {
    const value = params.get(view.name);
    if (value === null) continue;
    if (!view.valid.test(value)) return undefined;
    // ?page=1 is the first page itself
    if (view.name === "page" && value === "1") continue;
    segments.push(...view.segments(value));
  }
  const base = pathname === "/" ? "" : pathname.replace(/\/+$/, "");
  return segments.length === 0 ? pathname : `${base}/${segments.join("/")}`;
}

/**
 * The file (relative to the export's directory, in decoded form) of a mirror address: pages become
 * `<path>/index.html`, other answers keep their own name. Undefined for a path that is unsafe on disk.
 */
export function mirrorFile(address: string, isHtml: boolean): string | undefined {
  let segments: string[];
  try {
    segments = address.split("/").filter(Boolean).map((segment) => decodeURIComponent(segment));
  } catch {
    return undefined;
  }
  if (segments.some((segment) => segment === "." || segment === ".." || /[\u0000-\u001F\\/]/.test(segment) || segment.startsWith(".")))
    return undefined;
  if (isHtml) return [...segments, "index.html"].join("/");
  return segments.length === 0 ? undefined : segments.join("/");
}

/**
 * Links of a rendered page rewritten to their mirror addresses: href, action and content attributes that
 * name a path of the site (from "/", or on `origin`) with a query. Links with a query no file stands for
 * are left as they are.
 */
export function rewriteQueryLinks(html: string, origin = ""): string {
  const prefix = origin ? `(?:${origin.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")})?` : "";
  const link = new RegExp(`\\b(href|action|content)="(${prefix})(/[^"?#]*)\\?([^"#]*)(#[^"]*)?"`, "g");
  return html.replace(link, (whole, attribute: string, linkOrigin: string, path: string, query: string, hash = "") => {
    const address = mirrorAddress(path, `?${query.replaceAll("&amp;", "&")}`);
    return address === undefined ? whole : `${attribute}="${linkOrigin}${address}${hash}"`;
  });
}
