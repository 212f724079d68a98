// Publications in every edition: the listings, a publication's details (size, language, issue),
// its table of contents leading to real articles, and the PDF download.
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { expect, test } from "@playwright/test";
import { mediaContent } from "../app/db/seed/media-content/index";
import type { EditionMediaContent } from "../app/db/seed/media-content/types";
import { articlePath, decodedPath, editions, headerValues, seedContent, text, type Edition } from "./fixtures";

const publicationKinds = ["books", "newsletter", "pars-brief"] as const;
const menuKeys = { books: "books", newsletter: "newsletter", "pars-brief": "parsBrief" } as const;
const localesDirectory = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "locales");

function mediaText(language: string, key: string): string {
  let node: unknown = JSON.parse(readFileSync(path.join(localesDirectory, language, "media.json"), "utf8"));
  for (const part of key.split(".")) node = (node as Record<string, unknown>)[part];
  if (typeof node !== "string") throw new Error(`No string ${language}/media:${key}`);
  return node;
}

function content(code: string): EditionMediaContent {
  const edition = mediaContent[code];
  if (!edition) throw new Error(`No media content for "${code}" in app/db/seed/media-content`);
  return edition;
}

function publicationPath(code: string, kind: string, slug: string): string {
  return `/${code}/publications/${kind}/${encodeURIComponent(slug.normalize("NFC"))}`;
}

/** What a reader should see for a file of this many bytes: decimal kilobytes in the edition's unit words and digits, unbroken */
function expectedSize(edition: Edition, bytes: number): string {
  return new Intl.NumberFormat(edition.intlLocale, {
    numberingSystem: edition.numberingSystem,
    style: "unit",
    unit: "kilobyte",
    unitDisplay: edition.unitDisplay,
    maximumFractionDigits: 1,
  })
    .format(bytes / 1000)
    .replace(/\s/g, "\u00a0");
}

