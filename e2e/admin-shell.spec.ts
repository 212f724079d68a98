import { expect, test } from "@playwright/test";
import { demoAccount, signIn } from "./admin-fixtures";
import { editions, text } from "./fixtures";

test.describe("editorial sign-in", () => {
  test("a signed-out visit to the dashboard leads to the sign-in page and back", async ({ page }) => {
    await page.goto("/admin/articles?status=draft");
    await expect(page).toHaveURL(/\/admin\/sign-in\?next=%2Fadmin%2Farticles%3Fstatus%3Ddraft$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(text("en", "admin", "signIn.title"));
  });

  test("the editor signs in, sees the dashboard in Persian, right to left, and signs out", async ({ page }) => {
    await signIn(page, "editor");
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(text("fa", "admin", "dashboard.title"));
    await expect(page.getByText(text("fa", "admin", "dashboard.pendingComments"))).toBeVisible();
    await page.getByRole("button", { name: text("fa", "admin", "signOut") }).click();
    await expect(page).toHaveURL(/\/admin\/sign-in$/);
    await page.goto("/admin");
    await expect(page).toHaveURL(/\/admin\/sign-in/);
  });

  test("the interface language can be chosen in every edition's language", async ({ page }) => {
    await signIn(page, "admin");
    for (const edition of editions) {
      const current = (await page.locator("html").getAttribute("lang")) ?? "en";
      await page.getByLabel(text(current, "admin", "interfaceLanguage")).selectOption(edition.code);
      await page.locator("form[action='/admin/preferences'] button[type=submit]").click();
      await expect(page.locator("html")).toHaveAttribute("lang", edition.code);
      await expect(page.locator("html")).toHaveAttribute("dir", edition.dir);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(text(edition.code, "admin", "dashboard.title"));
    }
    // The choice is kept on the account: give the admin back their own language for the other tests
    await page.getByLabel(text(editions.at(-1)!.code, "admin", "interfaceLanguage")).selectOption(demoAccount("admin").interfaceLanguage);
    await page.locator("form[action='/admin/preferences'] button[type=submit]").click();
    await expect(page.locator("html")).toHaveAttribute("lang", demoAccount("admin").interfaceLanguage);
  });

  test("a wrong password is refused with a message, and repeated wrong passwords get 429", async ({ page, request }) => {
    // A made-up account, so the lock-out does not stop the other tests' demo accounts
    const email = `nobody-${Date.now()}@example.org`;
    await page.goto("/admin/sign-in");
    await page.getByLabel(text("en", "admin", "signIn.email")).fill(email);
    await page.getByLabel(text("en", "admin", "signIn.password")).fill("not the password");
    await page.getByRole("button", { name: text("en", "admin", "signIn.submit") }).click();
    await expect(page.getByRole("alert")).toHaveText(text("en", "admin", "signIn.wrong"));

    const csrf = await page.locator("input[name=csrf]").first().inputValue();
    const cookies = (await page.context().cookies()).map((cookie) => `${cookie.name}=${cookie.value}`).join("; ");
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 5; attempt++) {
      const response = await request.post("/admin/sign-in", {
        form: { csrf, email, password: `guess ${attempt}`, next: "/admin" },
        headers: { Cookie: cookies },
        maxRedirects: 0,
      });
      statuses.push(response.status());
    }
    expect(statuses.slice(0, 3)).toEqual([400, 400, 400]);
    expect(statuses.at(-1)).toBe(429);
    // Locked: no password is even tried until the lock-out expires
    const locked = await request.post("/admin/sign-in", { form: { csrf, email, password: "x", next: "/admin" }, headers: { Cookie: cookies }, maxRedirects: 0 });
    expect(locked.status()).toBe(429);
    expect(Number(locked.headers()["retry-after"])).toBeGreaterThan(0);
  });

  test("a sign-in posted without its CSRF token is refused", async ({ request }) => {
    const account = demoAccount("editor");
    const response = await request.post("/admin/sign-in", { form: { email: account.email, password: account.password }, maxRedirects: 0 });
    expect(response.status()).toBe(400);
    expect(response.headers()["set-cookie"] ?? "").not.toContain("admin_session=");
  });

  test("the session id changes at every sign-in", async ({ page }) => {
    await signIn(page, "editor");
    const first = (await page.context().cookies()).find((cookie) => cookie.name === "admin_session");
    expect(first?.httpOnly).toBe(true);
    expect(first?.sameSite).toBe("Lax");
    await page.goto("/admin/sign-in");
    // Signed in already: the sign-in page leads back to the dashboard; sign in again from a fresh form
    await page.context().clearCookies({ name: "admin_session" });
    await signIn(page, "editor");
    const second = (await page.context().cookies()).find((cookie) => cookie.name === "admin_session");
    expect(second?.value).toBeTruthy();
    expect(second?.value).not.toBe(first?.value);
  });
});
