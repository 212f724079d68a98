// What a string interpolates, read with i18next's default syntax:
// `{{name}}`, `{{- name}}` (unescaped), `{{count, number}}` (formatted: the name is `count`, the format `number`),
// nesting `$t(key)` / `$t(ns:key, { "count": 2 })`, which inserts another string, and the tags that
// <Trans components={…}> fills in: `<q>…</q>`, `<query/>`, `<1>…</1>`.

export interface Placeholder {
  name: string;
  /** "number" in `{{count, number}}`; "" when the value is inserted as is */
  format: string;
}

const placeholderPattern = /\{\{\s*-?\s*([^,{}]+?)\s*(?:,\s*([^{}]*?)\s*)?\}\}/g;
const nestingPattern = /\$t\(\s*([^,()]+?)\s*(?:,[^()]*)?\)/g;

export function placeholdersOf(text: string): Placeholder[] {
  return [...text.matchAll(placeholderPattern)].map((match) => ({
    name: match[1] as string,
    // `number(minimumFractionDigits: 1)` is still the format `number`
    format: (match[2] ?? "").replace(/\(.*$/, "").trim(),
  }));
}

export function placeholderNames(text: string): Set<string> {
  return new Set(placeholdersOf(text).map((placeholder) => placeholder.name));
}

/** Keys a string nests with `$t(...)`, as written (with or without "ns:") */
export function nestedKeysOf(text: string): string[] {
  return [...text.matchAll(nestingPattern)].map((match) => match[1] as string);
}

const tagPattern = /<\/?([A-Za-z0-9]+)\s*\/?>/g;

/** Names of the <Trans> component tags a string uses: "q" and "query" in `<q>“<query/>”</q>` */
export function componentTagsOf(text: string): Set<string> {
  return new Set([...text.matchAll(tagPattern)].map((match) => match[1] as string));
}

export function formatPlaceholder(name: string): string {
  return `{{${name}}}`;
}
