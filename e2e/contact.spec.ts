// The contact form in every edition: localized errors next to the fields, a message that reaches the
// confirmation page with and without JavaScript, and the refusals a reader or a robot can meet
// (honeypot, CSRF, too large, too many). Each test posts from its own address (X-Forwarded-For, trusted
// by the e2e server through TRUST_PROXY) so that only the rate-limit test ever reaches the limit.
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import AxeBuilder from "@axe-core/playwright";
import { expect, request, test, type APIRequestContext, type APIResponse, type Page } from "@playwright/test";
import { editions, text, waitForReaderScript, type Edition } from "./fixtures";

type Strings = { [key: string]: string | Strings };
const localesDirectory = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "locales");

/** A string of the translators' forms namespace (locales/<lng>/forms.json) */
function formsText(code: string, key: string): string {
  let value: string | Strings | undefined = JSON.parse(
    readFileSync(path.join(localesDirectory, code, "forms.json"), "utf8"),
  ) as Strings;
  for (const part of key.split(".")) value = typeof value === "object" ? value[part] : undefined;
  if (typeof value !== "string") throw new Error(`No string ${code}/forms:${key}`);
  return value;
}

const fields = ["name", "email", "subject", "message"] as const;
/** Messages one address may send (the server's CONTACT_RATE_LIMIT_MAX, 5 unless set) */
const rateLimit = Number(process.env.CONTACT_RATE_LIMIT_MAX ?? 5);

let lastAddress = 0;
/** A documentation address (TEST-NET-2) of its own for each test, fixed when the test is declared */
function nextAddress(): string {
  lastAddress += 1;
  return `198.51.100.${lastAddress}`;
}

function validMessage(edition: Edition): Record<(typeof fields)[number], string> {
  return {
    name: "Test Reader",
    email: "reader@example.org",
    subject: `${edition.nativeName}: ${formsText(edition.code, "contact.title")}`,
    message: `${formsText(edition.code, "contact.intro")}\n\n${edition.nativeName}`,
  };
}

/** HTML text as the reader sees it: the few entities React writes in text */
function unescapeHtml(html: string): string {
  return html
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

/** The localized error page: status, edition language, and the title errors.json gives that kind */
async function expectErrorPage(response: APIResponse, edition: Edition, status: number, kind: string) {
  expect(response.status()).toBe(status);
  const html = await response.text();
  expect(html).toContain(`<html lang="${edition.code}" dir="${edition.dir}"`);
  const title = /<h1 id="error-title"[^>]*>([^<]*)<\/h1>/.exec(html)?.[1];
  expect(title && unescapeHtml(title)).toBe(text(edition.code, "errors", `${kind}.title`));
}

/** What a page load gives a reader: the form's token (its cookie stays in the request context) */
async function openForm(reader: APIRequestContext, code: string): Promise<string> {
  const response = await reader.get(`/${code}/contact`);
  expect(response.status()).toBe(200);
  const token = /name="csrf" value="([^"]+)"/.exec(await response.text())?.[1];
  expect(token).toBeTruthy();
  return token!;
}

function post(reader: APIRequestContext, code: string, form: Record<string, string>): Promise<APIResponse> {
  return reader.post(`/${code}/contact`, { form, maxRedirects: 0 });
}

async function fillForm(page: Page, code: string, values: Partial<Record<(typeof fields)[number], string>>) {
  for (const field of fields) {
    const value = values[field];
    if (value !== undefined) await page.getByLabel(formsText(code, `contact.${field}`), { exact: true }).fill(value);
  }
}

/** A field marked invalid, described by the localized message shown right next to it */
async function expectFieldError(page: Page, code: string, field: (typeof fields)[number]) {
  const input = page.getByLabel(formsText(code, `contact.${field}`), { exact: true });
  await expect(input).toHaveAttribute("aria-invalid", "true");
  const describedBy = (await input.getAttribute("aria-describedby")) ?? "";
  expect(describedBy).not.toBe("");
  const message = page.locator(`[id="${describedBy}"]`);
  await expect(message).toHaveText(formsText(code, `contact.required.${field}`));
  await expect(message).toBeVisible();
  // Next to the field: in the same group as its label and input
  await expect(input.locator("xpath=..").locator(`[id="${describedBy}"]`)).toHaveCount(1);
}

