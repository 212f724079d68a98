// Comments under an article in every edition: the localized count, the form that works without
// JavaScript, the "awaits moderation" notice after post/redirect/get, a comment never shown before an
// editor approves it (approval itself is covered against the database in tests/db/comments.test.ts),
// localized errors next to the fields, and the refusal of a robot that fills the honeypot.
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { expect, test } from "@playwright/test";
import { articlePath, editions, publishedArticles, text } from "./fixtures";

type Strings = { [key: string]: string | Strings };
const localesDirectory = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "locales");

/** A string of the translators' own file (locales/<lng>/<namespace>.json) */
function localeText(code: string, namespace: "comments" | "forms", key: string): string {
  let value: string | Strings | undefined = JSON.parse(readFileSync(path.join(localesDirectory, code, `${namespace}.json`), "utf8")) as Strings;
  for (const part of key.split(".")) value = typeof value === "object" ? value[part] : undefined;
  if (typeof value !== "string") throw new Error(`No string ${code}/${namespace}:${key}`);
  return value;
}

/** The count heading for no comments, as the edition's plural rules pick it ("zero" exists in Arabic only) */
function noCommentsHeading(code: string, locale: string): string {
  const strings = JSON.parse(readFileSync(path.join(localesDirectory, code, "comments.json"), "utf8")) as Record<string, string>;
  const form = new Intl.PluralRules(locale).select(0);
  const template = strings[`count_zero`] ?? strings[`count_${form}`] ?? strings.count_other!;
  return template.replace("{{count, number}}", new Intl.NumberFormat(locale, { numberingSystem: "latn" }).format(0));
}

/** Comments one address may send (the server's CONTACT_RATE_LIMIT_MAX, 5 unless set: both forms share it) */
const commentRateLimit = Number(process.env.CONTACT_RATE_LIMIT_MAX ?? 5);

let lastAddress = 0;
/**
 * A documentation address (TEST-NET-3) of its own for each test, so that only the test meant to meets the
 * rate limit. Taken when the test is declared: every worker declares all tests in the same order, so each
 * test has the same address in every worker (counted while tests run, two workers would share addresses).
 */
function nextAddress(): string {
  lastAddress += 1;
  return `203.0.113.${lastAddress}`;
}

