// What feed readers and crawlers get: each edition's RSS feed (found from the page head), category and
// series feeds, the sitemap index and the per-edition sitemaps with hreflang alternates, robots.txt.
// Every document is read by the browser's own strict XML parser (DOMParser), not by regular expressions.
import { expect, test, type APIResponse, type Page } from "@playwright/test";
import { defaultEditionIdentity } from "../app/identity/site-identity";
import { defaultEdition } from "../app/editions";
import { editions, publishedArticles, seedContent, text, waitForReaderScript } from "./fixtures";

const rfc822 = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/;
const w3cDatetime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;

interface FeedItem {
  title: string;
  link: string;
  guid: string;
  guidIsPermaLink: string | null;
  creator: string;
  category: string;
  pubDate: string;
  description: string;
  content: string;
}

interface Feed {
  parseError: string | null;
  root: string;
  version: string | null;
  title: string;
  link: string;
  language: string;
  lastBuildDate: string;
  selfLink: string | null;
  items: FeedItem[];
}

/** The RSS document as the browser's XML parser reads it */
async function readFeed(page: Page, xml: string): Promise<Feed> {
  return page.evaluate((source) => {
    const document = new DOMParser().parseFromString(source, "application/xml");
    const namespaces = {
      content: "http://purl.org/rss/1.0/modules/content/",
      dc: "http://purl.org/dc/elements/1.1/",
      atom: "http://www.w3.org/2005/Atom",
    };
    const child = (parent: Element | null, name: string, namespace: string | null = null) =>
      [...(parent?.children ?? [])].find((element) => element.localName === name && element.namespaceURI === namespace) ?? null;
    const textOf = (parent: Element | null, name: string, namespace: string | null = null) => child(parent, name, namespace)?.textContent ?? "";
    const channel = child(document.documentElement, "channel");
    return {
      parseError: document.querySelector("parsererror")?.textContent ?? null,
      root: document.documentElement.localName,
      version: document.documentElement.getAttribute("version"),
      title: textOf(channel, "title"),
      link: textOf(channel, "link"),
      language: textOf(channel, "language"),
      lastBuildDate: textOf(channel, "lastBuildDate"),
      selfLink: child(channel, "link", namespaces.atom)?.getAttribute("href") ?? null,
      items: [...(channel?.children ?? [])]
        .filter((element) => element.localName === "item")
        .map((item) => ({
          title: textOf(item, "title"),
          link: textOf(item, "link"),
          guid: textOf(item, "guid"),
          guidIsPermaLink: child(item, "guid")?.getAttribute("isPermaLink") ?? null,
          creator: textOf(item, "creator", namespaces.dc),
          category: textOf(item, "category"),
          pubDate: textOf(item, "pubDate"),
          description: textOf(item, "description"),
          content: textOf(item, "encoded", namespaces.content),
        })),
    };
  }, xml);
}

interface SitemapEntry {
  loc: string;
  lastmod: string | null;
  alternates: Record<string, string>;
}

/** A sitemap or sitemap index as the browser's XML parser reads it */
async function readSitemap(page: Page, xml: string) {
  return page.evaluate((source) => {
    const document = new DOMParser().parseFromString(source, "application/xml");
    const sitemapNamespace = "http://www.sitemaps.org/schemas/sitemap/0.9";
    const entries = [...document.getElementsByTagNameNS(sitemapNamespace, document.documentElement.localName === "urlset" ? "url" : "sitemap")];
    return {
      parseError: document.querySelector("parsererror")?.textContent ?? null,
      root: document.documentElement.localName,
      entries: entries.map((entry) => ({
        loc: entry.getElementsByTagNameNS(sitemapNamespace, "loc")[0]?.textContent ?? "",
        lastmod: entry.getElementsByTagNameNS(sitemapNamespace, "lastmod")[0]?.textContent ?? null,
        alternates: Object.fromEntries(
          [...entry.getElementsByTagNameNS("http://www.w3.org/1999/xhtml", "link")].map((link) => [
            link.getAttribute("hreflang") ?? "",
            link.getAttribute("href") ?? "",
          ]),
        ),
      })) as SitemapEntry[],
    };
  }, xml);
}

function expectCachedForFiveMinutes(response: APIResponse) {
  expect(response.headers()["cache-control"]).toBe("public, max-age=300, stale-while-revalidate=3600");
}

function hiddenSlugs(code: string): string[] {
  return seedContent(code)
    .articles.filter((article) => (article.status ?? "published") !== "published")
    .map((article) => article.slug.normalize("NFC"));
}

