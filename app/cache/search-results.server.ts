// Recent searches' result pages, by edition, normalized query and page: a repeated search (a shared link,
// the next reader typing the same word) costs no query. Emptied with the page cache when content changes
// or a scheduled item comes out (invalidation.server.ts), and kept PAGE_CACHE_TTL_SECONDS at most. Off
// with PAGE_CACHE=off, so that the benchmarks measure the search itself.
import { getEnvironment } from "~/env.server";

const kept = new Map<string, { value: unknown; foundAt: number }>();
/** Counts clears: a search started before a change and finished after it is not kept */
let generation = 0;
/** Queries are endless (a crawler, a bot): the oldest are forgotten beyond this many */
export const maxKeptSearches = 2_000;

/** The key of one result page: what the index sees of the query, not how the reader typed it */
export function searchKey(edition: string, normalizedQuery: string, page: number): string {
  return `${edition}\u0000${normalizedQuery}\u0000${page}`;
}

/** The kept result page for `key`, if any and still fresh */
export function keptSearch<T>(key: string): T | undefined {
  if (getEnvironment().PAGE_CACHE === "off") return undefined;
  const entry = kept.get(key);
  if (!entry) return undefined;
  if (Date.now() - entry.foundAt > getEnvironment().PAGE_CACHE_TTL_SECONDS * 1000) {
    kept.delete(key);
    return undefined;
  }
  return entry.value as T;
}

/** For a search about to run: the generation to hand back to rememberSearch */
export function searchGeneration(): number {
  return generation;
}

/** Keeps a result page, unless content changed since `generationAtStart` */
export function rememberSearch(key: string, value: unknown, generationAtStart: number): void {
  if (getEnvironment().PAGE_CACHE === "off" || generation !== generationAtStart) return;
  kept.delete(key);
  kept.set(key, { value, foundAt: Date.now() });
  // Insertion order: the first key is the oldest
  while (kept.size > maxKeptSearches) kept.delete(kept.keys().next().value!);
}

export function forgetSearchResults(): void {
  generation++;
  kept.clear();
}

export function keptSearchCount(): number {
  return kept.size;
}
