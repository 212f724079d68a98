// What readers (or robots) type into addresses, in every edition: malformed percent-encoding in a slug
// is a 400 with the localized "bad request" page in the edition's language, never a 500 or Express's
// bare error page; a page number that is not a whole number from 1 up is the localized 404; an address
// longer than any page's is the localized 414.
import { expect, test, type APIResponse } from "@playwright/test";
import { editions, text, type Edition } from "./fixtures";

/** The localized error page: status, the edition's language and direction, the title errors.json gives */
async function expectErrorPage(response: APIResponse, edition: Edition, status: number, kind: "badRequest" | "notFound" | "addressTooLong") {
  expect(response.status()).toBe(status);
  const html = await response.text();
  expect(html).toContain(`<html lang="${edition.code}" dir="${edition.dir}"`);
  const title = /<h1 id="error-title"[^>]*>([^<]*)<\/h1>/.exec(html)?.[1];
  expect(title).toBe(text(edition.code, "errors", `${kind}.title`));
  expect(html).not.toContain("URIError");
}

// An incomplete UTF-8 sequence, a "%" not followed by two hex digits, bytes that are not UTF-8
const malformedSlugs = ["%E0%A4%A", "%ZZ", "%C3%28", "caf%E9"];
const slugPages = ["articles", "categories", "authors", "series"];
const badPageNumbers = ["0", "-1", "abc", "1.5"];

for (const edition of editions) {
  const { code } = edition;
  test.describe(`${edition.nativeName} (${code}) bad input`, () => {
    for (const type of slugPages) {
      test(`a malformed percent-encoded ${type} slug answers 400 with the localized page`, async ({ request }) => {
        for (const slug of malformedSlugs) {
          const response = await request.get(`/${code}/${type}/${slug}`, { maxRedirects: 0 });
          await expectErrorPage(response, edition, 400, "badRequest");
        }
      });
    }

    test("a page number that is not a positive whole number is the localized 404", async ({ request }) => {
      for (const path of [`/${code}`, `/${code}/articles`]) {
        for (const page of badPageNumbers) {
          const response = await request.get(`${path}?page=${encodeURIComponent(page)}`, { maxRedirects: 0 });
          await expectErrorPage(response, edition, 404, "notFound");
        }
      }
    });

    test("an address longer than any page's answers 414 with the localized page, and is never redirected", async ({ request }) => {
      // With a trailing slash, which would otherwise be redirected away: the Location would carry the whole address
      for (const path of [`/${code}/articles/${"x".repeat(9_000)}/`, `/${code}/search?q=${"%D8%A8".repeat(1_500)}`]) {
        const response = await request.get(path, { maxRedirects: 0 });
        await expectErrorPage(response, edition, 414, "addressTooLong");
        expect(response.headers()["location"]).toBeUndefined();
      }
    });

    test("a reader who follows a malformed link sees the error page in the edition's language", async ({ page }) => {
      const response = await page.goto(`/${code}/articles/%E0%A4%A`);
      expect(response?.status()).toBe(400);
      await expect(page.locator("html")).toHaveAttribute("lang", code);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(text(code, "errors", "badRequest.title"));
    });
  });
}
