// The editorial tasks of a working day done with the keyboard alone (issue #21, point 1), each in the
// Persian and the English interface: sign in, write an article (Enter in the title saves, Preview takes
// the focus), schedule it, translate one, upload a file, moderate a comment, create an account. Every
// control is reached with Tab and used with the keys a keyboard user has; only the address bar
// (page.goto) and the operating system's file dialog stand in for what is not the page.
import { expect, test, type Locator, type Page } from "@playwright/test";
import sharp from "sharp";
import { demoAccount, newAdministrator, untranslatedEnglishArticle } from "./admin-fixtures";
import { text } from "./fixtures";
import { moderationArticle, postReaderComment } from "./reader-input";

const isFocused = (target: Locator) => target.evaluate((element) => element === document.activeElement);

/** Presses Tab (or Shift+Tab) until `target` has the focus: it is reachable with the keyboard */
async function tabTo(page: Page, target: Locator, direction: "forward" | "backward" = "forward"): Promise<void> {
  await expect(target).toBeVisible();
  for (let presses = 0; presses < 200; presses += 1) {
    if (await isFocused(target)) return;
    await page.keyboard.press(direction === "forward" ? "Tab" : "Shift+Tab");
  }
  throw new Error(`Tab never reached ${target}`);
}

/** Moves through a radio group or a closed select with the arrow keys until `done` holds */
async function arrowUntil(page: Page, done: () => Promise<boolean>): Promise<void> {
  for (const key of ["ArrowDown", "ArrowUp"]) {
    for (let presses = 0; presses < 12; presses += 1) {
      if (await done()) return;
      await page.keyboard.press(key);
    }
  }
  throw new Error("The arrow keys never reached the choice");
}

async function signInWithKeyboard(page: Page, account: { email: string; password: string }, lang: string): Promise<void> {
  await page.goto("/admin/sign-in");
  await tabTo(page, page.getByLabel(text("en", "admin", "signIn.email")));
  await page.keyboard.type(account.email);
  await page.keyboard.press("Tab");
  await expect(page.getByLabel(text("en", "admin", "signIn.password"))).toBeFocused();
  await page.keyboard.type(account.password);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.locator("html")).toHaveAttribute("lang", lang);
}

/** Types a publish time as the interface's field takes it: solar hijri text in Persian, the browser's date-time field in English */
async function typePublishTime(page: Page, lang: string): Promise<string> {
  if (lang === "fa") {
    await page.keyboard.type("۱۴۱۰/۰۱/۱۵ ۰۸:۰۰");
    return "۱۴۱۰/۰۱/۱۵ ۰۸:۰۰";
  }
  // Chromium's date-time field in an en-US browser takes key presses segment by segment: month, day and
  // year (up to six digits: the arrow key moves on), hours, minutes, AM/PM
  for (const key of [..."01152031", "ArrowRight", ..."0800A"]) await page.keyboard.press(key);
  return "2031-01-15T08:00";
}

