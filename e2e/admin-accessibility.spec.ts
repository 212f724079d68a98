// axe-core on every editorial screen, in the English and the Persian interface (issue #21, point 6): no
// violation of any impact of the WCAG 2.0-2.2 A/AA rules and best practices. Colours do not depend on the
// language: the dark scheme is checked in the English interface only. The Persian interface is an administrator's of its own, made here through the accounts
// screen, so that the administrators' screens (accounts, identity, audit) are checked in it too.
import { expect, test, type BrowserContext, type Page } from "@playwright/test";
import { axeViolations } from "./axe";
import { demoAccount, firstItemEditor, newAdministrator, signInAs, untranslatedEnglishArticle } from "./admin-fixtures";
import { text } from "./fixtures";

interface Screen {
  name: string;
  /** The screen's address, or how to find it (an item's editor, from its list) */
  path: string | ((page: Page) => Promise<string>);
  /** Brings the screen into the state to check once it has loaded */
  then?: (page: Page, lang: string) => Promise<void>;
}

/** The first item's editor linked from `listPath` */
const firstItemOf = (listPath: string, itemPath: RegExp) => (page: Page) => firstItemEditor(page, listPath, itemPath);

// An English article with no translation: its translate screen offers every other edition
const untranslated = untranslatedEnglishArticle(2);
const untranslatedArticle = async (page: Page) => {
  const editor = await firstItemEditor(page, `/admin/articles?edition=en&q=${encodeURIComponent(untranslated.title)}`, /^\/admin\/articles\/\d+$/);
  return `${editor}/translate`;
};

const screens: Screen[] = [
  { name: "the dashboard", path: "/admin" },
  { name: "the article list", path: "/admin/articles" },
  { name: "a new article", path: "/admin/articles/new?edition=en" },
  {
    name: "a new article saved empty, with its error summary",
    path: "/admin/articles/new?edition=en",
    then: async (page, lang) => {
      await page.getByRole("button", { name: text(lang, "admin", "actions.save"), exact: true }).click();
      await expect(page.getByRole("alert").first()).toBeFocused();
    },
  },
  { name: "an article's editor", path: firstItemOf("/admin/articles", /^\/admin\/articles\/\d+$/) },
  { name: "an article's translations", path: untranslatedArticle },
  { name: "a translation side by side", path: async (page) => `${await untranslatedArticle(page)}?into=fa` },
  { name: "the categories", path: "/admin/categories" },
  { name: "a category", path: firstItemOf("/admin/categories", /^\/admin\/categories\/\d+$/) },
  { name: "a new author", path: "/admin/authors/new" },
  { name: "the series", path: "/admin/series" },
  { name: "the media items", path: "/admin/media" },
  { name: "a new media item", path: "/admin/media/new" },
  { name: "a media item", path: firstItemOf("/admin/media", /^\/admin\/media\/\d+$/) },
  { name: "the publications", path: "/admin/publications" },
  { name: "a publication", path: firstItemOf("/admin/publications", /^\/admin\/publications\/\d+$/) },
  { name: "the upload library", path: "/admin/uploads" },
  { name: "the pages", path: "/admin/pages" },
  { name: "a page", path: firstItemOf("/admin/pages", /^\/admin\/pages\/\d+$/) },
  { name: "the comments", path: "/admin/comments" },
  { name: "the inbox", path: "/admin/messages" },
  { name: "the accounts", path: "/admin/users" },
  { name: "a new account", path: "/admin/users/new" },
  { name: "an account", path: firstItemOf("/admin/users", /^\/admin\/users\/\d+$/) },
  { name: "the site's identity", path: "/admin/identity" },
  { name: "the audit log", path: "/admin/audit" },
  { name: "the preferences", path: "/admin/preferences" },
];

/**
 * Buttons and links whose names say only the action ("Edit", "Approve"), not what it acts on: the same
 * name for different links (another address) or buttons (another form or value)
 */
async function namesShared(page: Page): Promise<string[]> {
  return page.locator("main").evaluate((main) => {
    const seen = new Map<string, string>();
    const shared = new Set<string>();
    for (const control of main.querySelectorAll<HTMLElement>("a[href], button:not([aria-hidden='true'])")) {
      if (!control.checkVisibility()) continue;
      const name = (control.getAttribute("aria-label") ?? control.textContent ?? "").replace(/\s+/g, " ").trim();
      const target =
        control instanceof HTMLAnchorElement
          ? control.href
          : `${control.closest("form")?.getAttribute("action") ?? ""}#${[...main.querySelectorAll("form")].indexOf(control.closest("form")!)}:${(control as HTMLButtonElement).value}`;
      const before = seen.get(name);
      if (before !== undefined && before !== target) shared.add(name);
      seen.set(name, target);
    }
    return [...shared];
  });
}

for (const lang of ["en", "fa"] as const) {
  test.describe(`the editorial screens in the ${lang} interface have no axe violations`, () => {
    let signedIn: { context: BrowserContext; page: Page };
    test.beforeAll(async ({ browser }) => {
      const account = lang === "en" ? demoAccount("admin") : await newAdministrator(browser, "fa", "a11y-fa");
      signedIn = await signInAs(browser, account.email, account.password);
      await expect(signedIn.page.locator("html")).toHaveAttribute("lang", lang);
    });
    test.afterAll(async () => {
      await signedIn.context.close();
    });

    for (const screen of screens) {
      test(screen.name, async () => {
        const { page } = signedIn;
        const path = typeof screen.path === "string" ? screen.path : await screen.path(page);
        const response = await page.goto(path);
        expect(response?.status(), path).toBe(200);
        await expect(page.locator("html")).toHaveAttribute("lang", lang);
        await screen.then?.(page, lang);
        const violations = await axeViolations(page, { schemes: lang === "en" ? ["light", "dark"] : ["light"] });
        expect(violations, `axe on ${path}:\n${violations.join("\n")}`).toEqual([]);
        expect(await namesShared(page), `controls of ${path} that share a name but act on different things`).toEqual([]);
      });
    }
  });
}

test("the sign-in screen has no axe violations", async ({ page }) => {
  await page.goto("/admin/sign-in");
  const violations = await axeViolations(page, { schemes: ["light", "dark"] });
  expect(violations, violations.join("\n")).toEqual([]);
});
