// Categories, authors and static pages in the editorial screens, and what readers see of the changes.
import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./admin-fixtures";
import { articlePath, editions, escapeRegExp, publishedArticles, seedContent, text } from "./fixtures";

const persian = editions.find((edition) => edition.code === "fa")!;
const albanian = editions.find((edition) => edition.code === "sq")!;

/** The fieldset of one edition in a category/author/series form */
function editionFieldset(page: Page, nativeName: string) {
  return page.getByRole("group", { name: nativeName });
}

function editLinkName(language: string, name: string): string {
  return text(language, "admin-taxonomy", "list.edit").replace("{{name}}", name);
}

test.describe("categories, authors and pages in the newsroom", () => {
  test("an editor renames a category in Persian and readers see the new name on its page and on its articles", async ({ page, browser }) => {
    const category = seedContent("fa").categories.pictorials;
    const article = publishedArticles("fa").find((candidate) => candidate.category === "pictorials");
    if (!article) throw new Error("The Persian demo content has no published pictorial");
    const newName = `گزارش تصویری ${test.info().retry + 1}`;

    // Another reader reads the category page first: a copy the server keeps of it must be forgotten on the change
    const categoryPath = `/fa/categories/${encodeURIComponent(category.slug)}`;
    const earlierReader = await browser.newPage();
    await earlierReader.goto(categoryPath);
    await expect(earlierReader.getByRole("heading", { level: 1 })).toHaveText(category.name);
    await earlierReader.close();

    await signIn(page, "editor");
    await page.goto("/admin/categories");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(text("fa", "admin-taxonomy", "kinds.categories.heading"));
    await page.getByRole("link", { name: editLinkName("fa", category.name), exact: true }).click();
    const fieldset = editionFieldset(page, persian.nativeName);
    const nameField = fieldset.getByLabel(text("fa", "admin-taxonomy", "kinds.categories.name"), { exact: true });
    await expect(nameField).toHaveAttribute("dir", "rtl");
    await nameField.fill(newName);
    await page.getByRole("button", { name: text("fa", "admin", "actions.save") }).click();
    await expect(page).toHaveURL(/\/admin\/categories\?flash=saved$/);
    await expect(page.getByRole("status")).toHaveText(text("fa", "admin", "flash.saved"));
    await expect(page.getByRole("cell", { name: newName, exact: true })).toBeVisible();

    // The slug stayed: the reader's category page answers at the same address, under the new name
    await page.goto(categoryPath);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(newName);
    await page.goto(articlePath("fa", article.slug));
    await expect(page.locator("article header").getByRole("link", { name: newName, exact: true })).toHaveAttribute(
      "href",
      categoryPath,
    );

    // Back to the demo name, so the other editorial tests see the demo content
    await page.goto("/admin/categories");
    await page.getByRole("link", { name: editLinkName("fa", newName), exact: true }).click();
    await editionFieldset(page, persian.nativeName).getByLabel(text("fa", "admin-taxonomy", "kinds.categories.name"), { exact: true }).fill(category.name);
    await page.getByRole("button", { name: text("fa", "admin", "actions.save") }).click();
    await expect(page.getByRole("cell", { name: category.name, exact: true })).toBeVisible();
  });

  test("an editor creates an author with a Persian name and slug, not yet translated into the other editions", async ({ page }) => {
    const suffix = test.info().retry === 0 ? "" : ` ${test.info().retry + 1}`;
    const name = `مریم رضایی${suffix}`;
    const slug = `مریم-رضایی${suffix.replace(" ", "-")}`;

    await signIn(page, "editor");
    await page.goto("/admin/authors/new");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(text("fa", "admin-taxonomy", "kinds.authors.new"));
    const fieldset = editionFieldset(page, persian.nativeName);
    await fieldset.getByLabel(text("fa", "admin-taxonomy", "kinds.authors.name"), { exact: true }).fill(name);
    await fieldset.getByLabel(text("fa", "admin", "fields.slug")).fill(slug);
    await fieldset.getByLabel(text("fa", "admin-taxonomy", "kinds.authors.text"), { exact: true }).fill("پژوهشگر حقوق کودکان و نویسندهٔ گزارش‌های میدانی.");
    await page.getByRole("button", { name: text("fa", "admin", "actions.save") }).click();
    await expect(page).toHaveURL(/\/admin\/authors\?flash=saved$/);

    const row = page.getByRole("row").filter({ has: page.getByRole("cell", { name, exact: true }) });
    await expect(row.locator(`[lang="fa"][dir="rtl"]`)).toHaveText(name);
    // The three other editions are marked as waiting for a translation
    await expect(row.getByText(text("fa", "admin-taxonomy", "list.missing"))).toHaveCount(editions.length - 1);

    await page.goto(`/fa/authors/${encodeURIComponent(slug)}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  });

  test("deleting a category that articles use is refused with a message, and the category remains", async ({ page }) => {
    const category = seedContent("fa").categories.news;
    await signIn(page, "editor");
    await page.goto("/admin/categories");
    await page.getByRole("link", { name: editLinkName("fa", category.name), exact: true }).click();
    await expect(page).toHaveURL(/\/admin\/categories\/\d+$/);
    const editUrl = page.url();

    page.once("dialog", (dialog) => void dialog.accept());
    await page.getByRole("button", { name: text("fa", "admin", "actions.delete") }).click();
    // Many articles use it (Persian plural "other"); the count is written in Persian digits
    const message = text("fa", "admin-taxonomy", "kinds.categories.inUse_other");
    const pattern = escapeRegExp(message).replace(escapeRegExp("{{count, number}}"), "[۰-۹]+");
    await expect(page.getByRole("alert")).toHaveText(new RegExp(`^${pattern}$`));

    // Without JavaScript's help too: the answer is a 400 and nothing is deleted
    const csrf = await page.locator("input[name=csrf]").first().inputValue();
    const response = await page.request.post(editUrl, { form: { csrf, intent: "delete" }, maxRedirects: 0 });
    expect(response.status()).toBe(400);

    await page.goto("/admin/categories");
    await expect(page.getByRole("cell", { name: category.name, exact: true })).toBeVisible();
    const reader = await page.goto(`/fa/categories/${encodeURIComponent(category.slug)}`);
    expect(reader?.status()).toBe(200);
  });

  test("an admin previews and saves the Albanian about page, and readers see the new text at once", async ({ page }) => {
    const paragraph = `Që nga ky vit punojmë edhe me shkollat e fshatrave malore (${test.info().retry + 1}).`;
    const body = `${seedContent("sq").about.body}\n\n${paragraph.replace("shkollat", "**shkollat**")}`;

    await signIn(page, "admin");
    await page.goto("/admin/pages");
    const albanianPages = page.getByRole("region", { name: albanian.nativeName });
    await albanianPages
      .getByRole("listitem")
      .filter({ hasText: "about" })
      .getByRole("link", { name: text("en", "admin", "actions.edit") })
      .click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(text("en", "admin-taxonomy", "pages.edit"));
    const bodyField = page.getByLabel(text("en", "admin-taxonomy", "pages.body"));
    await expect(bodyField).toHaveAttribute("lang", "sq");
    await bodyField.fill(body);

    await page.getByRole("button", { name: text("en", "admin", "markdown.preview") }).click();
    const preview = page.getByRole("region", { name: text("en", "admin", "markdown.previewTitle") });
    await expect(preview.locator("strong")).toHaveText("shkollat");
    await expect(preview).toContainText(paragraph);
    // Previewing saved nothing
    const before = await page.request.get("/sq/about");
    expect(await before.text()).not.toContain("fshatrave malore");

    await page.getByRole("button", { name: text("en", "admin", "actions.save") }).click();
    await expect(page).toHaveURL(/\/admin\/pages\?flash=saved$/);
    await page.goto("/sq/about");
    await expect(page.locator("article")).toContainText(paragraph);
  });

  test("a translator may not manage categories or pages", async ({ page }) => {
    await signIn(page, "translator");
    for (const path of ["/admin/categories", "/admin/categories/new", "/admin/authors", "/admin/series", "/admin/pages"]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(403);
    }
    // Nor post to them: the change is refused before anything is read from the form
    await page.goto("/admin");
    const csrf = await page.locator("input[name=csrf]").first().inputValue();
    const response = await page.request.post("/admin/categories/new", { form: { csrf, "name.sq": "Kategori e ndaluar" }, maxRedirects: 0 });
    expect(response.status()).toBe(403);
  });
});
