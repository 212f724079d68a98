// The reader's pages in every edition: the home listing and its pagination, an article,
// a category archive, and the localized 404 page.
import { expect, test, type Locator } from "@playwright/test";
import {
  articlePath,
  editions,
  escapeRegExp,
  flatStrings,
  publishedArticles,
  seedContent,
  text,
  type Edition,
} from "./fixtures";

const pageSize = 10;

/** The digits an edition writes, and the ones it must not */
function digitsOf(edition: Edition): { own: RegExp; foreign: RegExp; pattern: string } {
  switch (edition.numberingSystem) {
    case "arabext":
      return { own: /[۰-۹]/, foreign: /[0-9٠-٩]/, pattern: "[۰-۹]+" };
    case "arab":
      return { own: /[٠-٩]/, foreign: /[0-9۰-۹]/, pattern: "[٠-٩]+" };
    default:
      return { own: /[0-9]/, foreign: /[۰-۹٠-٩]/, pattern: "[0-9]+" };
  }
}

/** "3 comments" in any of the edition's plural forms, with its own digits */
function commentCountPattern(edition: Edition): RegExp {
  const forms = [...flatStrings(edition.code, "article")]
    .filter(([key]) => /^comments_/.test(key))
    .map(([, value]) => escapeRegExp(value).replace(escapeRegExp("{{count, number}}"), digitsOf(edition).pattern));
  return new RegExp(`^(${forms.join("|")})$`);
}

