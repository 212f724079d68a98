// The shell every page shares: <html lang dir>, skip link, header and main menu with its submenus, footer.
import { expect, test, type Locator, type Page } from "@playwright/test";
import { site } from "../app/site";
import { defaultEditionIdentity, defaultSocialProfiles } from "../app/identity/site-identity";
import { editions, escapeRegExp, flatStrings, text, waitForReaderScript, type Edition } from "./fixtures";

const submenus = [
  { key: "media", items: ["cartoons", "newspics", "photos", "videos"] },
  { key: "publications", items: ["books", "newsletter", "parsBrief"] },
  { key: "editions", items: [] },
] as const;

function mainMenu(page: Page, code: string): Locator {
  return page.getByRole("navigation", { name: text(code, "nav", "mainMenu"), exact: true });
}

/** The <details> submenu whose summary reads `label` */
function submenu(page: Page, code: string, label: string): { details: Locator; summary: Locator } {
  const details = mainMenu(page, code)
    .locator("details")
    .filter({ has: page.locator("summary", { hasText: new RegExp(`^\\s*${escapeRegExp(label)}\\s*▾?\\s*$`) }) });
  return { details, summary: details.locator("summary") };
}

/** What a submenu must list once open, read from the locale files and the edition configuration */
function expectedItems(edition: Edition, key: (typeof submenus)[number]["key"]): string[] {
  if (key === "editions") return editions.filter((other) => other.code !== edition.code).map((other) => other.nativeName);
  const menu = submenus.find((candidate) => candidate.key === key)!;
  return menu.items.map((item) => text(edition.code, "nav", item));
}

async function expectOpenWithItems(details: Locator, items: string[]) {
  await expect(details).toHaveAttribute("open", "");
  const links = details.locator("ul > li > a");
  await expect(links).toHaveCount(items.length);
  for (const [index, item] of items.entries()) {
    await expect(links.nth(index)).toBeVisible();
    await expect(links.nth(index)).toContainText(item);
  }
}

/** The Editions submenu offers the other editions, each named in its own language, with lang and hreflang */
async function expectEditionLinks(details: Locator, edition: Edition) {
  const others = editions.filter((other) => other.code !== edition.code);
  await expect(details.locator("a")).toHaveCount(others.length);
  for (const other of others) {
    const link = details.getByRole("link", { name: other.nativeName, exact: true });
    await expect(link).toBeVisible();
    await expect(link).toHaveAttribute("lang", other.code);
    await expect(link).toHaveAttribute("hreflang", other.code);
    await expect(link).toHaveAttribute("href", `/${other.code}`);
  }
  // The current edition is not offered
  await expect(details.getByRole("link", { name: edition.nativeName, exact: true })).toHaveCount(0);
}

