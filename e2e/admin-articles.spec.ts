import { expect, test, type Page } from "@playwright/test";
import sharp from "sharp";
import { slugify } from "../app/domain/slug";
import { signIn, untranslatedEnglishArticle } from "./admin-fixtures";
import { decodedPath, text } from "./fixtures";

const articlesText = (language: string, key: string) => text(language, "admin-articles", key);
const adminText = (language: string, key: string) => text(language, "admin", key);

/** Digits as a Persian writer types them */
const persianDigits = (value: number) => String(value).replace(/\d/g, (digit) => "۰۱۲۳۴۵۶۷۸۹"[Number(digit)]!);

/** The article form's text fields as the browser would send them (its CSRF token included; no file chosen) */
async function articleFormFields(page: Page): Promise<Record<string, string>> {
  return page
    .locator("#article-form")
    .evaluate((form: HTMLFormElement) =>
      Object.fromEntries([...new FormData(form)].flatMap(([name, value]) => (typeof value === "string" ? [[name, value]] : []))),
    );
}

/** The id in /admin/articles/<id> */
function articleIdIn(url: string): number {
  const match = /\/admin\/articles\/(\d+)/.exec(new URL(url).pathname);
  if (!match) throw new Error(`Not an article editor address: ${url}`);
  return Number(match[1]);
}

