// Every section of an edition beyond the home page: the archive of all articles, an author's page,
// the weekly digest series and its issue-to-issue navigation, the about page, and 404s for unknown slugs.
import { expect, test, type Locator, type Page } from "@playwright/test";
import { articlePath, decodedPath, editions, escapeRegExp, publishedArticles, seedContent, text, type Edition } from "./fixtures";

const pageSize = 10;

/** A number in the edition's own digits, spelled out here rather than through the app's Intl formatting */
function inEditionDigits(edition: Edition, value: number): string {
  const digits = { latn: "0123456789", arabext: "۰۱۲۳۴۵۶۷۸۹", arab: "٠١٢٣٤٥٦٧٨٩" }[edition.numberingSystem];
  return String(value).replace(/[0-9]/g, (digit) => digits[Number(digit)]!);
}

/** The document title: the page's own title, then " | " and the brand */
function titled(pageTitle: string): RegExp {
  return new RegExp(`^${escapeRegExp(pageTitle)} \\| `);
}

/** "Issue 170" as the edition's translators wrote it, in the edition's digits */
function issueLabel(edition: Edition, issueNumber: number): string {
  return text(edition.code, "article", "issue").replace("{{number, number}}", inEditionDigits(edition, issueNumber));
}

function listing(page: Page): Locator {
  // The listing, not the breadcrumb trail (also an <ol>, inside a <nav>)
  return page.locator("main section ol:not(nav ol) > li");
}

async function expectNotFound(page: Page, edition: Edition, path: string) {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(404);
  await expect(page.locator("html")).toHaveAttribute("lang", edition.code);
  await expect(page.locator("h1")).toHaveText(text(edition.code, "errors", "notFound.title"));
}

