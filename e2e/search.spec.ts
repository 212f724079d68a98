// Search in every edition: from the header (with and without JavaScript), the results with the matched
// words marked, letter variants typed by the reader, paging, the empty form and the refused queries.
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { expect, test, type Page } from "@playwright/test";
import { wordSpans } from "../app/search/highlight";
import { normalizeSearchText, searchWords } from "../app/search/normalize";
import { articlePath, decodedPath, editions, publishedArticles, text, waitForReaderScript, type Edition } from "./fixtures";

const localesDirectory = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "locales");

/** A string of locales/<lng>/search.json, the translators' own file */
function searchText(language: string, key: string): string {
  let value: unknown = JSON.parse(readFileSync(path.join(localesDirectory, language, "search.json"), "utf8"));
  for (const part of key.split(".")) value = typeof value === "object" && value !== null ? (value as Record<string, unknown>)[part] : undefined;
  if (typeof value !== "string") throw new Error(`No string ${language}/search:${key}`);
  return value;
}

function inEditionDigits(edition: Edition, value: number): string {
  const digits = { latn: "0123456789", arabext: "۰۱۲۳۴۵۶۷۸۹", arab: "٠١٢٣٤٥٦٧٨٩" }[edition.numberingSystem];
  return String(value).replace(/[0-9]/g, (digit) => digits[Number(digit)]!);
}

/**
 * The newest published article whose title has a word that no other published title has, and that word
 * as written in the title: searching for it must show that article, with the word marked in the title.
 */
function titleWordOfKnownArticle(code: string) {
  const published = publishedArticles(code);
  const titleCount = new Map<string, number>();
  for (const article of published) {
    for (const word of new Set(searchWords(article.title))) titleCount.set(word, (titleCount.get(word) ?? 0) + 1);
  }
  for (const article of published) {
    const spans = wordSpans(article.title)
      .filter((span) => span.normalized.length >= 4 && titleCount.get(span.normalized) === 1)
      .sort((a, b) => b.normalized.length - a.normalized.length);
    const span = spans[0];
    if (span) return { article, written: article.title.slice(span.start, span.end), normalized: span.normalized };
  }
  throw new Error(`No ${code} title has a word of its own`);
}

/**
 * The word as a reader might type it instead: capitals, Arabic ي and ك for Persian ی and ک, no ZWNJ,
 * e and c for ë and ç, and a fatha on every Arabic-script letter. Search must not care.
 */
function typedDifferently(word: string): string {
  const plain = word
    .replace(/\u200C/gu, "")
    .replace(/ی/gu, "ي")
    .replace(/ک/gu, "ك")
    .replace(/[ëË]/gu, "e")
    .replace(/[çÇ]/gu, "c")
    .toUpperCase();
  return [...plain].map((character) => (/[\u0621-\u064A]/u.test(character) ? `${character}\u064E` : character)).join("");
}

/** A word found in more published articles than fit on one page of results */
function wordOfManyArticles(code: string): string {
  const articleCount = new Map<string, number>();
  for (const article of publishedArticles(code)) {
    for (const word of new Set(searchWords(`${article.title} ${article.excerpt} ${article.body}`))) {
      articleCount.set(word, (articleCount.get(word) ?? 0) + 1);
    }
  }
  const [word] = [...articleCount].filter(([candidate]) => candidate.length >= 3).sort((a, b) => b[1] - a[1])[0]!;
  return word;
}

/** The list of results of a search page */
function results(page: Page, code: string) {
  return page.getByRole("list", { name: searchText(code, "results"), exact: true }).locator(":scope > li");
}

