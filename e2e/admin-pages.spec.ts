// Static pages beyond "about": an editor writes one, and readers find it at /<lng>/<slug>.
import { expect, test } from "@playwright/test";
import { signIn } from "./admin-fixtures";
import { text } from "./fixtures";

test("an admin writes a new page in English and readers find it at its address; a section's address cannot be taken", async ({ page }) => {
  await signIn(page, "admin");
  const title = `Editorial standards ${Date.now()}`;
  await page.goto("/admin/pages/new?edition=en");
  await page.getByLabel(text("en", "admin", "fields.title")).fill(title);
  await page.getByLabel(text("en", "admin-taxonomy", "pages.body")).fill("We **check** every fact twice.");
  await page.getByRole("button", { name: text("en", "admin", "actions.save") }).click();
  await expect(page.getByRole("status")).toHaveText(text("en", "admin", "flash.saved"));

  const slug = title.toLowerCase().replace(/ /g, "-");
  const reader = await page.request.get(`/en/${slug}`);
  expect(reader.status()).toBe(200);
  await page.goto(`/en/${slug}`);
  await expect(page.locator("main h1")).toHaveText(title);
  await expect(page.locator("main strong")).toHaveText("check");
  // Still a 404 for what no page and no section is
  expect((await page.request.get(`/en/${slug}-nothing`)).status()).toBe(404);

  await page.goto("/admin/pages/new?edition=en");
  await page.getByLabel(text("en", "admin", "fields.title")).fill("Contact");
  await page.getByLabel(text("en", "admin", "fields.slug")).fill("contact");
  await page.getByLabel(text("en", "admin-taxonomy", "pages.body")).fill("Not a page: the contact form lives here.");
  await page.getByRole("button", { name: text("en", "admin", "actions.save") }).click();
  await expect(page.getByText(text("en", "admin", "errors.slugTaken"), { exact: true })).toBeVisible();
});