test.describe("the editorial area with the keyboard alone", () => {
  for (const { lang, role, source, into } of [
    { lang: "fa", role: "editor", source: untranslatedEnglishArticle(5), into: "fa" },
    { lang: "en", role: "admin", source: untranslatedEnglishArticle(6), into: "ar" },
  ] as const) {
    test(`${lang}: an ${role} writes an article, previews it, saves it with Enter, schedules it and translates another`, async ({ page }) => {
      test.slow();
      const t = (namespace: "admin" | "admin-articles", key: string) => text(lang, namespace, key);
      await signInWithKeyboard(page, demoAccount(role), lang);

      await tabTo(page, page.getByRole("navigation").getByRole("link", { name: t("admin", "nav.articles"), exact: true }));
      await page.keyboard.press("Enter");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(t("admin-articles", "list.title"));
      await tabTo(page, page.getByRole("link", { name: t("admin-articles", "list.new") }));
      await page.keyboard.press("Enter");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(t("admin-articles", "new.title"));

      const title = `${lang === "fa" ? "گزارش صفحه‌کلید" : "A keyboard report"} ${Date.now() % 100_000}`;
      const titleField = page.getByLabel(t("admin", "fields.title"), {
        exact: true,
      });
      await tabTo(page, titleField);
      await page.keyboard.type(title);
      await tabTo(page, page.getByLabel(t("admin-articles", "form.body"), { exact: true }));
      await page.keyboard.type(lang === "fa" ? "متن **کوتاه** گزارش." : "A **short** report.");
      // Preview: the focus moves to the preview, whose name is read out
      await tabTo(page, page.getByRole("button", { name: t("admin", "markdown.preview") }));
      await page.keyboard.press("Enter");
      const preview = page.getByRole("region", {
        name: t("admin", "markdown.previewTitle"),
      });
      await expect(preview.locator("strong")).toHaveText(lang === "fa" ? "کوتاه" : "short");
      await expect(preview).toBeFocused();
      for (const [field, choice] of [
        ["form.category", 1],
        ["form.author", 1],
      ] as const) {
        const select = page.getByLabel(t("admin-articles", field), {
          exact: true,
        });
        await tabTo(page, select);
        await arrowUntil(page, async () => (await select.evaluate((element: HTMLSelectElement) => element.selectedIndex)) === choice);
      }
      // Enter in the title saves (Preview comes first in the form, but is not its default button)
      await tabTo(page, titleField, "backward");
      await page.keyboard.press("Enter");
      await expect(page).toHaveURL(/\/admin\/articles\/\d+\?flash=saved$/);
      await expect(page.getByRole("status")).toHaveText(t("admin", "flash.saved"));
      await expect(titleField).toHaveValue(title);

      // Scheduled for a date typed in the interface's calendar (solar hijri in Persian) and saved with Enter
      const scheduled = page.getByRole("radio", {
        name: t("admin", "status.scheduled"),
        exact: true,
      });
      await tabTo(
        page,
        page.getByRole("radio", {
          name: t("admin", "status.draft"),
          exact: true,
        })
      );
      await arrowUntil(page, () => scheduled.isChecked());
      const publishedAt = page.getByLabel(t("admin", "fields.publishedAt"), { exact: true });
      await tabTo(page, publishedAt);
      const publishTime = await typePublishTime(page, lang);
      await expect(publishedAt).toHaveValue(publishTime);
      const [saved] = await Promise.all([page.waitForResponse((response) => response.request().method() === "POST"), page.keyboard.press("Enter")]);
      expect(saved.ok()).toBe(true);
      await expect(page.getByRole("status")).toHaveText(t("admin", "flash.saved"));
      await expect(scheduled).toBeChecked();
      await expect(publishedAt).toHaveValue(publishTime);

      // Translating an English article: the source's title copied with its button, Enter creates the translation
      await page.goto(`/admin/articles?edition=en&q=${encodeURIComponent(source.title)}`);
      await tabTo(page, page.getByRole("link", { name: source.title, exact: true }));
      await page.keyboard.press("Enter");
      await expect(page).toHaveURL(/\/admin\/articles\/\d+$/);
      const editionChoice = page.getByLabel(t("admin-articles", "translate.into"), { exact: true });
      await tabTo(page, editionChoice);
      await arrowUntil(page, async () => (await editionChoice.inputValue()) === into);
      await page.keyboard.press("Tab");
      await page.keyboard.press("Enter");
      await expect(page).toHaveURL(new RegExp(`/admin/articles/\\d+/translate\\?into=${into}$`));
      const copyTitle = page.getByRole("button", {
        name: t("admin-articles", "source.copy").replace("{{field}}", t("admin", "fields.title")),
      });
      await tabTo(page, copyTitle);
      await page.keyboard.press("Enter");
      const translatedTitle = page.getByLabel(t("admin", "fields.title"), {
        exact: true,
      });
      await expect(translatedTitle).toHaveValue(source.title);
      await tabTo(page, translatedTitle);
      await page.keyboard.press("End");
      await page.keyboard.type(" (2)");
      await tabTo(page, page.getByLabel(t("admin-articles", "form.body"), { exact: true }));
      await page.keyboard.type(into === "fa" ? "ترجمهٔ کوتاه." : "ترجمة قصيرة.");
      await tabTo(page, translatedTitle, "backward");
      await page.keyboard.press("Enter");
      await expect(page).toHaveURL(/\/admin\/articles\/\d+\?flash=saved$/);
      await expect(page.getByLabel(t("admin", "fields.title"), { exact: true })).toHaveValue(`${source.title} (2)`);
    });
  }

  for (const { lang, article } of [
    { lang: "en", article: moderationArticle(5) },
    { lang: "fa", article: moderationArticle(6) },
  ] as const) {
    test(`${lang}: an administrator uploads an image, approves a comment and creates an account`, async ({ page, browser }) => {
      test.slow();
      const t = (namespace: "admin" | "admin-media" | "admin-moderation" | "admin-accounts", key: string) => text(lang, namespace, key);
      const stamp = Date.now() % 1_000_000;
      const commenter = `Keyboard reader ${stamp}`;
      await postReaderComment(browser, article, {
        name: commenter,
        body: `سپاس از این گزارش ${stamp}`,
      });
      // The demo administrator works in English; a Persian-speaking one is made for the Persian run
      await signInWithKeyboard(page, lang === "en" ? demoAccount("admin") : await newAdministrator(browser, "fa", "keyboard-fa"), lang);

      // Upload: the file input opens the system's dialog with Space, as it does for a keyboard user
      await page.goto("/admin/uploads");
      const name = `keyboard-${lang}-${stamp}.png`;
      await tabTo(page, page.getByLabel(t("admin-media", "uploads.file"), { exact: true }));
      const [chooser] = await Promise.all([page.waitForEvent("filechooser"), page.keyboard.press("Space")]);
      await chooser.setFiles({
        name,
        mimeType: "image/png",
        buffer: await sharp({
          create: { width: 800, height: 500, channels: 3, background: "#2a6" },
        })
          .png()
          .toBuffer(),
      });
      await tabTo(page, page.getByRole("button", { name: t("admin-media", "uploads.submit") }));
      await page.keyboard.press("Enter");
      await expect(page).toHaveURL(/\/admin\/uploads\?uploaded=\d+$/);
      await expect(page.getByRole("status")).toContainText(name);

      // Moderation: the comment's own Approve button, named with its author
      await page.goto("/admin/comments?status=pending");
      const approve = page.getByRole("button", {
        name: new RegExp(`^${t("admin-moderation", "comments.actions.approve")}.*${commenter}`),
      });
      await tabTo(page, approve);
      await page.keyboard.press("Enter");
      await expect(page.getByRole("status")).toBeVisible();
      await expect(approve).toHaveCount(0);

      // A new editor's account: email typed, role and edition chosen, language picked, created with Enter
      await page.goto("/admin/users");
      await tabTo(page, page.getByRole("link", { name: t("admin", "actions.create") }));
      await page.keyboard.press("Enter");
      const email = `keyboard-${lang}-${stamp}@example.org`;
      await tabTo(page, page.getByLabel(t("admin-accounts", "users.fields.email")));
      await page.keyboard.type(email);
      const editor = page.getByRole("radio", {
        name: t("admin", "roles.editor"),
      });
      await tabTo(page, page.getByRole("radio", { checked: true }));
      await arrowUntil(page, () => editor.isChecked());
      const albanian = page.getByRole("checkbox", { name: "Shqip" });
      await tabTo(page, albanian);
      await page.keyboard.press("Space");
      await expect(albanian).toBeChecked();
      const language = page.getByRole("main").getByLabel(t("admin-accounts", "users.fields.interfaceLanguage"));
      await tabTo(page, language);
      await arrowUntil(page, async () => (await language.inputValue()) === "sq");
      await tabTo(page, page.getByRole("button", { name: t("admin-accounts", "users.create") }));
      await page.keyboard.press("Enter");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(t("admin-accounts", "users.createdTitle"));
      await expect(page.locator("[role=status] code")).toHaveText(/^[A-Za-z0-9]{20}$/);
    });
  }
});