for (const edition of editions) {
  const { code } = edition;
  const nav = (key: string) => text(code, "nav", key);

  test.describe(`${edition.nativeName} (${code}) shell`, () => {
    test(`the page declares lang="${code}" dir="${edition.dir}" and the skip link jumps to the content`, async ({ page }) => {
      await page.goto(`/${code}`);
      await expect(page.locator("html")).toHaveAttribute("lang", code);
      await expect(page.locator("html")).toHaveAttribute("dir", edition.dir);

      // A keyboard reader's first Tab lands on the skip link, which becomes visible
      await page.keyboard.press("Tab");
      const skipLink = page.locator(":focus");
      await expect(skipLink).toHaveAttribute("href", "#main");
      await expect(skipLink).toHaveText(text(code, "common", "skipToContent"));
      await expect(skipLink).toBeInViewport();

      await page.keyboard.press("Enter");
      await expect(page.locator("#main")).toBeFocused();
      // …and the next Tab continues inside the content, past the header's menu
      await page.keyboard.press("Tab");
      expect(await page.evaluate(() => document.querySelector("#main")!.contains(document.activeElement))).toBe(true);
    });

    test("the header shows the brand and a main menu with every item in the edition's language", async ({ page }) => {
      await page.goto(`/${code}`);
      const brand = page.locator("header").getByRole("link", { name: defaultEditionIdentity(code).siteName, exact: true });
      await expect(brand).toBeVisible();
      await expect(brand).toHaveAttribute("href", `/${code}`);

      const topLevel = mainMenu(page, code).locator(":scope > ul > li > a, :scope > ul > li > details > summary");
      const labels = ["home", "articles", "media", "publications", "about", "contact", "editions"].map(nav);
      await expect(topLevel).toHaveText(labels.map((label) => new RegExp(`^\\s*${escapeRegExp(label)}\\s*▾?\\s*$`)));
      for (const [key, href] of [
        ["home", `/${code}`],
        ["articles", `/${code}/articles`],
        ["about", `/${code}/about`],
        ["contact", `/${code}/contact`],
      ] as const) {
        await expect(mainMenu(page, code).getByRole("link", { name: nav(key), exact: true })).toHaveAttribute("href", href);
      }
      // The home item marks the current page
      await expect(mainMenu(page, code).getByRole("link", { name: nav("home"), exact: true })).toHaveAttribute("aria-current", "page");
    });

    test("the Media, Publications and Editions submenus open with a mouse click", async ({ page }) => {
      await page.goto(`/${code}`);
      await waitForReaderScript(page);
      for (const { key } of submenus) {
        const { details, summary } = submenu(page, code, nav(key));
        await expect(details).not.toHaveAttribute("open");
        await expect(details.locator("ul")).toBeHidden();
        await summary.click();
        await expectOpenWithItems(details, expectedItems(edition, key));
        if (key === "editions") await expectEditionLinks(details, edition);
        // A click elsewhere closes it again
        await page.getByRole("contentinfo").click({ position: { x: 2, y: 2 } });
        await expect(details).not.toHaveAttribute("open");
      }
    });

    test("the submenus open with Enter on the focused summary and close with Escape", async ({ page }) => {
      await page.goto(`/${code}`);
      await waitForReaderScript(page);
      for (const { key } of submenus) {
        const { details, summary } = submenu(page, code, nav(key));
        await summary.focus();
        await page.keyboard.press("Enter");
        await expectOpenWithItems(details, expectedItems(edition, key));
        // Tab moves into the open submenu
        await page.keyboard.press("Tab");
        await expect(details.locator("a").first()).toBeFocused();
        await page.keyboard.press("Escape");
        await expect(details).not.toHaveAttribute("open");
        await expect(summary).toBeFocused();
      }
    });

    test.describe("without JavaScript", () => {
      test.use({ javaScriptEnabled: false });

      test("the submenus still open and close with a click", async ({ page }) => {
        await page.goto(`/${code}`);
        for (const { key } of submenus) {
          const { details, summary } = submenu(page, code, nav(key));
          await expect(details).not.toHaveAttribute("open");
          await summary.click();
          await expectOpenWithItems(details, expectedItems(edition, key));
          await summary.click();
          await expect(details).not.toHaveAttribute("open");
        }
      });
    });

    test("the footer has the social links, the copyright years and a back-to-top link", async ({ page }) => {
      await page.goto(`/${code}`);
      const footer = page.getByRole("contentinfo");
      await expect(footer).toContainText(text(code, "common", "footer.followUs"));

      for (const { network, url } of defaultSocialProfiles) {
        const link = footer.getByRole("link", { name: text(code, "common", `social.${network}`).replace("{{brand}}", defaultEditionIdentity(code).siteName), exact: true });
        await expect(link).toBeVisible();
        await expect(link).toHaveAttribute("href", url);
      }
      await expect(footer.locator("a[href^='https://']")).toHaveCount(defaultSocialProfiles.length);

      const year = (value: number) =>
        new Intl.NumberFormat(edition.intlLocale, { numberingSystem: edition.numberingSystem, useGrouping: false }).format(value);
      const years = `${year(site.foundedYear)}–${year(new Date().getFullYear())}`;
      const copyright = text(code, "common", "footer.copyright")
        .replace("{{years}}", years)
        .replace("{{brand}}", defaultEditionIdentity(code).siteName);
      await expect(footer.getByText(copyright, { exact: true })).toBeVisible();

      const backToTop = footer.getByRole("link", { name: text(code, "common", "footer.backToTop") });
      await expect(backToTop).toHaveAttribute("href", "#top");
      await expect(page.locator("#top")).toHaveCount(1);
      await backToTop.click();
      await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
      await expect(page.locator("header")).toBeInViewport();
    });
  });
}

test.describe("no English leaks into the other editions", () => {
  const namespaces = ["nav", "common", "article"] as const;
  /** The literal words of a string around its {{placeholders}}, each with at least four letters */
  const fragments = (value: string) =>
    value
      .split(/\{\{[^}]*\}\}/)
      .map((fragment) => fragment.replace(/^[\p{P}\p{S}\s]+|[\p{P}\p{S}\s]+$/gu, ""))
      .filter((fragment) => (fragment.match(/\p{L}/gu) ?? []).length >= 4);
  const asWord = (fragment: string) => new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(fragment)}(?![\\p{L}\\p{N}])`, "u");

  for (const edition of editions.filter((candidate) => candidate.code !== "en")) {
    test(`the ${edition.nativeName} (${edition.code}) home page shows no English interface string`, async ({ page }) => {
      // English strings this edition translates differently (or not at all)
      const candidates = namespaces.flatMap((namespace) => {
        const own = flatStrings(edition.code, namespace);
        return [...flatStrings("en", namespace)]
          .filter(([key, value]) => own.get(key) !== value)
          .flatMap(([key, value]) => fragments(value).map((fragment) => ({ key: `${namespace}:${key}`, fragment })));
      });
      expect(candidates.map(({ fragment }) => fragment)).toEqual(
        expect.arrayContaining(["Home", "Articles", "Publications", "Back to top", "Recent posts"]),
      );

      await page.goto(`/${edition.code}`);
      await waitForReaderScript(page);
      const visible = await page.locator("body").innerText();
      const leaks = candidates.filter(({ fragment }) => asWord(fragment).test(visible));
      expect(leaks, `English on /${edition.code}: ${leaks.map(({ key, fragment }) => `${key} "${fragment}"`).join(", ")}`).toEqual([]);
    });
  }
});
