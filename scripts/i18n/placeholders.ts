// What a string interpolates, read with i18next's default syntax:
// `{{name}}`, `{{- name}}` (unescaped), `{{count, number}}` (formatted: the name is `count`, the format `number`),
// nesting `$t(key)` / `$t(ns:key, { "count": 2 })`, which inserts another string, and the tags that
// <Trans components={…}> fills in: `<q>…</q>`, `<query/>`, `<1>…</1>`.

export interface Placeholder {
  name: string;
  /** "number" in `{{count, number}}`; "" when the value is inserted as is */
  format: string;
}

// The Arabic comma ، (U+060C) is read as the separator too: a Persian or Arabic keyboard types it for ",", and
// miswrittenPlaceholdersOf reports it, so that {{count، number}} is one mistake and not also a missing {{count}}
const placeholderPattern = /\{\{\s*-?\s*([^,\u060C{}]+?)\s*(?:[,\u060C]\s*([^{}]*?)\s*)?\}\}/g;
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

export function formatPlaceholder(name: string, format = ""): string {
  return format ? `{{${name}, ${format}}}` : `{{${name}}}`;
}

/** A placeholder i18next will not fill in, though the translator meant one: `{pageCount}`, `{{author}`, `{{count، number}}` */
export interface MiswrittenPlaceholder {
  /** As written in the text */
  written: string;
  name: string;
  mistake: "single braces" | "unbalanced braces" | "Arabic comma";
}

// Any run of braces around a name (letters of any script, digits, _ $ .), with an optional format after a comma
const bracedPattern = /(\{+)\s*(?:-\s*)?([\p{L}\p{N}_$.]+)\s*(?:([,\u060C])[^{}]*?)?(\}+)/gu;

export function miswrittenPlaceholdersOf(text: string): MiswrittenPlaceholder[] {
  const found: MiswrittenPlaceholder[] = [];
  for (const match of text.matchAll(bracedPattern)) {
    const [written, opening, name, separator, closing] = match as unknown as [string, string, string, string | undefined, string];
    if (opening.length === 1 && closing.length === 1) found.push({ written, name, mistake: "single braces" });
    else if (opening.length !== 2 || closing.length !== 2) found.push({ written, name, mistake: "unbalanced braces" });
    else if (separator === "\u060C") found.push({ written, name, mistake: "Arabic comma" });
  }
  return found;
}
