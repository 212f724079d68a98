// Every page type in the development pseudo-locales (app/i18n/pseudo.ts, TRANSLATING.md).
// Accented: every string of the locale files comes out with accented letters, so interface text that
// still has a plain Latin letter did not come from the locale files. Content (database text) is marked
// with `data-content` in the markup, and names that are never translated (an edition's own name) with
// translate="no"; everything else a reader sees or hears must be accented.
// RTL: the same strings, a third longer, right to left: no page may scroll sideways on a phone.
import { expect, test, type Page } from "@playwright/test";
import { pseudoLetters } from "../app/i18n/pseudo";
import { articlePath, publishedArticles, seedContent } from "./fixtures";

// The pseudo-locales replace the interface language of the English edition's pages
const code = "en";
const content = seedContent(code);
const articleWithCover = publishedArticles(code).find((article) => article.cover && !article.series)!;
const seriesIssue = publishedArticles(code).find((article) => article.series)!;

interface PageVisit {
  name: string;
  path: string;
  status?: number;
  /** Reaches the state to check once the page has loaded */
  then?: (page: Page) => Promise<void>;
}

/** The first link in the main column whose path starts with `prefix` (a listing's first item) */
async function firstLinkUnder(page: Page, prefix: string): Promise<string> {
  const hrefs = await page.locator(`main a[href^="${prefix}"]`).evaluateAll((links) => links.map((link) => link.getAttribute("href")));
  const href = hrefs.find((candidate) => candidate && candidate.split("?")[0] !== prefix.replace(/\/$/, ""));
  if (!href) throw new Error(`No link under ${prefix}`);
  return href;
}

const visits: PageVisit[] = [
  { name: "home", path: `/${code}` },
  { name: "archive", path: `/${code}/articles?page=2` },
  { name: "article with a cover", path: articlePath(code, articleWithCover.slug) },
  { name: "article of a series", path: articlePath(code, seriesIssue.slug) },
  { name: "category", path: `/${code}/categories/${encodeURIComponent(content.categories[articleWithCover.category].slug)}` },
  { name: "author", path: `/${code}/authors/${encodeURIComponent(content.authors[articleWithCover.author].slug)}` },
  { name: "series", path: `/${code}/series/${encodeURIComponent(content.series["weekly-digest"].slug)}` },
  { name: "about", path: `/${code}/about` },
  {
    name: "contact with its errors shown",
    path: `/${code}/contact`,
    then: async (page) => {
      await page.locator("main form button[type=submit]").click();
      await expect(page.getByRole("alert").first()).toBeVisible();
    },
  },
  { name: "search with results", path: `/${code}/search?q=${encodeURIComponent(articleWithCover.title.split(" ").find((word) => word.length > 5)!)}` },
  { name: "search form", path: `/${code}/search` },
  { name: "photo galleries", path: `/${code}/media/photos` },
  {
    name: "a photo gallery",
    path: `/${code}/media/photos`,
    then: async (page) => {
      await page.goto(await firstLinkUnder(page, `/${code}/media/photos/`));
    },
  },
  { name: "videos", path: `/${code}/media/videos` },
  {
    name: "a video",
    path: `/${code}/media/videos`,
    then: async (page) => {
      await page.goto(await firstLinkUnder(page, `/${code}/media/videos/`));
    },
  },
  { name: "newsletter", path: `/${code}/publications/newsletter` },
  {
    name: "a newsletter issue",
    path: `/${code}/publications/newsletter`,
    then: async (page) => {
      await page.goto(await firstLinkUnder(page, `/${code}/publications/newsletter/`));
    },
  },
  {
    name: "a book",
    path: `/${code}/publications/books`,
    then: async (page) => {
      await page.goto(await firstLinkUnder(page, `/${code}/publications/books/`));
    },
  },
  { name: "a page that does not exist", path: `/${code}/no-such-page`, status: 404 },
];

interface Unmarked {
  where: string;
  text: string;
}

/**
 * Interface text a reader perceives that is not accented: visible text nodes (and screen-reader-only
 * ones) outside content, and the attributes read out or shown: aria-label, alt, placeholder, title.
 * A text with plain Latin letters passes when it also has pseudo-locale letters: a locale string with a
 * value filled in ("[Ðöŵñļöáð ţĥé ÞÐƑ (1.9 kB) ~~]"). A wholly hard-coded string has none.
 */
