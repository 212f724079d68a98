// Errors where they happen and names that say what they act on, on the editorial screens (issue #21,
// points 3 and 4): a refused sign-in empties the password and puts the focus on its message; an article
// saved without a title comes back with an error summary that has the focus and a title that counts the
// problems; every comment's moderation buttons name the comment they decide on.
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { firstItemEditor, signIn } from "./admin-fixtures";
import { text } from "./fixtures";
import { moderationArticle, postReaderComment } from "./reader-input";

for (const lang of ["en", "fa"]) {
  test.describe(`${lang} sign-in`, () => {
    // The browser's language chooses the sign-in page's (interface-language.server.ts)
    test.use({ locale: lang });
    test(`${lang}: a wrong password comes back empty, with the focus on the message and both fields marked`, async ({
      page,
    }) => {
      await page.goto("/admin/sign-in");
      await expect(page.locator("html")).toHaveAttribute("lang", lang);
      const email = page.getByLabel(text(lang, "admin", "signIn.email"));
      const password = page.getByLabel(text(lang, "admin", "signIn.password"));
      // An account that does not exist: the demo accounts are not brought nearer a lock-out
      await email.fill(`nobody-${lang}@example.org`);
      await password.fill("not the password");
      await page
        .getByRole("button", { name: text(lang, "admin", "signIn.submit") })
        .click();

      const message = page.getByRole("alert");
      await expect(message).toHaveText(text(lang, "admin", "signIn.wrong"));
      await expect(message).toBeFocused();
      await expect(password).toHaveValue("");
      await expect(email).toHaveValue(`nobody-${lang}@example.org`);
      for (const field of [email, password]) {
        await expect(field).toHaveAttribute("aria-invalid", "true");
        await expect(field).toHaveAccessibleDescription(
          text(lang, "admin", "signIn.wrong")
        );
      }
      await expect(page).toHaveTitle(/^\(/);
      const results = await new AxeBuilder({ page })
        .withTags(["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"])
        .analyze();
      expect(
        results.violations
          .filter(
            (violation) =>
              violation.impact === "serious" || violation.impact === "critical"
          )
          .map((violation) => violation.id)
      ).toEqual([]);
    });
  });
}

test("an article saved without a title comes back with a focused error summary that leads to the title, counted in the page title", async ({
  page,
}) => {
  await signIn(page, "admin");
  await page.goto("/admin/articles/new?edition=en");
  await page
    .getByRole("button", { name: text("en", "admin", "actions.save") })
    .click();

  const summary = page.getByRole("alert");
  await expect(summary).toBeFocused();
  await expect(summary).toContainText(text("en", "admin", "errors.summary"));
  const links = summary.getByRole("link");
  const count = await links.count();
  expect(count).toBeGreaterThan(0);
  await expect(page).toHaveTitle(new RegExp(`^\\(${count} errors?\\) `));
  const titleLink = links.filter({
    hasText: `${text("en", "admin", "fields.title")}: ${text(
      "en",
      "admin",
      "errors.required"
    )}`,
  });
  await expect(titleLink).toHaveCount(1);
  await titleLink.click();
  const title = page.getByLabel(text("en", "admin", "fields.title"), {
    exact: true,
  });
  await expect(title).toBeFocused();
  await expect(title).toHaveAttribute("aria-invalid", "true");
  await expect(title).toHaveAccessibleDescription(
    text("en", "admin", "errors.required")
  );
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"])
    .analyze();
  expect(
    results.violations
      .filter(
        (violation) =>
          violation.impact === "serious" || violation.impact === "critical"
      )
      .map((violation) => violation.id)
  ).toEqual([]);
});

test("each comment's moderation buttons name the comment they decide on; the bulk decision comes after the choice", async ({
  browser,
  page,
}) => {
  const article = moderationArticle(4);
  const stamp = Date.now();
  const authors = [`Ana ${stamp}`, `Bora ${stamp}`];
  for (const name of authors)
    await postReaderComment(browser, article, {
      name,
      body: `Një koment nga ${name}`,
    });

  await signIn(page, "editor");
  await page.goto("/admin/comments?status=pending");
  const approve = text("fa", "admin-moderation", "comments.actions.approve");
  for (const name of authors) {
    const button = page.getByRole("button", {
      name: new RegExp(`^${approve}.*${name}.*${article.title}`),
    });
    await expect(button).toHaveCount(1);
    // The visible word stays the start of the name (WCAG 2.5.3)
    await expect(button).toHaveText(new RegExp(`^${approve}`));
  }
  // In the order of the page (and of Tab): the checkboxes, then the decision on the chosen ones
  const bulk = page.getByRole("group", {
    name: text("fa", "admin-moderation", "comments.bulk"),
  });
  const lastCheckbox = page.getByRole("checkbox").last();
  const follows = await lastCheckbox.evaluate(
    (box, group) =>
      Boolean(
        box.compareDocumentPosition(group!) & Node.DOCUMENT_POSITION_FOLLOWING
      ),
    await bulk.elementHandle()
  );
  expect(follows).toBe(true);
});

test("a gallery's new image sent without a file comes back with a summary that leads to the file input", async ({ page }) => {
  await signIn(page, "admin");
  await page.goto(await firstItemEditor(page, "/admin/media", /^\/admin\/media\/\d+$/));
  const addForm = page.getByRole("form", { name: text("en", "admin-media", "images.addTitle") });
  await addForm.getByLabel(text("en", "admin-media", "images.alt"), { exact: true }).fill("A harbour at dawn");
  await addForm.getByRole("button", { name: text("en", "admin-media", "images.add") }).click();

  const summary = addForm.getByRole("alert");
  await expect(summary).toBeFocused();
  const imageLink = summary.getByRole("link", { name: `${text("en", "admin-media", "images.image")}: ${text("en", "admin", "errors.required")}` });
  await expect(imageLink).toHaveCount(1);
  await expect(page).toHaveTitle(/^\(\d+ errors?\) /);
  await imageLink.click();
  const fileInput = addForm.getByLabel(text("en", "admin-media", "picker.newFile"), { exact: true });
  await expect(fileInput).toBeFocused();
  await expect(fileInput).toHaveAttribute("aria-invalid", "true");
});