for (const edition of editions) {
  const { code } = edition;
  // The second newest article: the accessibility spec scans the newest, this one collects test comments
  const article = publishedArticles(code)[1] ?? publishedArticles(code)[0];
  if (!article) throw new Error(`No ${code} seed article`);
  const path = articlePath(code, article.slug);

  const addresses = { sends: nextAddress(), incomplete: nextAddress(), busy: nextAddress(), robot: nextAddress() };

  test.describe(`${edition.nativeName} (${code}) comments`, () => {
    test.use({ javaScriptEnabled: false });

    test("a reader sees the comment count and the comment form under an article", async ({ page }) => {
      await page.goto(path);
      const section = page.locator("section#comments");
      const heading = section.getByRole("heading", { level: 2 });
      await expect(heading).toBeVisible();
      // Arabic and Persian digits differ from Latin ones: compare the words, whatever the digits
      const expected = noCommentsHeading(code, edition.intlLocale).replace(/[0-9]/g, "");
      expect((await heading.innerText()).replace(/[0-9٠-٩۰-۹]/g, "").trim()).toBe(expected.trim());
      await expect(section.getByLabel(localeText(code, "comments", "form.name"))).toBeVisible();
      await expect(section.getByLabel(localeText(code, "comments", "form.email"))).toBeVisible();
      await expect(section.getByLabel(localeText(code, "comments", "form.comment"))).toBeVisible();
    });

    test("a reader without JavaScript sends a comment and is told it awaits moderation; it is not shown yet", async ({ page }) => {
      await page.context().setExtraHTTPHeaders({ "X-Forwarded-For": addresses.sends });
      await page.goto(path);
      const section = page.locator("section#comments");
      const body = `${edition.nativeName}: <script>alert(1)</script> ${Date.now()}`;
      await section.getByLabel(localeText(code, "comments", "form.name")).fill("Test Reader");
      await section.getByLabel(localeText(code, "comments", "form.email")).fill("reader@example.org");
      await section.getByLabel(localeText(code, "comments", "form.comment")).fill(body);
      await section.getByRole("button", { name: localeText(code, "comments", "form.submit") }).click();

      await expect(page).toHaveURL(new RegExp(`${path.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\?comment=pending#comments$`));
      await expect(page.getByRole("status")).toHaveText(localeText(code, "comments", "awaitingModeration"));
      await expect(page.getByText(body)).toHaveCount(0);
      // The page's canonical address never carries the notice
      await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", /\/articles\/[^?]+$/);
    });

    test("an incomplete comment comes back with localized errors next to the fields and the reader's text", async ({ page }) => {
      await page.context().setExtraHTTPHeaders({ "X-Forwarded-For": addresses.incomplete });
      await page.goto(path);
      const section = page.locator("section#comments");
      await section.getByLabel(localeText(code, "comments", "form.email")).fill("not an address");
      await section.getByLabel(localeText(code, "comments", "form.comment")).fill("Kept text");
      await section.getByRole("button", { name: localeText(code, "comments", "form.submit") }).click();

      await expect(page.getByRole("alert")).toContainText(localeText(code, "comments", "errorSummary"));
      const name = section.getByLabel(localeText(code, "comments", "form.name"));
      await expect(name).toHaveAttribute("aria-invalid", "true");
      await expect(section.getByText(localeText(code, "comments", "required.name"), { exact: true })).toBeVisible();
      await expect(section.getByText(localeText(code, "forms", "errors.email"), { exact: true })).toBeVisible();
      await expect(section.getByLabel(localeText(code, "comments", "form.comment"))).toHaveValue("Kept text");
    });

    test("more comments than the limit from one address are refused with 429 and a localized page, later ones before the app", async ({ request }) => {
      const headers = { "X-Forwarded-For": addresses.busy };
      const comment = { name__confirm: "", name: "Busy Reader", email: "busy@example.org", comment: `${edition.nativeName} ${Date.now()}` };
      const send = () => request.post(path, { form: comment, headers, maxRedirects: 0 });
      for (let sent = 0; sent < commentRateLimit; sent++) expect((await send()).status(), `comment ${sent + 1}`).toBe(303);
      let retryAfter = Infinity;
      for (const answeredBy of ["app", "early refusal", "early refusal"]) {
        const refused = await send();
        expect(refused.status(), answeredBy).toBe(429);
        expect(refused.headers()["x-page-cache"], answeredBy).toBe(answeredBy === "app" ? undefined : "refused");
        const html = await refused.text();
        expect(html).toContain(`<html lang="${code}" dir="${edition.dir}"`);
        expect(/<h1 id="error-title"[^>]*>([^<]*)<\/h1>/.exec(html)?.[1]).toBe(text(code, "errors", "tooManyRequests.title"));
        const seconds = Number(refused.headers()["retry-after"]);
        expect(seconds).toBeGreaterThan(0);
        expect(seconds).toBeLessThanOrEqual(retryAfter);
        retryAfter = seconds;
      }
    });

    test("a robot that fills the honeypot gets the localized 400 page", async ({ page }) => {
      await page.context().setExtraHTTPHeaders({ "X-Forwarded-For": addresses.robot });
      await page.goto(path);
      const section = page.locator("section#comments");
      await section.locator('input[name="name__confirm"]').evaluate((input: HTMLInputElement) => (input.value = "http://spam.example"));
      await section.getByLabel(localeText(code, "comments", "form.name")).fill("Robot");
      await section.getByLabel(localeText(code, "comments", "form.email")).fill("robot@example.org");
      await section.getByLabel(localeText(code, "comments", "form.comment")).fill("Buy now");
      const [response] = await Promise.all([
        page.waitForResponse((candidate) => candidate.request().method() === "POST"),
        section.getByRole("button", { name: localeText(code, "comments", "form.submit") }).click(),
      ]);
      expect(response.status()).toBe(400);
      await expect(page.locator("h1#error-title")).toHaveText(text(code, "errors", "badRequest.title"));
    });
  });
}
