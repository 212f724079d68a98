// Comment moderation and the contact inbox, as the Persian-speaking editor uses them: a reader's comment
// on a Persian article waits in the queue, is approved and appears under its article, while one marked
// as spam never does; a message sent through the English contact form arrives as new, is read when
// opened, and is archived. Translators are kept out of both.
import { expect, test } from "@playwright/test";
import { signIn } from "./admin-fixtures";
import { text } from "./fixtures";
import { moderationArticle, postReaderComment, sendContactMessage } from "./reader-input";

const ns = "admin-moderation";
// The editor's interface language (app/db/seed/demo-accounts.server.ts)
const lang = "fa";

test.describe("comment moderation", () => {
  test("an approved comment appears under its article; one marked as spam does not", async ({ browser, page }) => {
    const article = moderationArticle(2);
    const stamp = Date.now();
    const welcome = { name: "مریم رضایی", body: `<b>سپاس</b> از این گزارش روشن. ${stamp}` };
    const spam = { name: "Cheap Pills", body: `Buy cheap pills now ${stamp}` };
    await postReaderComment(browser, article, welcome);
    await postReaderComment(browser, article, spam);

    await signIn(page, "editor");
    await page.goto("/admin/comments?status=pending");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(text(lang, ns, "comments.title"));
    const welcomeItem = page.getByRole("listitem").filter({ hasText: welcome.body });
    const spamItem = page.getByRole("listitem").filter({ hasText: spam.body });
    // The body is plain text (its markup shown, not applied), under the article's title in the article's language
    await expect(welcomeItem).toContainText(welcome.body);
    await expect(welcomeItem.locator("b")).toHaveCount(0);
    await expect(welcomeItem.getByRole("link", { name: article.title })).toHaveAttribute("lang", "fa");
    await expect(welcomeItem).toContainText(text(lang, ns, "comments.status.pending"));

    await welcomeItem.getByRole("button", { name: text(lang, ns, "comments.actions.approve") }).click();
    await expect(page.getByRole("status")).toBeVisible();
    // Still listed as pending only: the approved comment has left this view
    await expect(page).toHaveURL(/status=pending/);
    await expect(welcomeItem).toHaveCount(0);
    await spamItem.getByRole("button", { name: text(lang, ns, "comments.actions.spam") }).click();
    await expect(spamItem).toHaveCount(0);

    await page.goto("/admin/comments?status=spam");
    await expect(page.getByRole("listitem").filter({ hasText: spam.body })).toContainText(text(lang, ns, "comments.status.spam"));

    await page.goto(article.path);
    const comments = page.locator("section#comments");
    const approved = comments.getByRole("listitem").filter({ hasText: welcome.body });
    await expect(approved).toBeVisible();
    await expect(approved).toContainText(welcome.name);
    await expect(comments.getByText(spam.body)).toHaveCount(0);
  });

  test("several comments are decided at once with their checkboxes", async ({ browser, page }) => {
    const article = moderationArticle(3);
    const stamp = Date.now();
    const bodies = [`نخستین نظر گروهی ${stamp}`, `دومین نظر گروهی ${stamp}`];
    for (const body of bodies) await postReaderComment(browser, article, { name: "خواننده", body });

    await signIn(page, "editor");
    await page.goto("/admin/comments?status=pending");
    for (const body of bodies) await page.getByRole("listitem").filter({ hasText: body }).getByRole("checkbox").check();
    await page
      .getByRole("group", { name: text(lang, ns, "comments.bulk") })
      .getByRole("button", { name: text(lang, ns, "comments.actions.reject") })
      .click();
    await expect(page.getByRole("status")).toBeVisible();
    await page.goto("/admin/comments?status=rejected");
    for (const body of bodies) await expect(page.getByRole("listitem").filter({ hasText: body })).toContainText(text(lang, ns, "comments.status.rejected"));
  });
});

test.describe("the contact inbox", () => {
  test("a message sent through the contact form arrives as new, is read when opened, and is archived", async ({ browser, page }) => {
    const subject = `Question about the weekly digest ${Date.now()}`;
    const message = { name: "Alex Reader", email: "alex.reader@example.org", subject, message: "Hello,\nwhen does the next issue come out?" };
    await sendContactMessage(browser, "en", message);

    await signIn(page, "editor");
    await page.goto("/admin/messages");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(text(lang, ns, "messages.title"));
    const tabs = page.getByRole("navigation", { name: text(lang, ns, "messages.tabsLabel") });
    await expect(tabs.getByRole("link", { name: text(lang, ns, "messages.tabs.new") })).toHaveAttribute("aria-current", "page");
    await page.getByRole("link", { name: subject }).click();

    await expect(page.getByRole("heading", { level: 1 })).toHaveText(subject);
    await expect(page.getByText("when does the next issue come out?")).toBeVisible();
    // The editor sees the sender's address, to answer
    await expect(page.getByRole("link", { name: message.email })).toHaveAttribute("href", `mailto:${encodeURIComponent(message.email)}`);
    await expect(page.getByText(text(lang, ns, "messages.tabs.read"), { exact: true })).toBeVisible();

    // Read now: no longer among the new ones, listed among the read ones
    await page.goto("/admin/messages?status=new");
    await expect(page.getByRole("link", { name: subject })).toHaveCount(0);
    await page.goto("/admin/messages?status=read");
    await page.getByRole("link", { name: subject }).click();
    await page.getByRole("button", { name: text(lang, ns, "messages.archive") }).click();
    await expect(page.getByRole("status")).toHaveText(text(lang, ns, "messages.notice.archived"));
    await expect(page.getByRole("link", { name: subject })).toHaveCount(0);

    await page.getByRole("link", { name: new RegExp(text(lang, ns, "messages.tabs.archived")) }).click();
    await page.getByRole("link", { name: subject }).click();
    await page.getByRole("button", { name: text(lang, ns, "messages.unarchive") }).click();
    await expect(page.getByRole("status")).toHaveText(text(lang, ns, "messages.notice.restored"));
    await expect(page.getByRole("link", { name: subject })).toBeVisible();
  });
});

test.describe("translators and moderation", () => {
  test("a translator is refused the moderation queue and the inbox, and cannot decide on a comment", async ({ page }) => {
    await signIn(page, "translator");
    for (const path of ["/admin/comments", "/admin/messages", "/admin/messages/1"]) {
      expect((await page.goto(path))?.status(), path).toBe(403);
    }
    await page.goto("/admin");
    const csrf = await page.locator("input[name=csrf]").first().inputValue();
    const response = await page.request.post("/admin/comments", { form: { csrf, decision: "approve:1" }, maxRedirects: 0 });
    expect(response.status()).toBe(403);
  });
});
