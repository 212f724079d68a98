// axe-core on the home page and an article of every edition: no serious or critical violation.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { articlePath, editions, publishedArticles, waitForHydration } from "./fixtures";

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
  return results.violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical");
}

function describe(violations: Awaited<ReturnType<typeof seriousViolations>>): string {
  return violations
    .map(
      (violation) =>
        `[${violation.impact}] ${violation.id}: ${violation.help} (${violation.helpUrl})\n` +
        violation.nodes.map((node) => `    ${node.target.join(" ")}\n      ${node.failureSummary?.replace(/\n/g, "\n      ")}`).join("\n"),
    )
    .join("\n");
}

for (const edition of editions) {
  const { code } = edition;
  test.describe(`${edition.nativeName} (${code}) accessibility`, () => {
    test("the home page has no serious or critical axe violations", async ({ page }) => {
      await page.goto(`/${code}`);
      await waitForHydration(page);
      const violations = await seriousViolations(page);
      expect(violations, `axe on /${code}:\n${describe(violations)}`).toEqual([]);
    });

    test("an article has no serious or critical axe violations", async ({ page }) => {
      // The newest article with a cover picture (a figure, a caption, the richest markup)
      const articles = publishedArticles(code);
      const article = articles.find((candidate) => candidate.cover) ?? articles[0];
      if (!article) throw new Error(`No ${code} seed article`);
      const path = articlePath(code, article.slug);
      await page.goto(path);
      await waitForHydration(page);
      const violations = await seriousViolations(page);
      expect(violations, `axe on ${decodeURIComponent(path)}:\n${describe(violations)}`).toEqual([]);
    });
  });
}
