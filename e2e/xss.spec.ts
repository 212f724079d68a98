// Cross-site scripting, in Chromium: every payload of the corpus (xss-payloads.ts) goes where the site
// shows what a reader typed: the search results, the contact form and the comment form sent back with
// their errors, the 404 page of an address holding it, and an article body rendered from Markdown.
// None may run: no dialog, window.__xss never set, no Content-Security-Policy violation (which would mean
// markup got into the page and only the policy stopped it), never in the HTML verbatim, and shown as
// the text the reader typed where the page echoes it. The payloads rotate through the editions.
import { expect, test, type Page } from "@playwright/test";
import { renderMarkdown } from "../app/utils/markdown.server";
import { articlePath, editions, publishedArticles } from "./fixtures";
import { xssPayloads } from "./xss-payloads";

interface Watch {
  dialogs: string[];
  violations: string[];
}

/** Records dialogs (dismissed) and CSP violations of every page the test opens */
async function watch(page: Page): Promise<Watch> {
  const watched: Watch = { dialogs: [], violations: [] };
  page.on("dialog", async (dialog) => {
    watched.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    await dialog.dismiss();
  });
  await page.exposeFunction("__reportViolation", (text: string) => watched.violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      (window as unknown as { __reportViolation(text: string): void }).__reportViolation(`${event.violatedDirective} blocked ${event.blockedURI || "inline"}`);
    });
  });
  return watched;
}

/** After the page and its images have loaded (onerror, onload, autofocus…), nothing ran */
async function expectNothingRan(page: Page, watched: Watch, label: string): Promise<void> {
  await page.waitForLoadState("load");
  await page.waitForTimeout(100);
  expect(watched.dialogs, `${label}: dialogs`).toEqual([]);
  expect(watched.violations, `${label}: CSP violations`).toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss), `${label}: window.__xss`).toBeUndefined();
}

/** React escapes < > " ' & in text and attributes: a payload with one of them never stands in the HTML as typed */
function expectNotVerbatim(html: string, payload: string, label: string): void {
  if (/[<>"']/.test(payload)) expect(html.includes(payload), `${label}: payload verbatim in the HTML`).toBe(false);
}

const editionFor = (index: number) => editions[index % editions.length]!.code;

/** The payloads shared out among the editions as editionFor does, each edition's together */
function payloadsByEdition() {
  return editions.map(({ code }) => ({ code, payloads: xssPayloads.filter((_, index) => editionFor(index) === code) }));
}

test.describe("XSS payloads, echoed by the site", () => {
  test("in search queries: the results page shows the query as text", async ({ page }) => {
    test.setTimeout(180_000);
    const watched = await watch(page);
    for (const [index, { name, payload }] of xssPayloads.entries()) {
      const code = editionFor(index);
      const response = await page.goto(`/${code}/search?q=${encodeURIComponent(payload)}`);
      expect(response?.status(), name).toBe(200);
      expectNotVerbatim(await response!.text(), payload, name);
      await expectNothingRan(page, watched, name);
      const shown = payload.normalize("NFC").trim();
      // Within the edition's quotation marks
      await expect(page.locator("[role=status] bdi"), name).toContainText(shown);
      await expect(page.locator("#search-query"), name).toHaveValue(shown);
    }
  });

  /**
   * Sends every payload through a reader's form, in each edition's page (`formPage`), from the form as it
   * came back with the previous payload's errors: typed into every text field and the e-mail field, the
   * form is refused (400, the payload is no e-mail address) and comes back with the values as typed
   */
  async function sendThroughForm(page: Page, formPage: (code: string) => string, formSelector: string, textFields: string[]) {
    const watched = await watch(page);
    for (const { code, payloads } of payloadsByEdition()) {
      await page.goto(formPage(code));
      for (const { name, payload } of payloads) {
        const form = page.locator(formSelector);
        for (const field of [...textFields, "email"]) await form.locator(`[name="${field}"]`).fill(payload);
        const [response] = await Promise.all([
          page.waitForResponse((candidate) => candidate.request().method() === "POST"),
          form.locator("button[type=submit]").click(),
        ]);
        expect(response.status(), name).toBe(400);
        expectNotVerbatim(await response.text(), payload, name);
        await expectNothingRan(page, watched, name);
        for (const field of textFields) await expect(form.locator(`[name="${field}"]`), `${name}: ${field}`).toHaveValue(payload);
        // An e-mail field's value loses surrounding white space in the browser, as the standard says
        await expect(form.locator('[name="email"]'), `${name}: email`).toHaveValue(payload.trim());
      }
    }
  }

  test("in the contact form's fields: the form comes back with the values as typed", async ({ page, context }) => {
    test.setTimeout(180_000);
    // An address of its own (the e2e server trusts the loopback proxy): no other test's rate limit
    await context.setExtraHTTPHeaders({ "X-Forwarded-For": "198.51.100.77" });
    await sendThroughForm(page, (code) => `/${code}/contact`, "main form", ["name", "subject", "message"]);
  });

  test("in the comment form's fields: the form comes back with the values as typed", async ({ page, context }) => {
    test.setTimeout(180_000);
    await context.setExtraHTTPHeaders({ "X-Forwarded-For": "198.51.100.78" });
    // Not the articles the comment and accessibility specs use
    await sendThroughForm(page, (code) => articlePath(code, publishedArticles(code)[3]!.slug), "section#comments form", ["name", "comment"]);
  });

  test("in addresses: the 404 page never carries the slug as markup", async ({ page }) => {
    test.setTimeout(180_000);
    const watched = await watch(page);
    for (const [index, { name, payload }] of xssPayloads.entries()) {
      const code = editionFor(index);
      const section = ["articles", "categories", "authors", "series"][index % 4]!;
      const response = await page.goto(`/${code}/${section}/${encodeURIComponent(payload)}`);
      expect(response?.status(), name).toBe(404);
      expectNotVerbatim(await response!.text(), payload, name);
      await expectNothingRan(page, watched, name);
    }
  });

  test("in article bodies: the HTML rendered from Markdown runs nothing, even without the site's CSP", async ({ page }) => {
    test.setTimeout(120_000);
    const watched = await watch(page);
    // A blank page without the site's policy: only the sanitizer protects it
    for (const { name, payload } of xssPayloads) {
      const body = [payload, `Text ${payload} text.`, `[link](${payload})`, `![alt](${payload})`, `> ${payload}`].join("\n\n");
      await page.setContent(`<!doctype html><main>${renderMarkdown(body)}</main>`);
      await expectNothingRan(page, watched, name);
    }
  });
});

test("the watch above sees a payload that runs, so these tests can fail", async ({ page }) => {
  const watched = await watch(page);
  await page.setContent("<!doctype html><img src=x onerror=window.__xss=1><script>alert(1)</script>");
  await page.waitForLoadState("load");
  await expect.poll(() => watched.dialogs).toEqual(["alert: 1"]);
  await expect.poll(() => page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBe(1);
});