/** The plain-text paragraphs of a Markdown body (no quotes, lists, images or headings) */
function plainParagraphs(markdown: string): string[] {
  return markdown
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter((block) => block && !/^(>|-|\*\s|!\[|#|\d+\.)/.test(block))
    .map((block) =>
      block
        .replace(/!\[[^\]]*\]\([^)]*\)/g, "")
        .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
        .replace(/\*\*|__|\*/g, "")
        .replace(/\s+/g, " "),
    );
}

function listing(main: Locator): Locator {
  // The listing, not the breadcrumb trail (also an <ol>, inside a <nav>)
  return main.locator("section ol:not(nav ol) > li");
}

for (const edition of editions) {
  const { code } = edition;
  const articleText = (key: string) => text(code, "article", key);

  test.describe(`${edition.nativeName} (${code}) pages`, () => {
    test("the home page lists the ten latest articles, each with category, title, excerpt, date and comments", async ({ page }) => {
      await page.goto(`/${code}`);
      const main = page.locator("main");
      await expect(main.locator("h1")).toHaveText(articleText("home.title"));
      const items = listing(main);
      await expect(items).toHaveCount(pageSize);

      const categories = new Set(Object.values(seedContent(code).categories).map((category) => category.name));
      const comments = commentCountPattern(edition);
      for (const item of await items.all()) {
        const categoryLink = item.locator(`a[href^="/${code}/categories/"]`);
        await expect(categoryLink).toHaveCount(1);
        expect(categories).toContain(((await categoryLink.textContent()) ?? "").trim());
        await expect(item.locator(`h2 a[href^="/${code}/articles/"]`)).toHaveText(/\S/);
        await expect(item.locator("h2 + p")).toHaveText(/\S{3}/);
        const time = item.locator("time[datetime]");
        await expect(time).toHaveText(/\S/);
        expect(Number.isNaN(Date.parse((await time.getAttribute("datetime")) ?? ""))).toBe(false);
        await expect(time.locator("xpath=following-sibling::span[1]")).toHaveText(comments);
      }

      // Newest first: the seed's ten most recent published articles, in order
      const expected = publishedArticles(code).slice(0, pageSize).map((article) => article.title);
      await expect(items.locator("h2")).toHaveText(expected);

      // The newest leads: its image spans the listing's width, its headline is the largest; listings carry no share links
      const leadImage = items.first().locator("img");
      const listWidth = (await items.first().boundingBox())!.width;
      expect((await leadImage.boundingBox())!.width).toBeGreaterThan(listWidth * 0.95);
      const headlineSize = (item: Locator) => item.locator("h2").evaluate((h2) => parseFloat(getComputedStyle(h2).fontSize));
      expect(await headlineSize(items.first())).toBeGreaterThan(await headlineSize(items.nth(1)));
      await expect(main.locator('section a[href^="https://www.facebook.com/sharer/"]')).toHaveCount(0);
    });

    test("older and newer posts page through the whole archive", async ({ page }) => {
      const published = publishedArticles(code);
      const pageCount = Math.ceil(published.length / pageSize);
      expect(pageCount, `the ${code} seed content needs more than ${pageSize} published articles`).toBeGreaterThan(1);
      const pagination = page.getByRole("navigation", { name: articleText("pagination.label"), exact: true });
      const older = pagination.getByRole("link", { name: articleText("pagination.older") });
      const newer = pagination.getByRole("link", { name: articleText("pagination.newer") });

      await page.goto(`/${code}`);
      await expect(newer).toHaveCount(0);
      const firstPage = await listing(page.locator("main")).locator("h2").allTextContents();
      await older.click();
      await expect(page).toHaveURL(new RegExp(`/${code}\\?page=2$`));
      const titles = listing(page.locator("main")).locator("h2");
      await expect(titles).toHaveText(published.slice(pageSize, 2 * pageSize).map((article) => article.title));
      const secondPage = await titles.allTextContents();
      expect(secondPage.filter((title) => firstPage.includes(title))).toEqual([]);
      await expect(page.locator("main h1")).not.toHaveText(articleText("home.title"));
      await expect(newer).toHaveAttribute("href", `/${code}`);

      // The last page: newer posts, no older ones
      await page.goto(`/${code}?page=${pageCount}`);
      await expect(listing(page.locator("main"))).toHaveCount(published.length - (pageCount - 1) * pageSize);
      await expect(older).toHaveCount(0);
      await expect(newer).toBeVisible();
      await newer.click();
      await expect(page).toHaveURL(pageCount - 1 === 1 ? new RegExp(`/${code}$`) : new RegExp(`\\?page=${pageCount - 1}$`));
    });

    test("an article shows its category, title, byline, date in the edition's digits, body and share links", async ({ page }) => {
      const content = seedContent(code);
      // An article old enough to show its full date rather than "3 hours ago"
      const article = publishedArticles(code).find((candidate) => candidate.hoursAgo >= 48 && plainParagraphs(candidate.body).length >= 2);
      if (!article) throw new Error(`No ${code} seed article older than two days with two paragraphs`);
      const path = articlePath(code, article.slug);
      await page.goto(path);

      const header = page.locator("main article header");
      const category = content.categories[article.category];
      await expect(header.getByRole("link", { name: category.name, exact: true })).toHaveAttribute(
        "href",
        `/${code}/categories/${encodeURIComponent(category.slug)}`,
      );
      await expect(page.locator("h1")).toHaveText(article.title);
      await expect(header).toContainText(articleText("byline").replace("{{author}}", content.authors[article.author].name));

      const time = header.locator("time[datetime]");
      const datetime = (await time.getAttribute("datetime")) ?? "";
      const expectedTime = Date.now() - article.hoursAgo * 3_600_000;
      expect(Math.abs(Date.parse(datetime) - expectedTime), `datetime="${datetime}"`).toBeLessThan(3_600_000);
      const shown = await time.innerText();
      const digits = digitsOf(edition);
      expect(shown, `the date "${shown}" is in the edition's digits`).toMatch(digits.own);
      expect(shown, `the date "${shown}" has no other script's digits`).not.toMatch(digits.foreign);

      const body = page.locator("main article .prose-article");
      const paragraphs = plainParagraphs(article.body);
      expect(await body.locator("p").count()).toBeGreaterThanOrEqual(paragraphs.length);
      for (const paragraph of paragraphs) await expect(body).toContainText(paragraph);

      const articleUrl = `${new URL(page.url()).origin}${path}`;
      const encodedUrl = encodeURIComponent(articleUrl);
      const shareLinks = page.locator("main article > footer a[aria-label]");
      const networks = [
        ["facebook", "https://www.facebook.com/sharer/"],
        ["twitter", "https://twitter.com/intent/"],
        ["whatsapp", "https://wa.me/"],
        ["telegram", "https://t.me/"],
        ["email", "mailto:"],
      ] as const;
      await expect(shareLinks).toHaveCount(networks.length);
      const tops = new Set<number>();
      for (const [index, [network, prefix]] of networks.entries()) {
        const link = shareLinks.nth(index);
        const href = (await link.getAttribute("href")) ?? "";
        expect(href.startsWith(prefix), `${href} starts with ${prefix}`).toBe(true);
        expect(href, `${prefix} link carries the article's address`).toContain(encodedUrl);
        // An icon named for its network, in the edition's language
        const networkName = text(code, "common", `share.${network}`);
        await expect(link).toHaveAccessibleName(text(code, "common", "share.on").replace("{{network}}", networkName));
        await expect(link.locator("svg")).toBeVisible();
        tops.add(Math.round((await link.boundingBox())!.y));
      }
      expect(tops.size, "the share icons sit in one row").toBe(1);
      await expect(page.locator("main article > footer")).toContainText(text(code, "common", "share.label"));
    });

    test("a category page lists only that category's articles", async ({ page }) => {
      await page.goto(`/${code}`);
      const first = listing(page.locator("main")).first();
      const categoryLink = first.locator(`a[href^="/${code}/categories/"]`);
      const categoryName = (await categoryLink.textContent()) ?? "";
      await categoryLink.click();

      const content = seedContent(code);
      const [categoryKey, category] = Object.entries(content.categories).find(([, candidate]) => candidate.name === categoryName)!;
      await expect(page).toHaveURL(new RegExp(`/${code}/categories/${escapeRegExp(encodeURIComponent(category.slug))}$`));
      await expect(page.locator("main h1")).toHaveText(category.name);

      const inCategory = publishedArticles(code).filter((article) => article.category === categoryKey);
      const items = listing(page.locator("main"));
      await expect(items).toHaveCount(Math.min(pageSize, inCategory.length));
      await expect(items.locator(`a[href^="/${code}/categories/"]`)).toHaveText(Array(await items.count()).fill(category.name));
      await expect(items.locator("h2")).toHaveText(inCategory.slice(0, pageSize).map((article) => article.title));
    });

    test("a mistyped address answers 404 with the edition's own error page", async ({ page }) => {
      for (const path of [`/${code}/no-such-page`, `/${code}/articles/no-such-article`, `/${code}?page=999`]) {
        const response = await page.goto(path);
        expect(response?.status(), path).toBe(404);
        await expect(page.locator("html")).toHaveAttribute("lang", code);
        await expect(page.locator("html")).toHaveAttribute("dir", edition.dir);
        await expect(page.locator("h1")).toHaveText(text(code, "errors", "notFound.title"));
        await expect(page.getByRole("link", { name: text(code, "errors", "backHome") })).toHaveAttribute("href", `/${code}`);
        // The browser tab (and a screen reader's first announcement) says so too
        await expect(page, `<title> of ${path}`).toHaveTitle(new RegExp(escapeRegExp(text(code, "errors", "notFound.title"))));
      }
    });
  });
}

test("an unknown edition answers 404 with the English error page", async ({ page }) => {
  const response = await page.goto("/xx");
  expect(response?.status()).toBe(404);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
  await expect(page.locator("h1")).toHaveText(text("en", "errors", "notFound.title"));
  await expect(page).toHaveTitle(new RegExp(escapeRegExp(text("en", "errors", "notFound.title"))));
});
