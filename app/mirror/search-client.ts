// The mirror's search, in the browser (bundled by the export, loaded only by a mirror's search page).
// The export fed Pagefind each article's text normalized by the site's own search normalization
// (app/search/normalize.ts), so the query is normalized the same way here: a Persian query typed with
// Arabic yeh and kaf, or with diacritics, finds what the site's search finds. See docs/mirrors.md.
import { mirrorSearches } from "./search-query";

interface PagefindResultData {
  url: string;
  meta: Record<string, string | undefined>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  search(term: string): Promise<{ results: { id: string; score: number; data(): Promise<PagefindResultData> }[] } | null>;
}

const shownResults = 50;

async function run(box: HTMLElement): Promise<void> {
  const query = new URLSearchParams(location.search).get("q") ?? "";
  for (const input of document.querySelectorAll<HTMLInputElement>('input[type="search"][name="q"]')) input.value = query;
  const searches = mirrorSearches(query);
  if (searches.length === 0) return;
  const data = box.dataset;
  box.textContent = data.searching ?? "";
  // A variable, so that the bundler leaves the index's own script to load from the mirror at run time
  const pagefindScript = "/pagefind/pagefind.js";
  const pagefind = (await import(pagefindScript)) as Pagefind;
  await pagefind.options({ excerptLength: 30 });
  const seen = new Map<string, number>();
  const found: { id: string; score: number; data(): Promise<PagefindResultData> }[] = [];
  for (const search of searches) {
    const answer = await pagefind.search(search);
    for (const result of answer?.results ?? []) {
      if (seen.has(result.id)) continue;
      seen.set(result.id, result.score);
      found.push(result);
    }
  }
  found.sort((a, b) => b.score - a.score);
  const results = await Promise.all(found.slice(0, shownResults).map((result) => result.data()));
  const total = new Intl.NumberFormat(data.locale, { numberingSystem: data.numbering }).format(found.length);
  box.replaceChildren();
  const summary = document.createElement("p");
  summary.textContent = (found.length === 0 ? (data.none ?? "") : (data.found ?? "").replace("%TOTAL%", total)).replace("%QUERY%", query);
  box.append(summary);
  if (results.length === 0) return;
  const list = document.createElement("ol");
  list.className = "mt-2 divide-y divide-stone-200";
  list.setAttribute("aria-label", data.results ?? "");
  for (const result of results) {
    const item = document.createElement("li");
    item.className = "py-5";
    const heading = document.createElement("h2");
    heading.className = "text-xl font-bold leading-snug";
    const link = document.createElement("a");
    link.href = result.url;
    link.className = "hover:text-brand hover:underline";
    link.textContent = result.meta.title ?? result.url;
    heading.append(link);
    item.append(heading);
    if (result.meta.excerpt) {
      const excerpt = document.createElement("p");
      excerpt.className = "mt-2 leading-relaxed text-stone-700";
      excerpt.dir = "auto";
      excerpt.textContent = result.meta.excerpt;
      item.append(excerpt);
    }
    list.append(item);
  }
  box.append(list);
}

const box = document.getElementById("mirror-search");
if (box) run(box).catch(() => (box.textContent = ""));
