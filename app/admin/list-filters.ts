// The filters of an editorial list, read from its address (?edition=…&kind=…&status=…&page=…): a value
// the list does not offer filters nothing, and a page that is not a plain number is the first.
import { articleStatuses, type ArticleStatus } from "~/db/schema";
import { maxPageNumber, parsePositiveInt } from "~/routing/ids";

export function oneOf<T extends string>(values: readonly T[], value: string | null): T | undefined {
  return (values as readonly string[]).includes(value ?? "") ? (value as T) : undefined;
}

export function pageNumber(value: string | null): number {
  return parsePositiveInt(value, maxPageNumber) ?? 1;
}

/** The filters of a list of items of `kinds` in `editions` (those the editor works on) */
export function itemListFilters<Kind extends string>(params: URLSearchParams, editions: readonly string[], kinds: readonly Kind[]) {
  return {
    edition: oneOf(editions, params.get("edition")),
    kind: oneOf(kinds, params.get("kind")),
    status: oneOf<ArticleStatus>(articleStatuses, params.get("status")),
    page: pageNumber(params.get("page")),
  };
}
