// axe-core on every page type of every edition (home, archive, article with its comments, category,
// author, series, about, contact, search, media list and gallery, publication, 404): no violation of any impact of the
// WCAG 2.0-2.2 A/AA rules and best practices, nor of AAA contrast for text (color-contrast-enhanced, 7:1), in the
// light and the dark colour scheme.
import { expect, test } from "@playwright/test";
import { axeViolations } from "./axe";
import { articlePath, editions, publishedArticles, readerPages, seedContent, text, waitForReaderScript } from "./fixtures";

/** One page of every other type in an edition (the home page and an article are tested on their own below) */
function otherPages(code: string): { name: string; path: string }[] {
  return readerPages(code).filter((page) => page.name !== "the home page" && page.name !== "an article");
}

for (const edition of editions) {
  const { code } = edition;
  test.describe(`${edition.nativeName} (${code}) accessibility`, () => {
    test("every page's footer leads to the accessibility statement, which says how to report a barrier", async ({ page }) => {
      await page.goto(articlePath(code, publishedArticles(code)[0]!.slug));
      await page.getByRole("contentinfo").getByRole("link", { name: text(code, "common", "footer.accessibility"), exact: true }).click();
      await expect(page).toHaveURL(new RegExp(`/${code}/accessibility$`));
      await expect(page.locator("html")).toHaveAttribute("lang", code);
      await expect(page.locator("html")).toHaveAttribute("dir", edition.dir);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(seedContent(code).accessibility.title);
      await expect(page.getByRole("heading", { level: 2 })).toHaveCount(4);
      // Barriers are reported through the contact form
      await expect(page.locator(`main a[href="/${code}/contact"]`)).toHaveCount(1);
      // The same statement in every edition: hreflang names each one
      for (const other of editions) {
        await expect(page.locator(`link[rel=alternate][hreflang="${other.code}"]`)).toHaveAttribute("href", new RegExp(`/${other.code}/accessibility$`));
      }
    });

    test("the home page has no axe violations", async ({ page }) => {
      await page.goto(`/${code}`);
      await waitForReaderScript(page);
      const violations = await axeViolations(page, { schemes: ["light", "dark"], enhancedContrast: true });
      expect(violations, `axe on /${code}:\n${violations.join("\n")}`).toEqual([]);
    });

    test("an article has no axe violations", async ({ page }) => {
      // The newest article with a cover picture (a figure, a caption, the richest markup)
      const articles = publishedArticles(code);
      const article = articles.find((candidate) => candidate.cover) ?? articles[0];
      if (!article) throw new Error(`No ${code} seed article`);
      const path = articlePath(code, article.slug);
      await page.goto(path);
      await waitForReaderScript(page);
      const violations = await axeViolations(page, { schemes: ["light", "dark"], enhancedContrast: true });
      expect(violations, `axe on ${decodeURIComponent(path)}:\n${violations.join("\n")}`).toEqual([]);
    });

    for (const { name, path } of otherPages(code)) {
      test(`${name} has no axe violations`, async ({ page }) => {
        await page.goto(path);
        await waitForReaderScript(page);
        const violations = await axeViolations(page, { schemes: ["light", "dark"], enhancedContrast: true });
        expect(violations, `axe on ${decodeURIComponent(path)}:\n${violations.join("\n")}`).toEqual([]);
      });
    }
  });
}
