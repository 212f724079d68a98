// Signing in to the editorial screens as one of the demo accounts (app/db/seed/demo-accounts.server.ts)
// of the editorial test server (playwright.config.ts, project "editorial").
import { expect, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { demoAccounts } from "../app/db/seed/demo-accounts.server";
import { seedContent, text } from "./fixtures";

export type DemoRole = (typeof demoAccounts)[number]["role"];

/** The demo account of a role, with the password the test servers gave every demo account (playwright.config.ts) */
export function demoAccount(role: DemoRole) {
  const account = demoAccounts.find((candidate) => candidate.role === role);
  if (!account) throw new Error(`No demo account with role ${role}`);
  const password = process.env.DEMO_ACCOUNT_PASSWORD;
  if (!password) throw new Error("DEMO_ACCOUNT_PASSWORD is set by playwright.config.ts for the test servers");
  return { ...account, password };
}

/**
 * Signs in through the sign-in page (in English: the browser's language before any choice) and waits
 * for the dashboard, which then speaks the account's own interface language
 */
export async function signIn(page: Page, role: DemoRole): Promise<void> {
  const account = demoAccount(role);
  await signInOnPage(page, account.email, account.password);
  await expect(page.locator("html")).toHaveAttribute("lang", account.interfaceLanguage);
}

async function signInOnPage(page: Page, email: string, password: string): Promise<void> {
  await page.goto("/admin/sign-in");
  await page.getByLabel(text("en", "admin", "signIn.email")).fill(email);
  await page.getByLabel(text("en", "admin", "signIn.password")).fill(password);
  await page.getByRole("button", { name: text("en", "admin", "signIn.submit") }).click();
  await expect(page).toHaveURL(/\/admin$/);
}

/** Signs in with an e-mail address and password in a browser context of its own */
export async function signInAs(browser: Browser, email: string, password: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInOnPage(page, email, password);
  return { context, page };
}

/**
 * A new administrator whose screens speak `interfaceLanguage`, made by the demo administrator through
 * the accounts screen; returns the password that screen shows once
 */
export async function newAdministrator(browser: Browser, interfaceLanguage: string, label: string): Promise<{ email: string; password: string }> {
  const admin = demoAccount("admin");
  const { context, page } = await signInAs(browser, admin.email, admin.password);
  const email = `${label}-${Date.now()}-${Math.floor(Math.random() * 1000)}@example.org`;
  await page.goto("/admin/users/new");
  await page.getByLabel(text("en", "admin-accounts", "users.fields.email")).fill(email);
  await page.getByRole("radio", { name: text("en", "admin", "roles.admin") }).check();
  await page.getByRole("main").getByLabel(text("en", "admin-accounts", "users.fields.interfaceLanguage")).selectOption(interfaceLanguage);
  await page.getByRole("button", { name: text("en", "admin-accounts", "users.create") }).click();
  const password = (await page.locator("[role=status] code").innerText()).trim();
  await context.close();
  return { email, password };
}

/**
 * A published English article that has no translation at all in the demo content. Each test that
 * translates one takes an `index` of its own, so that none sees another's translations.
 */
export function untranslatedEnglishArticle(index: number) {
  const candidates = seedContent("en").articles.filter((article) => !article.translationKey && (article.status ?? "published") === "published" && !article.series);
  const article = candidates[index];
  if (!article) throw new Error("The demo content has too few untranslated English articles for this spec");
  return article;
}

/** The address of the first item's editor (`itemPath`) linked from the editorial list at `listPath` */
export async function firstItemEditor(page: Page, listPath: string, itemPath: RegExp): Promise<string> {
  await page.goto(listPath);
  const hrefs = await page.getByRole("main").locator("a[href^='/admin/']").evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));
  const href = hrefs.find((candidate) => itemPath.test(candidate));
  if (!href) throw new Error(`No item link like ${itemPath} on ${listPath}`);
  return href;
}