async function unaccentedInterfaceText(page: Page): Promise<{ unmarked: Unmarked[]; accented: number }> {
  return page.evaluate((letters) => {
    const excluded = "[data-content], [translate='no'], script, style, noscript, template";
    const pseudo = new RegExp(`[${letters}]`, "u");
    const plainLatin = { test: (text: string) => /[A-Za-z]/.test(text) && !pseudo.test(text) };
    const unmarked: { where: string; text: string }[] = [];
    let accented = 0;
    const describe = (element: Element) => {
      const id = element.id ? `#${element.id}` : "";
      const classes = element.getAttribute("class")?.split(/\s+/).slice(0, 2).join(".") ?? "";
      return `${element.parentElement?.tagName.toLowerCase() ?? ""} > ${element.tagName.toLowerCase()}${id}${classes ? `.${classes}` : ""}`;
    };
    const perceived = (element: Element) => element.checkVisibility() && !element.closest("[aria-hidden='true'], [hidden]");

    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim() ?? "";
      const parent = node.parentElement;
      if (!text || !parent || parent.closest(excluded) || !perceived(parent)) continue;
      if (plainLatin.test(text)) unmarked.push({ where: describe(parent), text });
      else if (pseudo.test(text)) accented += 1;
    }
    for (const element of document.querySelectorAll("[aria-label], img[alt], [placeholder], [title]")) {
      if (element.closest(excluded) || element.closest("head")) continue;
      if (!perceived(element) && !element.matches("[aria-label]")) continue;
      for (const name of ["aria-label", "alt", "placeholder", "title"]) {
        const value = element.getAttribute(name)?.trim();
        if (value && plainLatin.test(value)) unmarked.push({ where: `${describe(element)} [${name}]`, text: value });
      }
    }
    // The document title is the page's title and the site's name (content, set by an admin): the page's
    // title is interface text unless it is the content shown on the page (an article's headline)
    const siteName = document.querySelector("[data-site-name]")?.textContent?.trim() ?? "";
    const pageTitle = document.title.endsWith(` | ${siteName}`) ? document.title.slice(0, -` | ${siteName}`.length) : document.title;
    const shownContent = new Set([...document.querySelectorAll("[data-content]")].map((element) => element.textContent?.trim()));
    if (pageTitle !== siteName && !pseudo.test(pageTitle) && !shownContent.has(pageTitle)) unmarked.push({ where: "<title>", text: document.title });
    return { unmarked, accented };
  }, pseudoLetters);
}

async function visit(page: Page, target: PageVisit) {
  const response = await page.goto(target.path);
  expect(response?.status(), target.path).toBe(target.status ?? 200);
  await target.then?.(page);
}

test.describe("accented pseudo-locale: every interface string comes from the locale files", () => {
  test.beforeEach(async ({ context, baseURL }) => {
    await context.addCookies([{ name: "pseudo", value: "accented", url: baseURL! }]);
    // Contact attempts from an address of their own (see contact.spec.ts: the rate limit is per address)
    await context.setExtraHTTPHeaders({ "X-Forwarded-For": "198.51.100.201" });
  });

  for (const target of visits) {
    test(`${target.name} (${target.path})`, async ({ page }) => {
      await visit(page, target);
      await expect(page.locator("html")).toHaveAttribute("lang", "en-XA");
      const { unmarked, accented } = await unaccentedInterfaceText(page);
      expect(unmarked, "interface text that did not come from the locale files").toEqual([]);
      // The check itself works: the interface is there, and accented
      expect(accented).toBeGreaterThan(10);
    });
  }

  test("following a link keeps the pseudo-locale, and /locales serves it to the hydrated editorial screens", async ({ page, request }) => {
    await page.goto(`/${code}`);
    const served = await request.get("/locales/en-XA/forms.json");
    expect(served.status()).toBe(200);
    expect(Object.keys(await served.json())).toContain("contact");
    await page.locator(`a[href="/${code}/contact"]`).first().click();
    await expect(page).toHaveURL(`/${code}/contact`);
    await expect(page.locator("main h1")).toHaveText(/^\[.*~\]$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "en-XA");
  });
});

test.describe("right-to-left pseudo-locale on a 375 px phone", () => {
  test.use({ viewport: { width: 375, height: 740 } });
  test.beforeEach(async ({ context, baseURL }) => {
    await context.addCookies([{ name: "pseudo", value: "rtl", url: baseURL! }]);
    await context.setExtraHTTPHeaders({ "X-Forwarded-For": "198.51.100.202" });
  });

  for (const target of visits) {
    test(`${target.name} does not scroll sideways`, async ({ page }) => {
      await visit(page, target);
      await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
      await expect(page.locator("html")).toHaveAttribute("lang", "ar-XB");
      const overflow = await page.evaluate(() => {
        const width = window.innerWidth;
        const wide = [...document.querySelectorAll("body *")]
          .filter((element) => {
            const box = element.getBoundingClientRect();
            return box.width > 0 && (box.right > width + 1 || box.left < -1) && !element.closest(".sr-only");
          })
          .slice(0, 5)
          .map((element) => `${element.tagName.toLowerCase()}.${element.getAttribute("class") ?? ""}`);
        return { scrollWidth: document.scrollingElement!.scrollWidth, width, wide };
      });
      expect(overflow.scrollWidth, `wider than the screen: ${overflow.wide.join(", ")}`).toBeLessThanOrEqual(overflow.width);
    });
  }
});

test("a reader never gets a pseudo-locale from a server that does not offer it", async ({ request }) => {
  // This server offers them (PSEUDO_LOCALES=1): the unit tests (app/i18n/pseudo.server.test.ts) cover the other case
  const response = await request.get("/locales/en-XA/common.json");
  expect(response.status()).toBe(200);
  const pseudoCommon = (await response.json()) as Record<string, unknown>;
  expect(String(pseudoCommon.skipToContent)).toMatch(/^\[.+~\]$/);
  // Without the cookie nothing changes
  const page = await request.get(`/${code}`);
  expect(await page.text()).toContain('lang="en"');
});