for (const edition of editions) {
  const { code } = edition;
  const known = titleWordOfKnownArticle(code);

  test.describe(`${edition.nativeName} (${code}) search`, () => {
    test("a reader searches from the header for a word of an article's title and finds the article, the word marked", async ({ page }) => {
      await page.goto(`/${code}`);
      // Typed after hydration: the form then navigates client-side
      await waitForReaderScript(page);
      const header = page.locator("header");
      await header.getByRole("searchbox", { name: text(code, "nav", "searchLabel"), exact: true }).fill(known.written);
      await header.getByRole("button", { name: text(code, "nav", "searchSubmit"), exact: true }).click();
      await expect(page).toHaveURL(new RegExp(`/${code}/search\\?q=`));
      expect(new URL(page.url()).searchParams.get("q")).toBe(known.written);

      await expect(page.locator("main h1")).toHaveText(searchText(code, "title"));
      await expect(page.getByRole("status")).toContainText(known.written);
      const result = results(page, code).filter({ has: page.locator(`h2 a[href="${articlePath(code, known.article.slug)}"]`) });
      await expect(result).toHaveCount(1);
      await expect(result.locator("h2")).toHaveText(known.article.title);
      await expect(result.locator("h2 mark").first()).toHaveText(known.written);
      // Each result also has its category, its date and a snippet
      await expect(result.locator(`a[href^="/${code}/categories/"]`)).toHaveText(/\S/);
      await expect(result.locator("time[datetime]")).toHaveText(/\S/);
      await expect(result.locator("h2 + p")).toHaveText(/\S{3}/);

      await result.locator("h2 a").click();
      await expect(page.locator("main h1")).toHaveText(known.article.title);
      expect(decodedPath(page.url())).toBe(decodedPath(articlePath(code, known.article.slug)));
    });

    test("the same word typed with other letters, harakat, capitals or without ZWNJ finds the same article", async ({ page }) => {
      const typed = typedDifferently(known.written);
      expect(typed).not.toBe(known.written);
      expect(normalizeSearchText(typed)).toBe(normalizeSearchText(known.written));
      const response = await page.goto(`/${code}/search?q=${encodeURIComponent(typed)}`);
      expect(response?.status()).toBe(200);
      const result = results(page, code).filter({ has: page.locator(`h2 a[href="${articlePath(code, known.article.slug)}"]`) });
      await expect(result).toHaveCount(1);
      // The title is shown as written, the matching word marked in its own spelling
      await expect(result.locator("h2 mark").first()).toHaveText(known.written);
    });

    test("a word found in many articles gives pages of ten results that keep the query", async ({ page }) => {
      const word = wordOfManyArticles(code);
      await page.goto(`/${code}/search?q=${encodeURIComponent(word)}`);
      await expect(results(page, code)).toHaveCount(10);
      await expect(results(page, code).locator("mark").first()).toBeVisible();
      const firstPage = await results(page, code).locator("h2").allTextContents();
      const pagination = page.getByRole("navigation", { name: text(code, "article", "pagination.label"), exact: true });
      await pagination.getByRole("link", { name: text(code, "article", "pagination.older") }).click();
      await expect(page).toHaveURL(/[?&]page=2$/);
      expect(new URL(page.url()).searchParams.get("q")).toBe(word);
      await expect(results(page, code).first()).toBeVisible();
      const secondPage = await results(page, code).locator("h2").allTextContents();
      expect(secondPage.filter((title) => firstPage.includes(title))).toEqual([]);
      await expect(page.getByRole("searchbox", { name: searchText(code, "form.label"), exact: true })).toHaveValue(word);

      // The edition switcher carries the query to each other edition's search
      for (const other of editions.filter((candidate) => candidate.code !== code)) {
        const switchLink = page.locator(`header a[data-edition-link="${other.code}"]`);
        const href = new URL((await switchLink.getAttribute("href")) ?? "", page.url());
        expect(href.pathname).toBe(`/${other.code}/search`);
        expect(href.searchParams.get("q")).toBe(word);
      }
    });

    test("an empty search shows the form and a hint, and no results", async ({ page }) => {
      for (const path of [`/${code}/search`, `/${code}/search?q=`, `/${code}/search?q=%20%20`]) {
        const response = await page.goto(path);
        expect(response?.status(), path).toBe(200);
        await expect(page.locator("main h1")).toHaveText(searchText(code, "title"));
        await expect(page.getByRole("searchbox", { name: searchText(code, "form.label"), exact: true })).toHaveValue("");
        await expect(page.locator("main")).toContainText(searchText(code, "hint"));
        await expect(page.locator("main ol")).toHaveCount(0);
      }
    });

    test("a 300-character search is refused with status 400 and a message in the edition's language", async ({ page }) => {
      const response = await page.goto(`/${code}/search?q=${"a".repeat(300)}`);
      expect(response?.status()).toBe(400);
      await expect(page.locator("html")).toHaveAttribute("lang", code);
      const message = searchText(code, "tooLong")
        .replace("{{length, number}}", inEditionDigits(edition, 300))
        .replace("{{max, number}}", inEditionDigits(edition, 200));
      await expect(page.getByRole("alert")).toHaveText(message);
      await expect(page.getByRole("searchbox", { name: searchText(code, "form.label"), exact: true })).toBeVisible();
    });

    test("a search with a control character or broken UTF-8 is refused with status 400", async ({ page }) => {
      for (const query of ["%00abc", "abc%ED%A0%80", "%FF"]) {
        const response = await page.goto(`/${code}/search?q=${query}`);
        expect(response?.status(), query).toBe(400);
        await expect(page.getByRole("alert")).toHaveText(searchText(code, "malformed"));
      }
    });
  });

  test.describe(`${edition.nativeName} (${code}) search without JavaScript`, () => {
    test.use({ javaScriptEnabled: false });

    test("the header's search form works as a plain form", async ({ page }) => {
      await page.goto(`/${code}`);
      const header = page.locator("header");
      await header.getByRole("searchbox", { name: text(code, "nav", "searchLabel"), exact: true }).fill(known.written);
      await header.getByRole("button", { name: text(code, "nav", "searchSubmit"), exact: true }).click();
      await expect(page).toHaveURL(new RegExp(`/${code}/search\\?q=`));
      const result = results(page, code).filter({ has: page.locator(`h2 a[href="${articlePath(code, known.article.slug)}"]`) });
      await expect(result.locator("h2 mark").first()).toHaveText(known.written);
    });
  });
}

