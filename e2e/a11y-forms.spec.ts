// Errors where they happen (issue #21, point 4) and menus that behave like menus (point 5), as a reader
// meets them: a contact form sent empty comes back with an error summary that has the focus, leads to each
// field and counts the errors in the page title in the edition's digits; a header menu opened with the
// keyboard closes when Tab leaves it and gives the focus back to its toggle on Escape.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { editions, text, waitForReaderScript } from "./fixtures";

const contactFields = ["name", "email", "subject", "message"] as const;
let address = 40;

/** "(4 errors) Contact us | Horizon Watch" in the edition's words, plural and digits */
function errorTitle(code: string, count: number, title: string): string {
  const edition = editions.find((candidate) => candidate.code === code)!;
  const category = new Intl.PluralRules(edition.intlLocale).select(count);
  const digits = new Intl.NumberFormat(edition.intlLocale, { numberingSystem: edition.numberingSystem }).format(count);
  return text(code, "common", `formErrors.title_${category}`).replace("{{count, number}}", digits).replace("{{title}}", title);
}

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  return results.violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical").map((violation) => violation.id);
}

for (const code of ["en", "fa"]) {
  test.describe(`${code} contact form sent empty`, () => {
    for (const javaScript of [true, false]) {
      test(`${javaScript ? "with" : "without"} JavaScript: the error summary has the focus, leads to each field, and the title counts the errors`, async ({ page }) => {
        test.skip(!javaScript && code === "en", "one edition is enough without JavaScript");
        await page.context().setExtraHTTPHeaders({ "X-Forwarded-For": `203.0.113.${address++}` });
        if (!javaScript) await page.context().route("**/build/reader-*.js", (route) => route.abort());
        await page.goto(`/${code}/contact`);
        const title = await page.title();
        if (javaScript) await waitForReaderScript(page);
        await page.getByRole("button", { name: text(code, "forms", "contact.submit") }).click();

        const summary = page.getByRole("alert");
        await expect(summary).toBeFocused();
        await expect(summary).toContainText(text(code, "forms", "errorSummary"));
        await expect(page).toHaveTitle(errorTitle(code, contactFields.length, title));
        // One title: the count is the page's own title, not a second <title> before it
        await expect(page.locator("title")).toHaveCount(1);
        await expect(summary.getByRole("link")).toHaveCount(contactFields.length);

        for (const [index, field] of contactFields.entries()) {
          const label = text(code, "forms", `contact.${field}`);
          const message = text(code, "forms", `contact.required.${field}`);
          const input = page.getByLabel(label, { exact: true });
          await expect(input).toHaveAttribute("aria-invalid", "true");
          // Its description is its own message
          const describedBy = (await input.getAttribute("aria-describedby")) ?? "";
          await expect(page.locator(`[id="${describedBy}"]`)).toHaveText(message);
          await expect(input).toHaveAccessibleDescription(message);
          const link = summary.getByRole("link").nth(index);
          await expect(link).toHaveText(`${label}: ${message}`);
          await link.click();
          await expect(input).toBeFocused();
        }
        expect(await seriousViolations(page)).toEqual([]);
      });
    }
  });
}

test.describe("a reader's header menu", () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test("opened with the keyboard, it closes when Tab moves past its last link, and Escape gives the focus back to its toggle", async ({ page }) => {
    const code = "en";
    await page.goto(`/${code}`);
    await waitForReaderScript(page);
    const toggle = page.locator("header summary", { hasText: text(code, "nav", "media") });
    const menu = toggle.locator("xpath=..");
    await toggle.focus();
    await page.keyboard.press("Enter");
    await expect(menu).toHaveAttribute("open", "");
    await expect(toggle).toHaveAttribute("aria-expanded", "true");

    const links = menu.getByRole("link");
    const count = await links.count();
    for (let index = 0; index < count; index++) {
      await page.keyboard.press("Tab");
      await expect(links.nth(index)).toBeFocused();
      await expect(menu, "open while the focus moves inside it").toHaveAttribute("open", "");
    }
    await page.keyboard.press("Tab");
    await expect(menu).not.toHaveAttribute("open");
    await expect(toggle).toHaveAttribute("aria-expanded", "false");

    await toggle.focus();
    await page.keyboard.press("Enter");
    await page.keyboard.press("Tab");
    await expect(links.first()).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(menu).not.toHaveAttribute("open");
    await expect(toggle).toBeFocused();
  });
});
