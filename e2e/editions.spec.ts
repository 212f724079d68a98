// Choosing an edition: where `/` leads, switching editions by page load and by client navigation,
// and what the edition switcher offers on an article with and without translations.
import { expect, test, type Page } from "@playwright/test";
import { defaultEditionIdentity } from "../app/identity/site-identity";
import {
  articlePath,
  decodedPath,
  editions,
  publishedArticles,
  seedContent,
  text,
  waitForReaderScript,
  type Edition,
} from "./fixtures";

/** The `lng` cookie as Remix writes it: base64 of the JSON-encoded value, URL-encoded */
function editionCookie(code: string): string {
  return `lng=${encodeURIComponent(Buffer.from(JSON.stringify(code)).toString("base64"))}`;
}

test.describe("`/` leads the reader to an edition", () => {
  const cases: { story: string; headers: Record<string, string>; expected: string }[] = [
    { story: "with no preference, to English", headers: {}, expected: "/en" },
    { story: "a Persian browser to Persian", headers: { "Accept-Language": "fa-IR,fa;q=0.9,en;q=0.8" }, expected: "/fa" },
    { story: "a German browser that also reads Albanian to Albanian", headers: { "Accept-Language": "de, sq;q=0.5" }, expected: "/sq" },
    {
      story: "a reader who chose Arabic before (lng cookie) to Arabic, whatever the browser says",
      headers: { Cookie: editionCookie("ar"), "Accept-Language": "fa-IR,fa;q=0.9,en;q=0.8" },
      expected: "/ar",
    },
  ];
  for (const { story, headers, expected } of cases) {
    test(story, async ({ request }) => {
      const response = await request.get("/", { headers, maxRedirects: 0 });
      expect(response.status()).toBe(302);
      expect(response.headers()["location"]).toBe(expected);
      const vary = (response.headers()["vary"] ?? "").split(",").map((name) => name.trim().toLowerCase());
      expect(vary).toEqual(expect.arrayContaining(["cookie", "accept-language"]));
    });
  }
});

async function expectEdition(page: Page, edition: Edition) {
  await expect(page.locator("html")).toHaveAttribute("lang", edition.code);
  await expect(page.locator("html")).toHaveAttribute("dir", edition.dir);
  const menu = page.getByRole("navigation", { name: text(edition.code, "nav", "mainMenu"), exact: true });
  await expect(menu).toBeVisible();
  for (const key of ["home", "articles", "about", "contact"]) {
    await expect(menu.getByRole("link", { name: text(edition.code, "nav", key), exact: true })).toBeVisible();
  }
  // The submenus (below the desktop breakpoint the menu button is a summary too: e2e/phone-header.spec.ts)
  await expect(menu.locator("li > details > summary")).toHaveText(
    ["media", "publications", "editions"].map((key) => `${text(edition.code, "nav", key)}▾`),
  );
  await expect(page.locator("header").getByRole("link", { name: defaultEditionIdentity(edition.code).siteName, exact: true })).toBeVisible();
  await expect(page.getByRole("contentinfo")).toContainText(text(edition.code, "common", "footer.backToTop"));
}

async function openEditionsMenu(page: Page, code: string) {
  const summary = page
    .getByRole("navigation", { name: text(code, "nav", "mainMenu"), exact: true })
    .locator("summary", { hasText: text(code, "nav", "editions") });
  await summary.click();
  await expect(summary.locator("xpath=..")).toHaveAttribute("open", "");
}

const byCode = (code: string) => editions.find((edition) => edition.code === code)!;