// The search rate limit (SEARCH_RATE_LIMIT_MAX, 60 a minute by default) counts each address in the database;
// the server trusts X-Forwarded-For from the test runner, so each edition's reader here has an address of its own
const searchRateLimit = 60;
for (const [index, edition] of editions.entries()) {
  const { code } = edition;
  test(`${code}: more than ${searchRateLimit} searches a minute from one address are refused with 429, Retry-After and a localized page`, async ({ request }) => {
    const headers = { "X-Forwarded-For": `203.0.113.${70 + index}` };
    for (let sent = 0; sent < searchRateLimit; sent++) {
      const response = await request.get(`/${code}/search?q=word${sent}`, { headers });
      expect(response.status(), `search ${sent + 1}`).toBe(200);
    }
    const refused = await request.get(`/${code}/search?q=another`, { headers });
    expect(refused.status()).toBe(429);
    expect(Number(refused.headers()["retry-after"])).toBeGreaterThan(0);
    expect(refused.headers()["cache-control"]).toBe("no-store");
    const html = await refused.text();
    expect(html).toContain(`<html lang="${code}" dir="${edition.dir}"`);
    const title = /<h1 id="error-title"[^>]*>([^<]*)<\/h1>/.exec(html)?.[1];
    expect(title?.replace(/&#x27;|&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, "&")).toBe(text(code, "errors", "tooManyRequests.title"));
    // A search kept from an earlier reader is still answered: it costs no query
    expect((await request.get(`/${code}/search?q=word0`, { headers })).status()).toBe(200);
  });
}
