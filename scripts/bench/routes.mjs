// The routes every measuring script loads, found on the site itself so they exist on whatever content
// was seeded: an article and a category linked from the archive, and the archive's last page.
import { readFileSync } from "node:fs";

async function html(origin, pathname) {
  const response = await fetch(`${origin}${pathname}`);
  if (!response.ok) throw new Error(`${pathname} answered ${response.status}`);
  return response.text();
}

/**
 * The archive's number of pages, read from its "Page 1 of N" line (the pagination links only the
 * neighbouring pages), with the English string of locales/en/article.json and English digits.
 */
function archivePageCount(listing) {
  const pageOf = JSON.parse(readFileSync("locales/en/article.json", "utf8")).pagination.pageOf;
  const escaped = pageOf.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const pattern = new RegExp(escaped.replace("\\{\\{page\\}\\}", "[\\d,]+").replace("\\{\\{pageCount\\}\\}", "([\\d,]+)"));
  const match = listing.replace(/<!--.*?-->/g, "").match(pattern);
  return match ? Number(match[1].replaceAll(",", "")) : 1;
}

export async function lastArchivePage(origin) {
  return archivePageCount(await html(origin, "/en/articles"));
}

/** `searchTerm`: what the search route looks for (a word of the seeded texts) */
export async function discoverRoutes(origin, { searchTerm = "news" } = {}) {
  const listing = await html(origin, "/en/articles");
  const article = listing.match(/href="(\/en\/articles\/[^"?#]+)"/)?.[1];
  const category = listing.match(/href="(\/en\/categories\/[^"?#]+)"/)?.[1];
  if (!article || !category) throw new Error("Could not find an article and a category link on /en/articles");
  return [
    // First, on an idle server: the baseline every route is compared with
    { name: "static file", path: "/favicon.svg" },
    { name: "home", path: "/en" },
    { name: "article", path: article },
    { name: "category", path: category },
    { name: "deep archive page", path: `/en/articles?page=${archivePageCount(listing)}` },
    { name: "search", path: `/en/search?q=${encodeURIComponent(searchTerm)}` },
    { name: "fa feed", path: "/fa/feed.xml" },
  ];
}
