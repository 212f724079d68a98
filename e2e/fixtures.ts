import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { APIResponse, Page } from "@playwright/test";
import { demoContent } from "../app/db/seed/content/index";
import { mediaContent } from "../app/db/seed/media-content/index";
import type { EditionContent, SeedArticle } from "../app/db/seed/types";
import { editions, type Edition } from "../app/editions";

/** Every spec runs for each edition in the configuration, not for a copied list */
export { editions };
export type { Edition };
export const rtlEditions = editions.filter((edition) => edition.dir === "rtl");

const localesDirectory = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "locales");

export type Namespace = "common" | "nav" | "article" | "errors" | "forms" | "search" | "media" | "comments" | `admin${string}`;
type Strings = { [key: string]: string | Strings };

const localeCache = new Map<string, Strings>();

/** The translators' own file, read from disk (once per test worker): the tests never copy a UI string */
export function readLocale(language: string, namespace: Namespace): Strings {
  const file = path.join(localesDirectory, language, `${namespace}.json`);
  let strings = localeCache.get(file);
  if (!strings) {
    strings = JSON.parse(readFileSync(file, "utf8")) as Strings;
    localeCache.set(file, strings);
  }
  return strings;
}

/** One string by its dotted key ("footer.backToTop") */
export function text(language: string, namespace: Namespace, key: string): string {
  let value: string | Strings | undefined = readLocale(language, namespace);
  for (const part of key.split(".")) value = typeof value === "object" ? value[part] : undefined;
  if (typeof value !== "string") throw new Error(`No string ${language}/${namespace}:${key}`);
  return value;
}

/** Every string of a namespace, keyed by its dotted path */
export function flatStrings(language: string, namespace: Namespace): Map<string, string> {
  const result = new Map<string, string>();
  const walk = (node: Strings, prefix: string) => {
    for (const [key, value] of Object.entries(node)) {
      if (typeof value === "string") result.set(`${prefix}${key}`, value);
      else walk(value, `${prefix}${key}.`);
    }
  };
  walk(readLocale(language, namespace), "");
  return result;
}

export function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The demo content the in-memory database is seeded with (app/db/seed/content) */
export function seedContent(edition: string): EditionContent {
  const content = demoContent[edition];
  if (!content) throw new Error(`No seed content for edition "${edition}" in app/db/seed/content`);
  return content;
}

export function publishedArticles(edition: string): SeedArticle[] {
  return seedContent(edition)
    .articles.filter((article) => (article.status ?? "published") === "published" && article.hoursAgo >= 0)
    .sort((a, b) => a.hoursAgo - b.hoursAgo);
}

export function articlePath(edition: string, slug: string): string {
  return `/${edition}/articles/${encodeURIComponent(slug.normalize("NFC"))}`;
}

/** A path as the reader would read it: percent-decoding undone, NFC */
export function decodedPath(href: string): string {
  return decodeURIComponent(new URL(href, "http://localhost").pathname).normalize("NFC");
}

/** Each value of a header the answer carries, one per line sent (headers() joins repeated ones) */
export function headerValues(response: APIResponse, name: string): string[] {
  return response
    .headersArray()
    .filter((header) => header.name.toLowerCase() === name.toLowerCase())
    .map((header) => header.value);
}

/** Reader pages do not hydrate: their enhancements come from the reader script (app/reader/enhance.ts), ready when it marks <html> */
export async function waitForReaderScript(page: Page): Promise<void> {
  await page.waitForFunction(() => document.documentElement.dataset.enhanced === "true");
}

/** One page of every type readers see in an edition, from the demo content the server is seeded with */
export function readerPages(code: string): { name: string; path: string }[] {
  const content = seedContent(code);
  const media = mediaContent[code];
  if (!media) throw new Error(`No ${code} media content`);
  const segment = (slug: string) => encodeURIComponent(slug.normalize("NFC"));
  const article = publishedArticles(code)[0]!;
  const series = Object.values(content.series)[0]!;
  const gallery = media.photos[0]!;
  const newsletter = media.newsletter[0]!;
  return [
    { name: "the home page", path: `/${code}` },
    { name: "an article", path: articlePath(code, article.slug) },
    { name: "the archive", path: `/${code}/articles` },
    { name: "a category", path: `/${code}/categories/${segment(content.categories[article.category].slug)}` },
    { name: "an author", path: `/${code}/authors/${segment(content.authors[article.author].slug)}` },
    { name: "a series", path: `/${code}/series/${segment(series.slug)}` },
    { name: "the about page", path: `/${code}/about` },
    { name: "the accessibility statement", path: `/${code}/accessibility` },
    { name: "the contact page", path: `/${code}/contact` },
    { name: "search results", path: `/${code}/search?q=${encodeURIComponent(article.title.split(/\s+/)[0]!)}` },
    { name: "a media list", path: `/${code}/media/photos` },
    { name: "a gallery", path: `/${code}/media/photos/${segment(gallery.slug)}` },
    { name: "a publication", path: `/${code}/publications/newsletter/${segment(newsletter.slug)}` },
    { name: "the 404 page", path: `/${code}/articles/no-such-article-${code}` },
  ];
}