for (const edition of editions) {
  const { code } = edition;
  const publications = content(code);

  test.describe(`${edition.nativeName} (${code}) publications`, () => {
    for (const kind of publicationKinds) {
      test(`the ${kind} listing shows every issue, newest first, each with a PDF to download`, async ({ page }) => {
        await page.goto(`/${code}/publications/${kind}`);
        await expect(page.locator("main h1")).toHaveText(text(code, "nav", menuKeys[kind]));
        const items = page.locator("main ol > li");
        const expected = [...publications[kind]].sort((a, b) => a.hoursAgo - b.hoursAgo);
        await expect(items.locator("h2")).toHaveText(expected.map((publication) => publication.title));
        for (const [index, publication] of expected.entries()) {
          const item = items.nth(index);
          await expect(item.locator("h2 a")).toHaveAttribute("href", publicationPath(code, kind, publication.slug));
          await expect(item.locator("img")).toHaveAttribute("alt", publication.cover.alt);
          await expect(item.locator("a[href^='/files/'][href$='.pdf']")).toHaveCount(1);
        }
      });
    }

    test("a newsletter issue shows its size, and its contents lead to the articles they name", async ({ page, request }) => {
      const issue = publications.newsletter[0]!;
      await page.goto(publicationPath(code, "newsletter", issue.slug));
      const main = page.locator("main");
      await expect(main.locator("h1")).toHaveText(issue.title);

      const download = main.locator("a[href^='/files/']");
      const pdf = await request.get((await download.getAttribute("href"))!);
      const bytes = (await pdf.body()).length;
      const size = expectedSize(edition, bytes);
      await expect(main.locator("dl")).toContainText(size);
      await expect(download).toContainText(size);
      await expect(main.locator("dl")).toContainText(new Intl.DisplayNames([edition.intlLocale], { type: "language" }).of(issue.language)!);

      const contents = main.getByRole("region", { name: mediaText(code, "publication.contents") });
      await expect(contents.locator("li")).toHaveText(issue.contents.map((entry) => entry.title));
      const linked = issue.contents.filter((entry) => entry.articleSlug);
      expect(linked.length).toBeGreaterThan(0);
      const links = contents.locator("a");
      await expect(links).toHaveCount(linked.length);
      const articles = seedContent(code).articles;
      for (const [index, entry] of linked.entries()) {
        await expect(links.nth(index)).toHaveAttribute("href", articlePath(code, entry.articleSlug!));
      }
      // Every link opens the article it names: by a click for the first, by its address for the others
      const titleOf = (slug: string) => articles.find((candidate) => candidate.slug.normalize("NFC") === slug.normalize("NFC"))!.title;
      await links.first().click();
      await expect(page).toHaveURL((url) => decodedPath(url.href) === decodedPath(articlePath(code, linked[0]!.articleSlug!)));
      await expect(page.locator("main h1")).toHaveText(titleOf(linked[0]!.articleSlug!));
      for (const entry of linked.slice(1)) {
        const response = await page.goto(articlePath(code, entry.articleSlug!));
        expect(response?.status(), entry.articleSlug).toBe(200);
        await expect(page.locator("main h1")).toHaveText(titleOf(entry.articleSlug!));
      }
    });

    test("a book shows the year of its edition and its language", async ({ page }) => {
      const book = publications.books[0]!;
      await page.goto(publicationPath(code, "books", book.slug));
      await expect(page.locator("main h1")).toHaveText(book.title);
      const year = new Intl.NumberFormat(edition.intlLocale, { numberingSystem: edition.numberingSystem, useGrouping: false });
      const thisYear = new Date().getUTCFullYear();
      const details = page.locator("main dl");
      await expect(details).toContainText(new RegExp(`${year.format(thisYear)}|${year.format(thisYear - 1)}`));
      await expect(details).toContainText(new Intl.DisplayNames([edition.intlLocale], { type: "language" }).of(book.language)!);
    });

    test("the PDF downloads as a real PDF file", async ({ page, request }) => {
      const brief = publications["pars-brief"][0]!;
      await page.goto(publicationPath(code, "pars-brief", brief.slug));
      const href = await page.locator("main a[href^='/files/']").getAttribute("href");
      const response = await request.get(href!);
      expect(response.status()).toBe(200);
      expect(response.headers()["content-type"]).toBe("application/pdf");
      expect(response.headers()["content-disposition"]).toMatch(/filename="[^"]+\.pdf"/);
      expect(response.headers()["cache-control"]).toContain("max-age=31536000");
      // Shown inline, but sandboxed: one policy, with the sandbox
      expect(response.headers()["content-disposition"]).toMatch(/^inline;/);
      expect(headerValues(response, "Content-Security-Policy")).toEqual([expect.stringMatching(/(^|;)sandbox(;|$)/)]);
      expect(headerValues(response, "X-Content-Type-Options")).toEqual(["nosniff"]);
      const body = await response.body();
      expect(body.subarray(0, 5).toString("latin1")).toBe("%PDF-");
      expect(Number(response.headers()["content-length"])).toBe(body.length);
    });

    test("unknown publication kinds and slugs are a localized 404", async ({ page }) => {
      for (const target of [`/${code}/publications/magazines`, `/${code}/publications/books/no-such-book`]) {
        const response = await page.goto(target);
        expect(response?.status(), target).toBe(404);
        await expect(page.locator("main h1")).toHaveText(text(code, "errors", "notFound.title"));
      }
    });
  });
}

test("the file route refuses paths outside the uploads directory and unknown files", async ({ request }) => {
  for (const target of ["/files/..%2Fpackage.json", "/files/%2e%2e%2f%2e%2e%2fetc%2fpasswd", "/files/..%5Cpackage.json", "/files/.env", "/files/missing.pdf", "/files/notes.txt"]) {
    const response = await request.get(target);
    expect(response.status(), target).toBe(404);
    expect((await response.body()).subarray(0, 4).toString("latin1")).not.toBe("%PDF");
  }
});