for (const edition of editions) {
  const { code } = edition;

  for (const javaScript of [true, false]) {
    const mode = javaScript ? "with JavaScript" : "without JavaScript";

    test.describe(`${edition.nativeName} (${code}) contact form ${mode}`, () => {
      test.use({ javaScriptEnabled: javaScript });

      const incompleteAddress = nextAddress();
      test("a reader who sends it incomplete sees a localized error next to each empty field, and keeps what they typed", async ({ page }) => {
        await page.context().setExtraHTTPHeaders({ "X-Forwarded-For": incompleteAddress });
        await page.goto(`/${code}/contact`);
        await expect(page.locator("main h1")).toHaveText(formsText(code, "contact.title"));
        if (javaScript) await waitForReaderScript(page);
        await fillForm(page, code, { name: "Leila Karimi" });
        await page.getByRole("button", { name: formsText(code, "contact.submit") }).click();

        await expect(page.getByRole("alert")).toContainText(formsText(code, "errorSummary"));
        for (const field of ["email", "subject", "message"] as const) await expectFieldError(page, code, field);
        const name = page.getByLabel(formsText(code, "contact.name"), { exact: true });
        await expect(name).toHaveValue("Leila Karimi");
        await expect(name).not.toHaveAttribute("aria-invalid");
        await expect(page).toHaveURL(`/${code}/contact`);
        await expect(page.locator("html")).toHaveAttribute("lang", code);
        // Focus goes to the error summary (its autofocus, or the reader script)
        await expect(page.getByRole("alert")).toBeFocused();
      });

      const validAddress = nextAddress();
      test("a reader who fills it in lands on the localized confirmation", async ({ page }) => {
        await page.context().setExtraHTTPHeaders({ "X-Forwarded-For": validAddress });
        await page.goto(`/${code}/contact`);
        if (javaScript) await waitForReaderScript(page);
        await fillForm(page, code, validMessage(edition));
        await page.getByRole("button", { name: formsText(code, "contact.submit") }).click();

        await expect(page).toHaveURL(`/${code}/contact/sent`);
        await expect(page.locator("main h1")).toHaveText(formsText(code, "contact.sent.title"));
        await expect(page.locator("main")).toContainText(formsText(code, "contact.sent.message"));
        await expect(page.locator("html")).toHaveAttribute("dir", edition.dir);
      });
    });
  }

  const axeAddress = nextAddress();
  test(`${edition.nativeName} (${code}) contact form: with its errors showing, it has no serious or critical axe violations`, async ({ page }) => {
    await page.context().setExtraHTTPHeaders({ "X-Forwarded-For": axeAddress });
    await page.goto(`/${code}/contact`);
    await waitForReaderScript(page);
    await page.getByRole("button", { name: formsText(code, "contact.submit") }).click();
    await expect(page.getByRole("alert")).toBeVisible();
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
    const serious = results.violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical");
    expect(serious.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`)).toEqual([]);
  });

  test.describe(`${edition.nativeName} (${code}) contact form refusals`, () => {
    /** A reader (or a robot) at an address of its own, with its own cookies */
    function readerAt(baseURL: string | undefined, address: string): Promise<APIRequestContext> {
      return request.newContext({ baseURL, extraHTTPHeaders: { "X-Forwarded-For": address } });
    }

    const pageAddress = nextAddress();
    test("the form page is never cached and sets its token in an HttpOnly cookie", async ({ baseURL }) => {
      const reader = await readerAt(baseURL, pageAddress);
      const response = await reader.get(`/${code}/contact`);
      expect(response.headers()["cache-control"]).toBe("no-store");
      expect(response.headers()["set-cookie"]).toMatch(/^csrf=[^;]+;.*HttpOnly; SameSite=Lax/);
      await reader.dispose();
    });

    const honeypotAddress = nextAddress();
    test("a robot that fills the hidden honeypot field is refused with a localized page, not the confirmation", async ({ baseURL }) => {
      const robot = await readerAt(baseURL, honeypotAddress);
      const csrf = await openForm(robot, code);
      const response = await post(robot, code, { csrf, name__confirm: "https://spam.example", ...validMessage(edition) });
      expect(response.headers()["location"]).toBeUndefined();
      await expectErrorPage(response, edition, 400, "badRequest");
      await robot.dispose();
    });

    const csrfAddress = nextAddress();
    test("a post without the form's token, or with a forged one, is refused with a localized page", async ({ baseURL }) => {
      const reader = await readerAt(baseURL, csrfAddress);
      const csrf = await openForm(reader, code);
      await expectErrorPage(await post(reader, code, { name__confirm: "", ...validMessage(edition) }), edition, 400, "badRequest");
      await expectErrorPage(
        await post(reader, code, { csrf: `${csrf.slice(0, -2)}xy`, name__confirm: "", ...validMessage(edition) }),
        edition,
        400,
        "badRequest",
      );
      // A token copied from someone else's page is worthless without that reader's cookie
      const forger = await readerAt(baseURL, csrfAddress);
      await expectErrorPage(await post(forger, code, { csrf, name__confirm: "", ...validMessage(edition) }), edition, 400, "badRequest");
      await Promise.all([reader.dispose(), forger.dispose()]);
    });

    const largeAddress = nextAddress();
    test("a 70 KB message is refused as too large, in the edition's language", async ({ baseURL }) => {
      const reader = await readerAt(baseURL, largeAddress);
      const csrf = await openForm(reader, code);
      const response = await post(reader, code, { csrf, name__confirm: "", ...validMessage(edition), message: "x".repeat(70 * 1024) });
      await expectErrorPage(response, edition, 413, "tooLarge");
      await reader.dispose();
    });

    const busyAddress = nextAddress();
    test(`more than ${rateLimit} messages from one address are refused with 429, Retry-After and a localized page`, async ({ baseURL }) => {
      const reader = await readerAt(baseURL, busyAddress);
      const csrf = await openForm(reader, code);
      for (let sent = 0; sent < rateLimit; sent++) {
        const response = await post(reader, code, { csrf, name__confirm: "", ...validMessage(edition) });
        expect(response.status(), `message ${sent + 1}`).toBe(303);
        expect(response.headers()["location"]).toBe(`/${code}/contact/sent`);
      }
      const refused = await post(reader, code, { csrf, name__confirm: "", ...validMessage(edition) });
      await expectErrorPage(refused, edition, 429, "tooManyRequests");
      const retryAfter = Number(refused.headers()["retry-after"]);
      expect(retryAfter).toBeGreaterThan(0);
      // The next refusals come before the app (app/security/early-refusal.server.ts): the same localized
      // page, with the window's own Retry-After
      for (let again = 0; again < 2; again++) {
        const refusedAgain = await post(reader, code, { csrf, name__confirm: "", ...validMessage(edition) });
        await expectErrorPage(refusedAgain, edition, 429, "tooManyRequests");
        expect(refusedAgain.headers()["x-page-cache"]).toBe("refused");
        expect(refusedAgain.headers()["cache-control"]).toBe("no-store");
        expect(Number(refusedAgain.headers()["retry-after"])).toBeGreaterThan(0);
        expect(Number(refusedAgain.headers()["retry-after"])).toBeLessThanOrEqual(retryAfter);
      }
      // Another address is not affected
      const neighbour = await readerAt(baseURL, nextAddressFor(busyAddress));
      const neighbourCsrf = await openForm(neighbour, code);
      expect((await post(neighbour, code, { csrf: neighbourCsrf, name__confirm: "", ...validMessage(edition) })).status()).toBe(303);
      await Promise.all([reader.dispose(), neighbour.dispose()]);
    });
  });
}

/** An address no other test uses: the same host number in TEST-NET-3 */
function nextAddressFor(address: string): string {
  return address.replace(/^198\.51\.100\./, "203.0.113.");
}
