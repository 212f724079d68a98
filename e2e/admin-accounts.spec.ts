// Accounts and the audit log, kept to administrators: an administrator creates a translator's account
// and sees its generated password once, the translator signs in with it; an editor is refused both
// screens; the audit log shows a comment approval with the administrator who made it.
import { expect, test } from "@playwright/test";
import { demoAccount, signIn } from "./admin-fixtures";
import { text } from "./fixtures";
import { moderationArticle, postReaderComment } from "./reader-input";

const ns = "admin-accounts";
// The administrator's interface language (app/db/seed/demo-accounts.server.ts)
const lang = "en";

test.describe("accounts", () => {
  test("an administrator creates a translator, whose password is shown once and signs them in", async ({ browser, page }) => {
    const email = `translator-${Date.now()}@example.org`;
    await signIn(page, "admin");
    await page.goto("/admin/users");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(text(lang, ns, "users.title"));
    await page.getByRole("link", { name: text(lang, "admin", "actions.create") }).click();

    await page.getByLabel(text(lang, ns, "users.fields.email")).fill(email);
    await page.getByRole("radio", { name: text(lang, "admin", "roles.translator") }).check();
    await page.getByRole("checkbox", { name: "Shqip" }).check();
    await page.getByRole("main").getByLabel(text(lang, ns, "users.fields.interfaceLanguage")).selectOption("sq");
    await page.getByRole("button", { name: text(lang, ns, "users.create") }).click();

    await expect(page.getByRole("heading", { level: 1 })).toHaveText(text(lang, ns, "users.createdTitle"));
    const password = (await page.locator("[role=status] code").innerText()).trim();
    expect(password).toMatch(/^[A-Za-z0-9]{20}$/);
    // Never in an address, and not shown again on the account's page
    expect(page.url()).not.toContain(password);
    await page.getByRole("link", { name: text(lang, ns, "users.openAccount") }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(email);
    await expect(page.getByText(password)).toHaveCount(0);
    await page.goto("/admin/users");
    await expect(page.getByRole("row").filter({ hasText: email })).toContainText(text(lang, "admin", "roles.translator"));

    // The new translator signs in, in a browser of their own, and works in Albanian
    const translatorContext = await browser.newContext();
    const translatorPage = await translatorContext.newPage();
    await translatorPage.goto("/admin/sign-in");
    await translatorPage.getByLabel(text(lang, "admin", "signIn.email")).fill(email);
    await translatorPage.getByLabel(text(lang, "admin", "signIn.password")).fill(password);
    await translatorPage.getByRole("button", { name: text(lang, "admin", "signIn.submit") }).click();
    await expect(translatorPage).toHaveURL(/\/admin$/);
    await expect(translatorPage.locator("html")).toHaveAttribute("lang", "sq");
    await expect(translatorPage.getByText(email)).toBeVisible();
    // A translator manages no accounts
    expect((await translatorPage.goto("/admin/users"))?.status()).toBe(403);
    await translatorContext.close();
  });

  test("a disabled account is signed out and cannot sign in; a reset password works once enabled again", async ({ browser, page }) => {
    // Five sign-ins (argon2, slow on purpose): 10 s alone, over 30 s while the other worker resizes uploads
    test.slow();
    const email = `editor-${Date.now()}@example.org`;
    await signIn(page, "admin");
    await page.goto("/admin/users/new");
    await page.getByLabel(text(lang, ns, "users.fields.email")).fill(email);
    await page.getByRole("radio", { name: text(lang, "admin", "roles.editor") }).check();
    await page.getByRole("checkbox", { name: "English" }).check();
    await page.getByRole("button", { name: text(lang, ns, "users.create") }).click();
    const password = (await page.locator("[role=status] code").innerText()).trim();
    await page.getByRole("link", { name: text(lang, ns, "users.openAccount") }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(email);
    const accountUrl = page.url();

    const other = await browser.newContext();
    const otherPage = await other.newPage();
    const signInAs = async (secret: string) => {
      await otherPage.goto("/admin/sign-in");
      await otherPage.getByLabel(text(lang, "admin", "signIn.email")).fill(email);
      await otherPage.getByLabel(text(lang, "admin", "signIn.password")).fill(secret);
      await otherPage.getByRole("button", { name: text(lang, "admin", "signIn.submit") }).click();
    };
    await signInAs(password);
    await expect(otherPage).toHaveURL(/\/admin$/);

    await page.getByRole("button", { name: text(lang, ns, "users.disable") }).click();
    await expect(page.getByText(text(lang, ns, "users.disabled"), { exact: true })).toBeVisible();
    await otherPage.goto("/admin");
    await expect(otherPage).toHaveURL(/\/admin\/sign-in/);
    await signInAs(password);
    await expect(otherPage.getByRole("alert")).toHaveText(text(lang, "admin", "signIn.wrong"));

    await page.goto(accountUrl);
    await page.getByRole("button", { name: text(lang, ns, "users.enable") }).click();
    await page.getByRole("button", { name: text(lang, ns, "users.resetPassword") }).click();
    const newPassword = (await page.locator("[role=status] code").innerText()).trim();
    expect(newPassword).not.toBe(password);
    await signInAs(newPassword);
    await expect(otherPage).toHaveURL(/\/admin$/);
    await other.close();
  });

  test("an administrator cannot disable or demote their own account", async ({ page }) => {
    await signIn(page, "admin");
    await page.goto("/admin/users");
    await page.getByRole("link", { name: demoAccount("admin").email }).click();
    await expect(page.getByText(text(lang, ns, "users.ownAccess"))).toBeVisible();
    await expect(page.getByRole("button", { name: text(lang, ns, "users.disable") })).toHaveCount(0);
    await expect(page.getByRole("radio")).toHaveCount(0);

    // Even a hand-made request is refused with the reason, and changes nothing
    const csrf = await page.locator("input[name=csrf]").first().inputValue();
    const response = await page.request.post(page.url(), { form: { csrf, intent: "disable" }, maxRedirects: 0 });
    expect(response.status()).toBe(400);
    expect(await response.text()).toContain(text(lang, ns, "users.refused.selfDisable"));
    const demote = await page.request.post(page.url(), { form: { csrf, intent: "update", role: "editor", editions: "en", interfaceLanguage: "en" }, maxRedirects: 0 });
    expect(demote.status()).toBe(400);
    await page.goto("/admin/users");
    await expect(page.getByRole("row").filter({ hasText: demoAccount("admin").email })).toContainText(text(lang, "admin", "roles.admin"));
  });
});

test.describe("editors and the administrators' screens", () => {
  test("an editor is refused the accounts and the audit log", async ({ page }) => {
    await signIn(page, "editor");
    for (const path of ["/admin/users", "/admin/users/new", "/admin/audit"]) {
      expect((await page.goto(path))?.status(), path).toBe(403);
    }
    // Nor are they offered in the editor's menu
    const nav = page.getByRole("navigation", { name: text("fa", "admin", "nav.label") });
    await page.goto("/admin");
    await expect(nav.getByRole("link", { name: text("fa", "admin", "nav.users") })).toHaveCount(0);
    await expect(nav.getByRole("link", { name: text("fa", "admin", "nav.audit") })).toHaveCount(0);
  });
});

test.describe("the audit log", () => {
  test("shows a comment approval, newest first, with who made it, and filters by kind and by account", async ({ browser, page }) => {
    const article = moderationArticle(4);
    const body = `نظری برای گزارش رویدادها ${Date.now()}`;
    await postReaderComment(browser, article, { name: "خواننده", body });

    await signIn(page, "admin");
    await page.goto("/admin/comments?status=pending");
    await page
      .getByRole("listitem")
      .filter({ hasText: body })
      .getByRole("button", { name: text(lang, "admin-moderation", "comments.actions.approve") })
      .click();
    await expect(page.getByRole("status")).toBeVisible();

    await page.goto("/admin/audit");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(text(lang, ns, "audit.title"));
    await page.getByLabel(text(lang, ns, "audit.filters.type")).selectOption({ label: text(lang, ns, "audit.entities.comment") });
    await page.getByLabel(text(lang, ns, "audit.filters.actor")).selectOption({ label: demoAccount("admin").email });
    await page.getByRole("button", { name: text(lang, "admin", "actions.filter") }).click();
    await expect(page).toHaveURL(/type=comment/);

    const newest = page.getByRole("row").nth(1);
    await expect(newest).toContainText(text(lang, ns, "audit.actions.approve"));
    await expect(newest).toContainText(demoAccount("admin").email);
    await expect(newest).toContainText(article.title);
    await expect(newest.getByRole("link", { name: new RegExp(text(lang, ns, "audit.entities.comment")) })).toHaveAttribute("href", "/admin/comments");
  });
});
