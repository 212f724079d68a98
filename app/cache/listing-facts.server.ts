// Facts about reader listings that cost more to find than the rest of the page, kept between changes:
// - how many visible articles a listing has ("page 3 of N"): counting reads the index entry of every
//   visible article of the edition or category, 20-35 ms at 100,000 articles per edition;
// - where a deep page of a listing starts: OFFSET steps over every newer article (page 9,800 of the
//   archive skips 98,000 index entries), while from a known first article of the page the page is an
//   index seek (articles.server.ts, listArticles).
// Both change only when content changes or a scheduled item comes out, the moments at which the page cache
// is emptied too (invalidation.server.ts calls forgetListingFacts), so each is kept until then, and for
// PAGE_CACHE_TTL_SECONDS at most. Unlike the page cache, this is on with PAGE_CACHE=off as well.
import { getEnvironment } from "~/env.server";

const facts = new Map<string, { value: unknown; foundAt: number }>();
/** Counts clears: a fact looked up before a change and found after it is not kept */
let generation = 0;
/** Listings and their pages are bounded by the content, but a crawler walks them all: a bound on memory */
const maxFacts = 20_000;

/** The fact named `key`: kept, or found by `find` (and kept unless it is undefined or content changed meanwhile) */
export async function listingFact<T>(key: string, find: () => Promise<T>): Promise<T> {
  const kept = keptListingFact<T>(key);
  if (kept !== undefined) return kept;
  const generationAtStart = generation;
  const value = await find();
  if (value !== undefined) rememberListingFact(key, value, generationAtStart);
  return value;
}

/** A fact learnt along the way (a page's first article, from the page itself), unless content changed since `generationAtStart` */
export function rememberListingFact(key: string, value: unknown, generationAtStart = generation): void {
  if (generation !== generationAtStart) return;
  if (facts.size >= maxFacts) facts.clear();
  facts.set(key, { value, foundAt: Date.now() });
}

/** The kept fact named `key`, if any (not looked up) */
export function keptListingFact<T>(key: string): T | undefined {
  const kept = facts.get(key);
  return kept && Date.now() - kept.foundAt <= getEnvironment().PAGE_CACHE_TTL_SECONDS * 1000 ? (kept.value as T) : undefined;
}

/** For a lookup that remembers what it learns later: the current generation */
export function listingFactsGeneration(): number {
  return generation;
}

export function forgetListingFacts(): void {
  generation++;
  facts.clear();
}