for (const edition of editions) {
  const { code } = edition;
  const brand = defaultEditionIdentity(code).siteName;

  test.describe(`the ${edition.nativeName} (${code}) feeds`, () => {
    test("a feed reader finds the edition's feed in the page head and reads its 20 newest articles", async ({ page, baseURL }) => {
      await page.goto(`/${code}`);
      const alternate = page.locator('head link[rel="alternate"][type="application/rss+xml"]');
      await expect(alternate).toHaveCount(1);
      await expect(alternate).toHaveAttribute("href", `/${code}/feed.xml`);
      await expect(alternate).toHaveAttribute("title", text(code, "common", "feedTitle").replace("{{brand}}", brand));

      const response = await page.request.get(`/${code}/feed.xml`);
      expect(response.status()).toBe(200);
      expect(response.headers()["content-type"]).toBe("application/rss+xml; charset=utf-8");
      expectCachedForFiveMinutes(response);
      const feed = await readFeed(page, await response.text());
      expect(feed.parseError).toBeNull();
      expect([feed.root, feed.version]).toEqual(["rss", "2.0"]);
      expect(feed.language).toBe(code);
      expect(feed.title).toBe(brand);
      expect(feed.link).toBe(`${baseURL}/${code}`);
      expect(feed.selfLink).toBe(`${baseURL}/${code}/feed.xml`);
      expect(feed.lastBuildDate).toMatch(rfc822);

      const expected = publishedArticles(code).slice(0, 20);
      const content = seedContent(code);
      // Titles in Persian, Arabic and Albanian script come through character for character
      expect(feed.items.map((item) => item.title)).toEqual(expected.map((article) => article.title));
      feed.items.forEach((item, index) => {
        const article = expected[index]!;
        expect(item.link).toBe(`${baseURL}/${code}/articles/${encodeURIComponent(article.slug.normalize("NFC"))}`);
        expect([item.guid, item.guidIsPermaLink]).toEqual([item.link, "true"]);
        expect(item.creator).toBe(content.authors[article.author].name);
        expect(item.category).toBe(content.categories[article.category].name);
        expect(item.description).toBe(article.excerpt);
        expect(item.pubDate).toMatch(rfc822);
        const hoursAgo = (Date.now() - Date.parse(item.pubDate)) / 3_600_000;
        expect(Math.abs(hoursAgo - article.hoursAgo)).toBeLessThan(1);
      });
      // Newest first
      const times = feed.items.map((item) => Date.parse(item.pubDate));
      expect([...times].sort((a, b) => b - a)).toEqual(times);
    });

    test("the full text of each article is in the feed as HTML with absolute image addresses", async ({ page, baseURL }) => {
      const feed = await readFeed(page, await (await page.request.get(`/${code}/feed.xml`)).text());
      const withImage = feed.items.find((item) => item.content.includes("<img"));
      for (const item of feed.items) {
        // The reader renders it as HTML: paragraphs with the article's words, nothing to run
        const html = await page.evaluate((markup) => {
          const fragment = new DOMParser().parseFromString(markup, "text/html");
          return { paragraphs: fragment.querySelectorAll("p").length, scripts: fragment.querySelectorAll("script").length, text: fragment.body.textContent ?? "" };
        }, item.content);
        expect(html.paragraphs, item.title).toBeGreaterThan(0);
        expect(html.scripts).toBe(0);
        expect(html.text.length, item.title).toBeGreaterThan(item.description.length);
        expect(item.content).not.toMatch(/\s(src|href)="\/(?!\/)/);
      }
      if (withImage) expect(withImage.content).toContain(`src="${baseURL}/images/demo/`);
    });

    test("each category and the weekly digest have their own feed", async ({ page, baseURL }) => {
      const content = seedContent(code);
      for (const [key, category] of Object.entries(content.categories)) {
        const path = `/${code}/categories/${encodeURIComponent(category.slug)}/feed.xml`;
        const response = await page.request.get(path);
        expect(response.status(), path).toBe(200);
        const feed = await readFeed(page, await response.text());
        expect(feed.parseError).toBeNull();
        expect(feed.language).toBe(code);
        expect(feed.title).toBe(`${category.name} | ${brand}`);
        expect(feed.selfLink).toBe(`${baseURL}${path}`);
        const expected = publishedArticles(code).filter((article) => article.category === key).slice(0, 20);
        expect(feed.items.map((item) => item.title), key).toEqual(expected.map((article) => article.title));
        expect(new Set(feed.items.map((item) => item.category))).toEqual(new Set(expected.length ? [category.name] : []));
      }
      const digest = content.series["weekly-digest"];
      const response = await page.request.get(`/${code}/series/${encodeURIComponent(digest.slug)}/feed.xml`);
      expect(response.status()).toBe(200);
      const feed = await readFeed(page, await response.text());
      expect(feed.title).toBe(`${digest.title} | ${brand}`);
      expect(feed.items).toHaveLength(6);
    });

    test("an unknown edition, category or series has no feed", async ({ page }) => {
      for (const path of [
        "/xx/feed.xml",
        `/${code}/categories/no-such-category/feed.xml`,
        `/${code}/series/no-such-series/feed.xml`,
      ]) {
        expect((await page.request.get(path)).status(), path).toBe(404);
      }
    });
  });
}

test.describe("autodiscovery after client-side navigation", () => {
  test("the feed link follows the edition when the reader switches from Arabic to English without a reload", async ({ page }) => {
    await page.goto("/ar");
    await waitForReaderScript(page);
    await page.locator("header summary", { hasText: text("ar", "nav", "editions") }).click();
    await page.locator('header a[data-edition-link="en"]').click();
    await expect(page).toHaveURL(/\/en$/);
    const alternate = page.locator('head link[rel="alternate"][type="application/rss+xml"]');
    await expect(alternate).toHaveAttribute("href", "/en/feed.xml");
    await expect(alternate).toHaveAttribute("title", text("en", "common", "feedTitle").replace("{{brand}}", defaultEditionIdentity("en").siteName));
  });
});

test.describe("sitemaps and robots.txt", () => {
  test("the sitemap index lists one sitemap per edition", async ({ page, baseURL }) => {
    const response = await page.request.get("/sitemap.xml");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("application/xml; charset=utf-8");
    const index = await readSitemap(page, await response.text());
    expect(index.parseError).toBeNull();
    expect(index.root).toBe("sitemapindex");
    expect(index.entries.map((entry) => entry.loc)).toEqual(editions.map((edition) => `${baseURL}/sitemaps/${edition.code}.xml`));
    for (const entry of index.entries) expect(entry.lastmod).toMatch(w3cDatetime);
  });

  for (const edition of editions) {
    const { code } = edition;
    test(`the ${edition.nativeName} (${code}) sitemap lists every published article with lastmod and its translations, never a draft`, async ({ page, baseURL }) => {
      const response = await page.request.get(`/sitemaps/${code}.xml`);
      expect(response.status()).toBe(200);
      expectCachedForFiveMinutes(response);
      const sitemap = await readSitemap(page, await response.text());
      expect(sitemap.parseError).toBeNull();
      expect(sitemap.root).toBe("urlset");
      const byUrl = new Map(sitemap.entries.map((entry) => [entry.loc, entry]));
      const articleUrl = (edition: string, slug: string) => `${baseURL}/${edition}/articles/${encodeURIComponent(slug.normalize("NFC"))}`;

      expect(byUrl.has(`${baseURL}/${code}`)).toBe(true);
      expect(byUrl.has(`${baseURL}/${code}/articles`)).toBe(true);
      for (const category of Object.values(seedContent(code).categories)) {
        expect(byUrl.has(`${baseURL}/${code}/categories/${encodeURIComponent(category.slug)}`), category.slug).toBe(true);
      }
      for (const article of publishedArticles(code)) {
        const entry = byUrl.get(articleUrl(code, article.slug));
        expect(entry, article.slug).toBeDefined();
        expect(entry!.lastmod).toMatch(w3cDatetime);
        expect(entry!.alternates[code]).toBe(entry!.loc);
      }
      const decoded = sitemap.entries.map((entry) => decodeURIComponent(entry.loc).normalize("NFC"));
      for (const slug of hiddenSlugs(code)) {
        expect(decoded.some((loc) => loc.endsWith(`/articles/${slug}`)), slug).toBe(false);
      }

      // The remembrance-day report exists in all four editions: each version names all four, and the default edition as x-default
      const versions = Object.fromEntries(
        editions.map((other) => [other.code, articleUrl(other.code, seedContent(other.code).articles.find((article) => article.translationKey === "t01")!.slug)]),
      );
      const t01 = byUrl.get(versions[code]!);
      expect(t01).toBeDefined();
      expect(t01!.alternates).toEqual({ ...versions, "x-default": versions[defaultEdition.code] });
    });
  }

  test("robots.txt lets crawlers in everywhere but /admin and names the sitemap index", async ({ page, baseURL }) => {
    const response = await page.request.get("/robots.txt");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("text/plain; charset=utf-8");
    const lines = (await response.text()).split("\n");
    expect(lines).toContain("User-agent: *");
    expect(lines).toContain("Disallow: /admin");
    expect(lines).toContain(`Sitemap: ${baseURL}/sitemap.xml`);
    expect((await page.request.get("/sitemaps/xx.xml")).status()).toBe(404);
    // The demo's editions fit in one sitemap file each: there is no second (tests/db/feeds-suite.ts makes one)
    for (const part of ["2", "1", "02"]) expect((await page.request.get(`/sitemaps/en/${part}.xml`)).status(), part).toBe(404);
  });
});
