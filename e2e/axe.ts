// axe-core as the accessibility suites run it: every WCAG 2.0-2.2 A/AA rule and best practice, of any
// impact, in the light scheme; in the dark one only the rules that colours decide (the markup is the same).
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";

const allRules = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];
const colourRules = ["color-contrast", "link-in-text-block"];

/**
 * The violations on the page as it is, one readable entry each (rule, scheme, the nodes and why), in each
 * of `schemes`; `enhancedContrast` adds AAA contrast for text (color-contrast-enhanced, 7:1)
 */
export async function axeViolations(page: Page, { schemes, enhancedContrast = false }: { schemes: readonly ("light" | "dark")[]; enhancedContrast?: boolean }): Promise<string[]> {
  const found: string[] = [];
  for (const colorScheme of schemes) {
    await page.emulateMedia({ colorScheme });
    const builder = new AxeBuilder({ page });
    const contrast = enhancedContrast ? ["color-contrast-enhanced"] : [];
    if (colorScheme === "light") builder.options({ runOnly: { type: "tag", values: allRules }, rules: Object.fromEntries(contrast.map((rule) => [rule, { enabled: true }])) });
    else builder.withRules([...colourRules, ...contrast]);
    const results = await builder.analyze();
    found.push(
      ...results.violations.map(
        (violation) =>
          `[${violation.impact}, ${colorScheme} scheme] ${violation.id}: ${violation.help} (${violation.helpUrl})\n` +
          violation.nodes.map((node) => `    ${node.target.join(" ")}\n      ${node.failureSummary?.replace(/\n/g, "\n      ")}`).join("\n"),
      ),
    );
  }
  return found;
}