test.describe("switching editions", () => {
  test("with full page loads, the shell follows the edition: /ar, then /en, then /fa", async ({ page }) => {
    for (const code of ["ar", "en", "fa"]) {
      await page.goto(`/${code}`);
      await expectEdition(page, byCode(code));
    }
  });

  test("from the editions menu, an Arabic reader switches to English, then to Persian", async ({ page }) => {
    await page.goto("/ar");
    await waitForReaderScript(page);
    await expectEdition(page, byCode("ar"));

    await openEditionsMenu(page, "ar");
    await page.locator("header").getByRole("link", { name: "English" }).click();
    await expect(page).toHaveURL(/\/en$/);
    await expectEdition(page, byCode("en"));
    await expect(page.locator("h1")).toHaveText(text("en", "article", "home.title"));

    await openEditionsMenu(page, "en");
    await page.locator("header").getByRole("link", { name: byCode("fa").nativeName }).click();
    await expect(page).toHaveURL(/\/fa$/);
    await expectEdition(page, byCode("fa"));
    await expect(page.locator("h1")).toHaveText(text("fa", "article", "home.title"));
  });

  test("the edition a reader chooses is remembered: `/` leads back to it", async ({ page }) => {
    await page.goto("/en");
    await waitForReaderScript(page);
    await openEditionsMenu(page, "en");
    await page.locator("header").getByRole("link", { name: byCode("sq").nativeName }).click();
    await expect(page).toHaveURL(/\/sq$/);
    // Even a browser that prefers Persian now lands on the Albanian edition
    await page.setExtraHTTPHeaders({ "Accept-Language": "fa" });
    await page.goto("/");
    await expect(page).toHaveURL(/\/sq$/);
    await expectEdition(page, byCode("sq"));
  });
});

for (const edition of editions) {
  const { code } = edition;
  test.describe(`the edition switcher on a ${edition.nativeName} (${code}) article`, () => {
    test("leads to each translation of an article that has one", async ({ page }) => {
      const translationKey = "t01";
      const translationIn = (other: string) => {
        const article = seedContent(other).articles.find((candidate) => candidate.translationKey === translationKey);
        if (!article) throw new Error(`The ${other} seed content has no ${translationKey} article`);
        return article;
      };
      await page.goto(articlePath(code, translationIn(code).slug));
      await expect(page.locator("h1")).toHaveText(translationIn(code).title);
      await waitForReaderScript(page);
      await openEditionsMenu(page, code);

      const others = editions.filter((other) => other.code !== code);
      for (const other of others) {
        const link = page.locator(`header [data-edition-link="${other.code}"]`);
        await expect(link).toHaveText(other.nativeName); // no "not available" notice here
        expect(decodedPath((await link.getAttribute("href")) ?? "")).toBe(decodedPath(articlePath(other.code, translationIn(other.code).slug)));
      }

      // Follow one of them (the next edition in the configuration)
      const next = editions[(editions.findIndex((candidate) => candidate.code === code) + 1) % editions.length]!;
      await page.locator(`header [data-edition-link="${next.code}"]`).click();
      await expect(page.locator("h1")).toHaveText(translationIn(next.code).title);
      await expectEdition(page, next);
    });

    test("leads to the other edition's home, saying so in that language, where there is no translation", async ({ page }) => {
      const others = editions.filter((other) => other.code !== code);
      const keysIn = (other: string) => new Set(seedContent(other).articles.map((article) => article.translationKey).filter(Boolean));
      // Untranslated articles of this edition, grouped so that each is visited once
      const visits = new Map<string, Edition[]>();
      for (const other of others) {
        const keys = keysIn(other.code);
        const article = publishedArticles(code).find((candidate) => !candidate.translationKey || !keys.has(candidate.translationKey));
        if (!article) throw new Error(`Every ${code} article has a ${other.code} translation: no article to test with`);
        visits.set(article.slug, [...(visits.get(article.slug) ?? []), other]);
      }

      let lastOther: Edition | undefined;
      for (const [slug, missingIn] of visits) {
        await page.goto(articlePath(code, slug));
        await expect(page.locator("h1")).toBeVisible();
        await waitForReaderScript(page);
        await openEditionsMenu(page, code);
        for (const other of missingIn) {
          const link = page.locator(`header [data-edition-link="${other.code}"]`);
          await expect(link).toHaveAttribute("href", `/${other.code}`);
          await expect(link).toHaveAttribute("lang", other.code);
          await expect(link).toContainText(other.nativeName);
          await expect(link).toContainText(text(other.code, "nav", "notAvailableInEdition"));
          lastOther = other;
        }
      }

      // The reader follows the link and lands on that edition's home
      await page.locator(`header [data-edition-link="${lastOther!.code}"]`).click();
      await expect(page).toHaveURL(new RegExp(`/${lastOther!.code}$`));
      await expect(page.locator("h1")).toHaveText(text(lastOther!.code, "article", "home.title"));
      await expectEdition(page, lastOther!);
    });
  });
}
