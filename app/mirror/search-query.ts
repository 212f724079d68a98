// What the mirror's search asks Pagefind for a reader's query (app/mirror/search-client.ts)
import { searchWords } from "../search/normalize";
import { maxQueryWords } from "../search/query";

/**
 * The searches to run: all the words, and each with its neighbour joined to it, as the site's query does
 * (app/search/query.ts), so "می شود" finds "می‌شود" (held joined: "میشود"). Pagefind needs every word of
 * one search; a page that matches any of these searches is a result.
 */
export function mirrorSearches(query: string): string[] {
  const words = searchWords(query).slice(0, maxQueryWords);
  if (words.length === 0) return [];
  const searches = [words.join(" ")];
  for (let index = 0; index + 1 < words.length; index += 1) {
    searches.push([...words.slice(0, index), words[index]! + words[index + 1]!, ...words.slice(index + 2)].join(" "));
  }
  return searches;
}