for (const edition of editions) {
  const { code } = edition;
  const articleText = (key: string) => text(code, "article", key);

  test.describe(`${edition.nativeName} (${code}) archives`, () => {
    test("the archive lists every published article, ten a page, newest first, and ends at the last page", async ({ page }) => {
      const published = publishedArticles(code);
      const pageCount = Math.ceil(published.length / pageSize);
      expect(pageCount, `the ${code} seed needs more than one page of articles`).toBeGreaterThan(1);

      await page.goto(`/${code}`);
      await page
        .getByRole("navigation", { name: text(code, "nav", "mainMenu"), exact: true })
        .getByRole("link", { name: text(code, "nav", "articles"), exact: true })
        .click();
      await expect(page).toHaveURL(new RegExp(`/${code}/articles$`));
      await expect(page.locator("main h1")).toHaveText(articleText("archive.title"));
      await expect(page).toHaveTitle(titled(articleText("archive.title")));
      await expect(listing(page).locator("h2")).toHaveText(published.slice(0, pageSize).map((article) => article.title));

      const pagination = page.getByRole("navigation", { name: articleText("pagination.label"), exact: true });
      await pagination.getByRole("link", { name: articleText("pagination.older") }).click();
      await expect(page).toHaveURL(new RegExp(`/${code}/articles\\?page=2$`));
      await expect(listing(page).locator("h2")).toHaveText(published.slice(pageSize, 2 * pageSize).map((article) => article.title));
      await expect(page).toHaveTitle(
        titled(
          articleText("listing.titlePaged")
            .replace("{{title}}", articleText("archive.title"))
            .replace("{{page, number}}", inEditionDigits(edition, 2)),
        ),
      );
      await expect(pagination.getByRole("link", { name: articleText("pagination.newer") })).toHaveAttribute("href", `/${code}/articles`);

      await page.goto(`/${code}/articles?page=${pageCount}`);
      await expect(listing(page)).toHaveCount(published.length - (pageCount - 1) * pageSize);
      await expect(pagination.getByRole("link", { name: articleText("pagination.older") })).toHaveCount(0);
      await expectNotFound(page, edition, `/${code}/articles?page=${pageCount + 1}`);
    });

    test("a reader follows an article's byline to the author's page, which lists only that author's articles", async ({ page }) => {
      const content = seedContent(code);
      const published = publishedArticles(code);
      const [authorKey] = Object.keys(content.authors)
        .map((key) => [key, published.filter((article) => article.author === key).length] as const)
        .sort((a, b) => b[1] - a[1])[0]!;
      const author = content.authors[authorKey as keyof typeof content.authors];
      const theirs = published.filter((article) => article.author === authorKey);
      expect(theirs.length, `${code}: the author with the most articles has several`).toBeGreaterThan(1);
      expect(theirs.length).toBeLessThan(published.length);

      // The byline of one of their articles leads to their page
      await page.goto(articlePath(code, theirs[theirs.length - 1]!.slug));
      const byline = page.locator("main article header").getByRole("link", { name: author.name, exact: true });
      await expect(byline).toHaveAttribute("href", `/${code}/authors/${encodeURIComponent(author.slug.normalize("NFC"))}`);
      await byline.click();
      await expect(page.locator("main h1")).toHaveText(author.name);
      expect(decodedPath(page.url())).toBe(`/${code}/authors/${author.slug.normalize("NFC")}`);
      await expect(page.locator("main")).toContainText(author.bio);
      await expect(page).toHaveTitle(titled(articleText("author.title").replace("{{name}}", author.name)));
      const titles = listing(page).locator("h2");
      await expect(titles).toHaveText(theirs.slice(0, pageSize).map((article) => article.title));

      // An article opened from the author's page carries their byline
      const opened = theirs[0]!;
      await titles.first().getByRole("link").click();
      await expect(page.locator("main h1")).toHaveText(opened.title);
      await expect(page.locator("main article header")).toContainText(articleText("byline").replace("{{author}}", author.name));
      await expect(page.locator("main article header a[rel=author]")).toHaveText(author.name);
    });

    test("the weekly digest lists issues 170 to 165 with their numbers, and issue 168 leads to 167 and 169", async ({ page }) => {
      const content = seedContent(code);
      const series = content.series["weekly-digest"];
      const issues = publishedArticles(code).filter((article) => article.series === "weekly-digest");
      const issue = (issueNumber: number) => issues.find((candidate) => candidate.issueNumber === issueNumber)!;
      const seriesPath = `/${code}/series/${encodeURIComponent(series.slug.normalize("NFC"))}`;

      await page.goto(seriesPath);
      await expect(page.locator("main h1")).toHaveText(series.title);
      await expect(page.locator("main")).toContainText(series.description);
      await expect(page).toHaveTitle(titled(series.title));
      const numbers = [170, 169, 168, 167, 166, 165];
      const items = listing(page);
      await expect(items).toHaveCount(numbers.length);
      for (const [index, issueNumber] of numbers.entries()) {
        const item = items.nth(index);
        await expect(item).toContainText(issueLabel(edition, issueNumber));
        await expect(item.locator("h2")).toHaveText(issue(issueNumber).title);
      }
      if (edition.numberingSystem === "arabext") await expect(items.first()).toContainText("۱۷۰");

      // Issue 168: the series name leads back to the series, previous and next lead to 167 and 169
      await items.nth(numbers.indexOf(168)).locator("h2 a").click();
      await expect(page.locator("main h1")).toHaveText(issue(168).title);
      const header = page.locator("main article header");
      // By address: in Arabic the digest's category and its series share a name
      await expect(header.locator(`a[href="${seriesPath}"]`)).toHaveText(series.title);
      await expect(header).toContainText(issueLabel(edition, 168));

      const issueNavigation = page.getByRole("navigation", { name: articleText("series.navigation"), exact: true });
      const previous = issueNavigation.locator("a[rel=prev]");
      const next = issueNavigation.locator("a[rel=next]");
      await expect(previous).toContainText(articleText("series.previous"));
      await expect(previous).toContainText(issueLabel(edition, 167));
      await expect(next).toContainText(articleText("series.next"));
      await expect(next).toContainText(issueLabel(edition, 169));

      // Previous sits where reading starts, next where it goes, and both arrows point that way
      const previousBox = (await previous.boundingBox())!;
      const nextBox = (await next.boundingBox())!;
      if (edition.dir === "rtl") expect(previousBox.x).toBeGreaterThan(nextBox.x);
      else expect(previousBox.x).toBeLessThan(nextBox.x);
      const arrowScale = (link: Locator) =>
        link.locator("[aria-hidden=true]").evaluate((arrow) => {
          const style = getComputedStyle(arrow);
          return style.scale !== "none" ? style.scale : style.transform;
        });
      const mirrored = edition.dir === "rtl";
      for (const link of [previous, next]) {
        const scale = await arrowScale(link);
        if (mirrored) expect(scale, "the arrow is mirrored in a right-to-left edition").toMatch(/^-1\b|matrix\(-1,/);
        else expect(scale, "the arrow is not mirrored in a left-to-right edition").toMatch(/^(none|1( 1)?|matrix\(1, 0, 0, 1, 0, 0\))$/);
      }

      await previous.click();
      await expect(page.locator("main h1")).toHaveText(issue(167).title);
      expect(decodedPath(page.url())).toBe(decodedPath(articlePath(code, issue(167).slug)));
      await page.goto(articlePath(code, issue(168).slug));
      await next.click();
      await expect(page.locator("main h1")).toHaveText(issue(169).title);

      // The newest issue has no next one
      await page.goto(articlePath(code, issue(170).slug));
      await expect(previous).toContainText(issueLabel(edition, 169));
      await expect(next).toHaveCount(0);
    });

    test("the about page shows the heading and text kept in the database", async ({ page }) => {
      const about = seedContent(code).about;
      await page.goto(`/${code}`);
      await page
        .getByRole("navigation", { name: text(code, "nav", "mainMenu"), exact: true })
        .getByRole("link", { name: text(code, "nav", "about"), exact: true })
        .click();
      await expect(page).toHaveURL(new RegExp(`/${code}/about$`));
      await expect(page.locator("main h1")).toHaveText(about.title);
      await expect(page).toHaveTitle(titled(about.title));
      const firstParagraph = about.body.trim().split(/\n\s*\n/)[0]!.replace(/\*\*|__/g, "");
      await expect(page.locator("main .prose-article p").first()).toHaveText(firstParagraph);
    });

    test("an unknown author or series, or a page past an author's last, is a 404 in the edition's language", async ({ page }) => {
      const author = Object.values(seedContent(code).authors)[0]!;
      for (const path of [
        `/${code}/authors/no-such-author`,
        `/${code}/series/no-such-series`,
        `/${code}/authors/${encodeURIComponent(author.slug.normalize("NFC"))}?page=99`,
        `/${code}/series/${encodeURIComponent(seedContent(code).series["weekly-digest"].slug.normalize("NFC"))}?page=2`,
      ]) {
        await expectNotFound(page, edition, path);
      }
    });
  });
}