/** Opens the editor of the English article with this title from the list, as someone who may edit it */
async function openFromList(page: Page, language: string, title: string): Promise<number> {
  await page.goto(`/admin/articles?edition=en&q=${encodeURIComponent(title)}`);
  await page.getByRole("link", { name: title, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(articlesText(language, "edit.title"));
  return articleIdIn(page.url());
}

test.describe("the article screens of the editorial area", () => {
  test("an editor writes a Persian article, previews it, publishes it, and readers find it at once", async ({ page }) => {
    const run = Date.now() % 100_000;
    const title = `انارچین پیر و باغ خاموش دامنهٔ کوه ${persianDigits(run)}`;
    const slug = slugify(title);
    expect(slug).toMatch(/^انارچین-پیر-و-باغ-خاموش-دامنهٔ-کوه-[۰-۹]+$/);

    await signIn(page, "editor");
    await page.getByRole("navigation").getByRole("link", { name: adminText("fa", "nav.articles") }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(articlesText("fa", "list.title"));
    await page.getByRole("link", { name: articlesText("fa", "list.new") }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(articlesText("fa", "new.title"));
    // The editor's interface is Persian: the new article is in the Persian edition, written right to left
    await expect(page.getByLabel(adminText("fa", "fields.edition"), { exact: true })).toHaveValue("fa");
    const titleField = page.getByLabel(adminText("fa", "fields.title"), { exact: true });
    await expect(titleField).toHaveAttribute("dir", "rtl");

    await titleField.fill(title);
    await page.getByLabel(articlesText("fa", "form.excerpt"), { exact: true }).fill("باغبانی که چهل سال انار چیده است از خشکسالی می‌گوید.");
    await page.getByLabel(articlesText("fa", "form.body"), { exact: true }).fill("**انارچین** پیر می‌گوید باغ امسال خاموش است.\n\n- آب چاه کم شده\n- درخت‌ها تشنه‌اند");
    await page.getByLabel(articlesText("fa", "form.category"), { exact: true }).selectOption({ index: 1 });
    await page.getByLabel(articlesText("fa", "form.author"), { exact: true }).selectOption({ index: 1 });

    await page.getByRole("button", { name: adminText("fa", "markdown.preview") }).click();
    const preview = page.getByRole("region", { name: adminText("fa", "markdown.previewTitle") });
    await expect(preview.locator("strong")).toHaveText("انارچین");
    await expect(preview.locator("li")).toHaveCount(2);
    await expect(preview.locator("[data-content]")).toHaveAttribute("dir", "rtl");

    await page.getByLabel(adminText("fa", "status.published"), { exact: true }).check();
    await page.getByRole("button", { name: adminText("fa", "actions.save") }).click();
    await expect(page).toHaveURL(/\/admin\/articles\/\d+\?flash=saved$/);
    await expect(page.getByRole("status")).toHaveText(adminText("fa", "flash.saved"));
    // The empty slug became the title's, in Persian script
    await expect(page.getByLabel(adminText("fa", "fields.slug"), { exact: true })).toHaveValue(slug);

    await page.getByRole("link", { name: articlesText("fa", "edit.viewOnSite") }).click();
    expect(decodedPath(page.url())).toBe(`/fa/articles/${slug}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);

    await page.goto("/fa");
    await expect(page.getByRole("link", { name: title }).first()).toBeVisible();
    const feed = await page.request.get("/fa/feed.xml");
    expect(await feed.text()).toContain(`<title>${title}</title>`);
    await page.goto(`/fa/search?q=${encodeURIComponent("انارچین")}`);
    await expect(page.getByRole("list", { name: text("fa", "search", "results") }).getByRole("link", { name: title })).toBeVisible();
  });

  test("an article published without a summary is described by the start of its body to search engines and share previews", async ({ page }) => {
    const title = `گزارش بی‌خلاصه ${persianDigits(Date.now() % 100_000)}`;
    await signIn(page, "editor");
    await page.goto("/admin/articles/new?edition=fa");
    await page.getByLabel(adminText("fa", "fields.title"), { exact: true }).fill(title);
    await page.getByLabel(articlesText("fa", "form.body"), { exact: true }).fill("## دیدار با خانواده‌ها\n\n**خانواده‌های** بازداشت‌شدگان هر هفته جلوی دادگاه جمع می‌شوند.");
    await page.getByLabel(articlesText("fa", "form.category"), { exact: true }).selectOption({ index: 1 });
    await page.getByLabel(articlesText("fa", "form.author"), { exact: true }).selectOption({ index: 1 });
    await page.getByLabel(adminText("fa", "status.published"), { exact: true }).check();
    await page.getByRole("button", { name: adminText("fa", "actions.save") }).click();
    await expect(page).toHaveURL(/\/admin\/articles\/\d+\?flash=saved$/);
    await page.getByRole("link", { name: articlesText("fa", "edit.viewOnSite") }).click();
    const expected = "دیدار با خانواده‌ها خانواده‌های بازداشت‌شدگان هر هفته جلوی دادگاه جمع می‌شوند.";
    for (const name of ["description", "og:description", "twitter:description"])
      await expect(page.locator(`meta[name="${name}"], meta[property="${name}"]`), name).toHaveAttribute("content", expected);
  });

  test("the Markdown preview works without JavaScript and saves nothing", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await signIn(page, "editor");
    await page.goto("/admin/articles/new?edition=fa");
    const title = `پیش‌نمایش بی‌جاوااسکریپت ${persianDigits(Date.now() % 100_000)}`;
    await page.getByLabel(adminText("fa", "fields.title"), { exact: true }).fill(title);
    await page.getByLabel(articlesText("fa", "form.body"), { exact: true }).fill("> نقل‌قولی از یک **شاهد**");
    await page.getByRole("button", { name: adminText("fa", "markdown.preview") }).click();
    const preview = page.getByRole("region", { name: adminText("fa", "markdown.previewTitle") });
    await expect(preview.locator("blockquote strong")).toHaveText("شاهد");
    // The form came back as typed, and nothing was saved
    await expect(page.getByLabel(adminText("fa", "fields.title"), { exact: true })).toHaveValue(title);
    await page.goto(`/admin/articles?q=${encodeURIComponent(title)}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(articlesText("fa", "list.title"));
    await expect(page.locator("main table")).toHaveCount(0);
    await context.close();
  });

  test("an editor uploads an article's cover from the article form itself, without JavaScript, and readers see it", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await signIn(page, "editor");
    await page.goto("/admin/articles/new?edition=fa");
    const title = `جلد بارگذاری‌شده در فرم مطلب ${persianDigits(Date.now() % 100_000)}`;
    await page.getByLabel(adminText("fa", "fields.title"), { exact: true }).fill(title);
    await page.getByLabel(articlesText("fa", "form.body"), { exact: true }).fill("متنی کوتاه دربارهٔ یک عکس.");
    await page.getByLabel(articlesText("fa", "form.category"), { exact: true }).selectOption({ index: 1 });
    await page.getByLabel(articlesText("fa", "form.author"), { exact: true }).selectOption({ index: 1 });
    const coverPicker = page.getByRole("group", { name: articlesText("fa", "form.cover") });
    const photo = await sharp({ create: { width: 1200, height: 800, channels: 3, background: "#2e6b4f" } }).png().toBuffer();
    await coverPicker.getByLabel(text("fa", "admin-media", "picker.newFile"), { exact: true }).setInputFiles({ name: "باغ.png", mimeType: "image/png", buffer: photo });
    await page.getByLabel(adminText("fa", "status.published"), { exact: true }).check();

    // No alt text: refused, and the uploaded image stays chosen (as a thumbnail) for the second try
    await page.getByRole("button", { name: adminText("fa", "actions.save") }).click();
    const altField = page.getByLabel(articlesText("fa", "form.coverAlt"), { exact: true });
    await expect(altField).toHaveAttribute("aria-invalid", "true");
    const chosen = coverPicker.getByRole("radio", { checked: true });
    await expect(chosen).toHaveCount(1);
    await expect(coverPicker.locator("label:has(input:checked) img")).toHaveAttribute("src", /^\/uploads\/img\/.+\.webp$/);
    await expect(page.getByLabel(adminText("fa", "fields.title"), { exact: true })).toHaveValue(title);

    await altField.fill("باغی سبز زیر آسمان ابری");
    await page.getByRole("button", { name: adminText("fa", "actions.save") }).click();
    await expect(page).toHaveURL(/\/admin\/articles\/\d+\?flash=saved$/);
    // The saved cover is offered as "keep the current image", with its thumbnail and alt text
    const keep = coverPicker.getByRole("radio", { name: new RegExp(articlesText("fa", "form.keepCover")) });
    await expect(keep).toBeChecked();
    await expect(coverPicker.locator("label:has(input[value=current])")).toContainText("باغی سبز زیر آسمان ابری");
    // The next article's picker offers the image with a thumbnail and the alt text it was given here
    await page.goto("/admin/articles/new?edition=fa");
    const offered = coverPicker.locator("label").filter({ hasText: "باغی سبز زیر آسمان ابری" });
    await expect(offered.locator("img")).toHaveAttribute("src", /^\/uploads\/img\/.+\.webp$/);
    await expect(offered).toContainText("باغ.png");

    const reader = await browser.newPage();
    expect((await reader.goto(`/fa/articles/${encodeURIComponent(slugify(title))}`))?.status()).toBe(200);
    await expect(reader.locator("main img[alt='باغی سبز زیر آسمان ابری']")).toHaveAttribute("src", /^\/uploads\/img\/.+\.webp$/);
    await reader.close();
    await context.close();
  });

  test("a translator translates an English article into Albanian side by side, keeps it current with a proposal the editor publishes in one action", async ({ page, browser }) => {
    // Two accounts sign in (argon2 on purpose slow) and a dozen pages load: more than the default time
    test.slow();
    const source = untranslatedEnglishArticle(0);
    await signIn(page, "translator");
    // Translators see every edition's articles, and translate from those of other editions
    await page.goto(`/admin/articles?edition=en&q=${encodeURIComponent(source.title)}`);
    await page.getByRole("link", { name: source.title, exact: true }).click();
    await expect(page).toHaveURL(/\/admin\/articles\/\d+\/translate$/);
    const sourceId = articleIdIn(page.url());
    // Albanian is the only edition the translator translates into: the side-by-side form opens at once
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      articlesText("sq", "translate.titleInto").replace("{{source}}", "English").replace("{{target}}", "Shqip"),
    );
    const titleField = page.getByLabel(adminText("sq", "fields.title"), { exact: true });
    // The translation starts empty, in its own language and direction, beside the source's text in its own
    await expect(titleField).toHaveValue("");
    await expect(titleField).toHaveAttribute("lang", "sq");
    const sourceTitle = page.locator("[data-source-field=title] [lang=en]");
    await expect(sourceTitle).toHaveText(source.title);
    await expect(sourceTitle).toHaveAttribute("dir", "ltr");
    // "Copy" fills that one field from the source (a form round trip: no JavaScript needed)
    await page.getByRole("button", { name: articlesText("sq", "source.copy").replace("{{field}}", adminText("sq", "fields.title")) }).click();
    await expect(titleField).toHaveValue(source.title);
    await expect(page.getByLabel(articlesText("sq", "form.body"), { exact: true })).toHaveValue("");
    // The source's address is refused, with the one made from the translation's title offered
    await titleField.fill("Kostoja e heshtjes");
    await page.getByLabel(adminText("sq", "fields.slug"), { exact: true }).fill(source.slug);
    await page.getByLabel(articlesText("sq", "form.body"), { exact: true }).fill("Një përkthim i shkurtër.");
    const coverAlt = page.getByLabel(articlesText("sq", "form.coverAlt"), { exact: true });
    if (await coverAlt.count()) await coverAlt.fill("Përshkrimi i figurës");
    await page.getByRole("button", { name: articlesText("sq", "translate.submit") }).click();
    await expect(page.getByText(adminText("sq", "errors.slugSameAsOtherEdition").replace("{{suggestion}}", "kostoja-e-heshtjes"), { exact: true })).toBeVisible();
    await page.getByLabel(adminText("sq", "fields.slug"), { exact: true }).fill("");
    await page.getByRole("button", { name: articlesText("sq", "translate.submit") }).click();

    await expect(page).toHaveURL(/\/admin\/articles\/\d+\?flash=saved$/);
    const translationId = articleIdIn(page.url());
    await expect(titleField).toHaveValue("Kostoja e heshtjes");
    await expect(page.getByLabel(adminText("sq", "fields.slug"), { exact: true })).toHaveValue("kostoja-e-heshtjes");
    // Editing the translation, the source stays beside it
    await expect(page.locator("[data-source-field=title] [lang=en]")).toHaveText(source.title);
    await expect(page.getByLabel(adminText("sq", "status.published"), { exact: true })).toBeDisabled();
    const panel = page.getByRole("region", { name: articlesText("sq", "translations.title") });
    await expect(panel.getByText(articlesText("sq", "translations.translatedFrom"))).toBeVisible();
    await expect(page.getByText(articlesText("sq", "translations.thisStale"))).toHaveCount(0);

    await titleField.fill("Kostoja e heshtjes së gjatë");
    await page.getByRole("button", { name: adminText("sq", "actions.save") }).click();
    await expect(page.getByRole("status")).toHaveText(adminText("sq", "flash.saved"));
    await expect(titleField).toHaveValue("Kostoja e heshtjes së gjatë");

    // Publishing needs content.publish: the same form posted with status=published is refused
    const fields = await articleFormFields(page);
    expect(fields.csrf).toBeTruthy();
    const publish = await page.request.post(`/admin/articles/${translationId}`, { form: { ...fields, status: "published" }, maxRedirects: 0 });
    expect(publish.status()).toBe(403);
    await page.reload();
    await expect(page.getByLabel(adminText("sq", "status.draft"), { exact: true })).toBeChecked();
    await expect((await page.request.get("/sq/articles/kostoja-e-heshtjes")).status()).toBe(404);

    // The English original is not the translator's to open or to save
    expect((await page.goto(`/admin/articles/${sourceId}`))?.status()).toBe(403);
    const saveEnglish = await page.request.post(`/admin/articles/${sourceId}`, { form: { ...fields, title: "Overwritten" }, maxRedirects: 0 });
    expect(saveEnglish.status()).toBe(403);

    // The editor (Persian interface) publishes the Albanian translation, then corrects the English source:
    // the translation is now flagged as behind it
    const editorContext = await browser.newContext();
    const editorPage = await editorContext.newPage();
    await signIn(editorPage, "editor");
    await editorPage.goto(`/admin/articles/${translationId}`);
    await editorPage.getByLabel(adminText("fa", "status.published"), { exact: true }).check();
    // The Persian interface reads and types publish times in the solar hijri calendar (Tirana's time zone here)
    const publishTime = editorPage.getByLabel(adminText("fa", "fields.publishedAt"), { exact: true });
    await publishTime.fill("۱۴۰۳/۱۲/۳۰ ۱۰:۰۰");
    await editorPage.getByRole("button", { name: adminText("fa", "actions.save") }).click();
    await expect(editorPage.getByText(articlesText("fa", "problems.impossibleDate"))).toHaveCount(0);
    await expect(editorPage.getByRole("status")).toHaveText(adminText("fa", "flash.saved"));
    await expect(publishTime).toHaveValue("۱۴۰۳/۱۲/۳۰ ۱۰:۰۰");
    await editorPage.goto(`/admin/articles/${sourceId}`);
    await editorPage.getByLabel(adminText("fa", "fields.publishedAt"), { exact: true }).fill("۱۴۰۲/۱۲/۳۰ ۱۰:۰۰");
    await editorPage.getByRole("button", { name: adminText("fa", "actions.save") }).click();
    await expect(editorPage.getByText(articlesText("fa", "problems.impossibleDate"))).toBeVisible();
    await editorPage.goto(`/admin/articles/${sourceId}`);
    await expect(editorPage.getByLabel(adminText("fa", "fields.title"), { exact: true })).toHaveValue(source.title);
    const sourcePanel = editorPage.getByRole("region", { name: articlesText("fa", "translations.title") });
    const albanianRow = sourcePanel.locator("li[data-edition=sq]");
    await expect(albanianRow).toContainText("Kostoja e heshtjes së gjatë");
    await expect(albanianRow.getByText(articlesText("fa", "translations.stale"))).toHaveCount(0);
    await editorPage.getByLabel(articlesText("fa", "form.excerpt"), { exact: true }).fill(`${source.excerpt} (corrected)`);
    await editorPage.getByRole("button", { name: adminText("fa", "actions.save") }).click();
    await expect(editorPage.getByRole("status")).toHaveText(adminText("fa", "flash.saved"));
    await expect(albanianRow.getByText(articlesText("fa", "translations.stale"))).toBeVisible();

    // Readers of the translation are told the original changed, with a link to it
    const readerPage = await page.context().newPage();
    await readerPage.goto("/sq/articles/kostoja-e-heshtjes");
    const newerSource = readerPage.getByRole("note").filter({ hasText: text("sq", "article", "newerSource.read").replace("{{language}}", "anglisht") });
    await expect(newerSource.getByRole("link")).toHaveAttribute("href", `/en/articles/${encodeURIComponent(source.slug)}`);
    await readerPage.close();
    // The translator finds it in the list's filter and on the dashboard's queue
    await page.goto(`/admin/articles?stale=1&q=${encodeURIComponent("Kostoja e heshtjes")}`);
    await expect(page.locator("main table tbody tr")).toHaveCount(1);
    await expect(page.locator("main table tbody tr")).toContainText(articlesText("sq", "translations.stale"));
    await page.goto("/admin");
    await expect(page.getByRole("region", { name: adminText("sq", "dashboard.translationQueue") }).getByRole("link", { name: "Kostoja e heshtjes së gjatë" })).toBeVisible();

    // The translator sees what changed in the source, and proposes an update in sync with it
    await page.goto(`/admin/articles/${translationId}`);
    await expect(page.getByText(articlesText("sq", "translations.thisStale"))).toBeVisible();
    const changes = page.getByRole("region", { name: articlesText("sq", "sourceChanges.title") });
    await expect(changes.locator("[data-change=added]")).toContainText("(corrected)");
    await expect(page.getByText(articlesText("sq", "revision.proposing"))).toBeVisible();
    await titleField.fill("Kostoja e heshtjes, e ndrequr");
    await page.getByLabel(articlesText("sq", "form.upToDate")).check();
    await page.getByRole("button", { name: articlesText("sq", "revision.propose") }).click();
    await expect(page.getByRole("status")).toHaveText(adminText("sq", "flash.proposed"));
    await expect(titleField).toHaveValue("Kostoja e heshtjes, e ndrequr");
    // Readers still read the published text until an editor publishes the proposal
    await expect(page.request.get("/sq/articles/kostoja-e-heshtjes").then((answer) => answer.text())).resolves.toContain("Kostoja e heshtjes së gjatë");

    // One action of the editor publishes it, in step with the source
    await editorPage.goto(`/admin/articles/${translationId}`);
    const proposal = editorPage.getByRole("region", { name: articlesText("fa", "revision.title") });
    await expect(proposal).toContainText("Kostoja e heshtjes, e ndrequr");
    await expect(proposal).toContainText(articlesText("fa", "revision.inSync"));
    await proposal.getByRole("button", { name: articlesText("fa", "revision.publish") }).click();
    await expect(editorPage.getByRole("status")).toHaveText(adminText("fa", "flash.saved"));
    await expect(editorPage.getByText(articlesText("fa", "translations.thisStale"))).toHaveCount(0);
    await expect(editorPage.getByLabel(adminText("fa", "fields.title"), { exact: true })).toHaveValue("Kostoja e heshtjes, e ndrequr");
    await expect(page.request.get("/sq/articles/kostoja-e-heshtjes").then((answer) => answer.text())).resolves.toContain("Kostoja e heshtjes, e ndrequr");
    // A new address for the published translation: the old one answers with a 301 to it
    await editorPage.getByLabel(adminText("fa", "fields.slug"), { exact: true }).fill("heshtja-kushton");
    await editorPage.getByRole("button", { name: adminText("fa", "actions.save") }).click();
    await expect(editorPage.getByRole("status")).toHaveText(adminText("fa", "flash.saved"));
    await editorContext.close();
    const moved = await page.request.get("/sq/articles/kostoja-e-heshtjes", { maxRedirects: 0 });
    expect(moved.status()).toBe(301);
    expect(moved.headers().location).toBe("/sq/articles/heshtja-kushton");
  });

  test("an article form posted without its CSRF token is refused and saves nothing", async ({ page }) => {
    const article = untranslatedEnglishArticle(1);
    await signIn(page, "editor");
    const id = await openFromList(page, "fa", article.title);
    const { csrf, ...withoutToken } = await articleFormFields(page);
    expect(csrf).toBeTruthy();

    const edit = await page.request.post(`/admin/articles/${id}`, { form: { ...withoutToken, title: "Forged title" }, maxRedirects: 0 });
    expect(edit.status()).toBe(400);
    const create = await page.request.post("/admin/articles/new", { form: { ...withoutToken, edition: "en", slug: "forged-article", title: "Forged article" }, maxRedirects: 0 });
    expect(create.status()).toBe(400);

    await page.reload();
    await expect(page.getByLabel(adminText("fa", "fields.title"), { exact: true })).toHaveValue(article.title);
    await page.goto(`/admin/articles?q=${encodeURIComponent("Forged")}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(articlesText("fa", "list.title"));
    await expect(page.locator("main table")).toHaveCount(0);
  });
});
