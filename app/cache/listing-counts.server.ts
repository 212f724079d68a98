// How many visible articles a listing has ("page 3 of N"), kept between changes. Counting reads the index
// entry of every visible article of the edition or category: 20-35 ms at 100,000 articles per edition,
// more than the rest of the page (docs/performance.md, scale run). A count changes only when content
// changes or a scheduled item comes out, the moments at which the page cache is emptied too
// (invalidation.server.ts calls forgetListingCounts), so each is kept until then, and for
// PAGE_CACHE_TTL_SECONDS at most. Unlike the page cache, this is on with PAGE_CACHE=off as well.
import { getEnvironment } from "~/env.server";

const counts = new Map<string, { total: number; countedAt: number }>();
/** Counts clear()s: a count begun before a change and finished after it is not kept */
let generation = 0;
/** Listings are few (editions × categories, authors and series): a bound only against surprises */
const maxListings = 10_000;

export async function countOfListing(key: string, count: () => Promise<number>): Promise<number> {
  const kept = counts.get(key);
  if (kept && Date.now() - kept.countedAt <= getEnvironment().PAGE_CACHE_TTL_SECONDS * 1000) return kept.total;
  const generationAtStart = generation;
  const total = await count();
  if (generation === generationAtStart) {
    if (counts.size >= maxListings) counts.clear();
    counts.set(key, { total, countedAt: Date.now() });
  }
  return total;
}

export function forgetListingCounts(): void {
  generation++;
  counts.clear();
}
