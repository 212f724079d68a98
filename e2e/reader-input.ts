// What readers send to the editorial test server, posted through the reader pages themselves (without
// JavaScript, as in comments.spec.ts and contact.spec.ts): a comment under an article, a contact message.
// Each comes from an address of its own (X-Forwarded-For, trusted by the test server) so no rate limit is met.
import { expect, type Browser } from "@playwright/test";
import { articlePath, publishedArticles, text } from "./fixtures";

export interface SeedArticleRef {
  edition: string;
  slug: string;
  title: string;
  path: string;
}

let lastAddress = 0;
function nextAddress(): string {
  lastAddress += 1;
  // TEST-NET-1, and the worker's index so that parallel workers never share an address
  return `192.0.2.${(Number(process.env.TEST_WORKER_INDEX ?? 0) * 50 + lastAddress) % 250 + 1}`;
}

/**
 * A published Persian article to collect one test's comments: each test takes its own (`position` among
 * the newest), so that no test reads a page while another changes what it shows
 */
export function moderationArticle(position: number): SeedArticleRef {
  const article = publishedArticles("fa")[position];
  if (!article) throw new Error("No fa seed article");
  return { edition: "fa", slug: article.slug, title: article.title, path: articlePath("fa", article.slug) };
}

export async function postReaderComment(browser: Browser, article: SeedArticleRef, comment: { name: string; body: string }): Promise<void> {
  const context = await browser.newContext({ javaScriptEnabled: false, extraHTTPHeaders: { "X-Forwarded-For": nextAddress() } });
  const page = await context.newPage();
  await page.goto(article.path);
  const section = page.locator("section#comments");
  await section.getByLabel(text(article.edition, "comments", "form.name")).fill(comment.name);
  await section.getByLabel(text(article.edition, "comments", "form.email")).fill("reader@example.org");
  await section.getByLabel(text(article.edition, "comments", "form.comment")).fill(comment.body);
  await section.getByRole("button", { name: text(article.edition, "comments", "form.submit") }).click();
  await expect(page.getByRole("status")).toHaveText(text(article.edition, "comments", "awaitingModeration"));
  await context.close();
}

export async function sendContactMessage(browser: Browser, edition: string, message: { name: string; email: string; subject: string; message: string }): Promise<void> {
  const context = await browser.newContext({ javaScriptEnabled: false, extraHTTPHeaders: { "X-Forwarded-For": nextAddress() } });
  const page = await context.newPage();
  await page.goto(`/${edition}/contact`);
  for (const field of ["name", "email", "subject", "message"] as const) {
    await page.getByLabel(text(edition, "forms", `contact.${field}`), { exact: true }).fill(message[field]);
  }
  await page.getByRole("button", { name: text(edition, "forms", "contact.submit") }).click();
  await expect(page).toHaveURL(new RegExp(`/${edition}/contact/sent`));
  await context.close();
}
