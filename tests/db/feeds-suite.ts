// The RSS feeds, sitemaps and robots.txt as a feed reader or a crawler gets them: each route's loader
// answers a real Request against a freshly seeded database, and a real XML parser reads the answer.
// Run on each driver from pglite.test.ts and postgres.test.ts, like database-suite.ts.
import { eq, sql } from "drizzle-orm";
import { defaultEditionIdentity } from "~/identity/site-identity";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseConnection } from "~/db/client.server";
import { articles, authors, categories } from "~/db/schema";
import { demoContent } from "~/db/seed/content";
import { seedDemoContent } from "~/db/seed/seed.server";
import type { EditionContent, SeedArticle } from "~/db/seed/types";
import { defaultEdition, editions } from "~/editions";
import { loader as categoryFeedLoader } from "~/routes/$lang.categories.$slug.feed[.]xml";
import { loader as editionFeedLoader } from "~/routes/$lang.feed[.]xml";
import { loader as seriesFeedLoader } from "~/routes/$lang.series.$slug.feed[.]xml";
import { loader as robotsLoader } from "~/routes/robots[.]txt";
import { loader as sitemapIndexLoader } from "~/routes/sitemap[.]xml";
import { loader as editionSitemapLoader } from "~/routes/sitemaps.$lang[.]xml";
import { loader as editionSitemapPartLoader } from "~/routes/sitemaps.$lang.$part[.]xml";
import { renderMarkdown } from "~/utils/markdown.server";
import { absolutizeUrls } from "~/xml/absolute-urls";
import { reloadEnvironment } from "~/env.server";

const origin = "https://news.example";
const hour = 3_600_000;
const rfc822 = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/;
const w3cDatetime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;

type Loader = (args: { request: Request; params: Record<string, string>; context: { clientAddress: string } }) => unknown;

/** What the route answers, thrown 404s included */
async function fetchFrom(loader: Loader, path: string, params: Record<string, string> = {}): Promise<Response> {
  try {
    return (await loader({ request: new Request(`${origin}${path}`), params, context: { clientAddress: "127.0.0.1" } })) as Response;
  } catch (thrown) {
    if (thrown instanceof Response) return thrown;
    throw thrown;
  }
}

type XmlNode = Record<string, unknown>;
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  parseTagValue: false,
  isArray: (name) => ["item", "url", "sitemap", "xhtml:link", "category"].includes(name),
});

/** Parses with a real XML parser after checking the document is well-formed */
function parseXml(xml: string): XmlNode {
  expect(XMLValidator.validate(xml)).toBe(true);
  return parser.parse(xml) as XmlNode;
}

/** Text of an element that may carry attributes */
function textOf(node: unknown): string {
  return typeof node === "object" && node !== null ? String((node as XmlNode)["#text"] ?? "") : String(node ?? "");
}

function escapeXml(text: string): string {
  const entities: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };
  return text.replace(/[&<>"']/g, (character) => entities[character]!);
}

function seed(edition: string): EditionContent {
  return demoContent[edition]!;
}

/** Visible in the demo: published, newest first */
function publishedSeed(edition: string): SeedArticle[] {
  return seed(edition)
    .articles.filter((article) => (article.status ?? "published") === "published" && article.hoursAgo >= 0)
    .sort((a, b) => a.hoursAgo - b.hoursAgo);
}

function hiddenSeed(edition: string): SeedArticle[] {
  return seed(edition).articles.filter((article) => (article.status ?? "published") !== "published");
}

const articleUrl = (edition: string, slug: string) => `${origin}/${edition}/articles/${encodeURIComponent(slug.normalize("NFC"))}`;

/** The site's name in an edition no admin has changed (the feeds suite's database has no identity rows) */
async function brandOf(edition: string): Promise<string> {
  return defaultEditionIdentity(edition).siteName;
}

async function feedOf(path: string, loader: Loader, params: Record<string, string>) {
  const response = await fetchFrom(loader, path, params);
  expect(response.status, path).toBe(200);
  const xml = await response.text();
  const rss = parseXml(xml).rss as XmlNode;
  const channel = rss.channel as XmlNode;
  return { response, xml, rss, channel, items: (channel.item ?? []) as XmlNode[] };
}

/** Every `<url>` of an edition's sitemap by its address */
async function sitemapOf(edition: string): Promise<Map<string, XmlNode>> {
  const response = await fetchFrom(editionSitemapLoader, `/sitemaps/${edition}.xml`, { lang: edition });
  expect(response.status).toBe(200);
  expect(response.headers.get("Content-Type")).toBe("application/xml; charset=utf-8");
  const urlset = parseXml(await response.text()).urlset as XmlNode;
  expect(urlset["@xmlns"]).toBe("http://www.sitemaps.org/schemas/sitemap/0.9");
  return new Map(((urlset.url ?? []) as XmlNode[]).map((url) => [String(url.loc), url]));
}

function alternatesOf(url: XmlNode): Record<string, string> {
  const links = (url["xhtml:link"] ?? []) as XmlNode[];
  for (const link of links) expect(link["@rel"]).toBe("alternate");
  return Object.fromEntries(links.map((link) => [String(link["@hreflang"]), String(link["@href"])]));
}

/** A PostgreSQL database of its own for the suite, at `databaseName` on the server (the name may be reused after it is dropped) */
export function postgresTestDatabase(serverUrl: string, databaseName: string): [() => Promise<DatabaseConnection>, () => Promise<void>] {
  let admin: postgres.Sql | undefined;
  return [
    async () => {
      admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
      await admin.unsafe(`create database ${databaseName}`);
      const url = new URL(serverUrl);
      url.pathname = `/${databaseName}`;
      process.env.DATABASE_URL = url.toString();
      process.env.SEED_DEMO_CONTENT = "never";
      reloadEnvironment();
      return (await import("~/db/database.server")).startDatabase();
    },
    async () => {
      await (await import("~/db/database.server")).stopDatabase();
      await admin?.unsafe(`drop database if exists ${databaseName} with (force)`);
      await admin?.end();
    },
  ];
}

/** `connect` opens a fresh, empty database and points the app's model layer at it */
export function feedsSuite(driver: string, connect: () => Promise<DatabaseConnection>, disconnect: () => Promise<void>) {
  describe(`feeds, sitemaps and robots.txt on ${driver}`, () => {
    let connection: DatabaseConnection;
    const now = new Date();
    beforeAll(async () => {
      connection = await connect();
      // Starts from the demo content seeded at a known moment, whatever an earlier suite left behind
      const result = await connection.db.execute<{ tablename: string }>(sql`select tablename from pg_tables where schemaname = 'public'`);
      const tables = (Array.isArray(result) ? result : (result as { rows: { tablename: string }[] }).rows).map((row) => `"${row.tablename}"`);
      await connection.db.execute(sql.raw(`truncate table ${tables.join(", ")} restart identity cascade`));
      expect(await seedDemoContent(connection.db, demoContent, now)).toBe(true);
    });
    afterAll(disconnect);

    describe.each(editions.map((edition) => [edition.code, edition] as const))("the %s edition", (code, edition) => {
      it("has a feed of its 20 newest articles, valid RSS 2.0 in its own language", async () => {
        const { response, xml, rss, channel, items } = await feedOf(`/${code}/feed.xml`, editionFeedLoader, { lang: code });
        expect(response.headers.get("Content-Type")).toBe("application/rss+xml; charset=utf-8");
        expect(response.headers.get("Cache-Control")).toBe("public, max-age=300, stale-while-revalidate=3600");
        expect(rss["@version"]).toBe("2.0");
        expect(channel.language).toBe(code);
        expect(channel.title).toBe(await brandOf(code));
        expect(channel.description).toBe(defaultEditionIdentity(code).tagline);
        expect(channel.link).toBe(`${origin}/${code}`);
        expect(channel["atom:link"]).toMatchObject({ "@rel": "self", "@href": `${origin}/${code}/feed.xml` });
        expect(String(channel.lastBuildDate)).toMatch(rfc822);

        const expected = publishedSeed(code).slice(0, 20);
        expect(items).toHaveLength(20);
        const content = seed(code);
        items.forEach((item, index) => {
          const article = expected[index]!;
          const link = articleUrl(code, article.slug);
          expect(item.title).toBe(article.title);
          expect(item.link).toBe(link);
          expect(item.guid).toEqual({ "#text": link, "@isPermaLink": "true" });
          expect(item["dc:creator"]).toBe(content.authors[article.author].name);
          expect(textOf((item.category as unknown[])[0])).toBe(content.categories[article.category].name);
          expect(item.description).toBe(article.excerpt);
          expect(String(item.pubDate)).toMatch(rfc822);
          expect(item.pubDate).toBe(new Date(now.getTime() - article.hoursAgo * hour).toUTCString());
          // The full text: the article page's own sanitized HTML, its images pointing at the site
          const html = String(item["content:encoded"]);
          expect(html).toBe(absolutizeUrls(renderMarkdown(article.body.trim()), origin).trim());
          expect(html).not.toMatch(/\s(src|href)="\/(?!\/)/);
          // Written as characters in UTF-8, never as numeric references: Persian and Arabic titles read intact
          expect(xml).toContain(`<title>${escapeXml(article.title)}</title>`);
        });
        expect(xml).not.toMatch(/&#x?[0-9a-f]+;/i);
        for (const article of hiddenSeed(code)) {
          expect(items.map((item) => item.title)).not.toContain(article.title);
        }
      });

      it(`has a feed per category and per series, named after it and the brand (${edition.nativeName})`, async () => {
        const content = seed(code);
        const brand = await brandOf(code);
        for (const [key, category] of Object.entries(content.categories)) {
          const { channel, items } = await feedOf(`/${code}/categories/${category.slug}/feed.xml`, categoryFeedLoader, {
            lang: code,
            slug: category.slug,
          });
          expect(channel.title).toBe(`${category.name} | ${brand}`);
          expect(channel.language).toBe(code);
          expect(channel.link).toBe(`${origin}/${code}/categories/${encodeURIComponent(category.slug)}`);
          const expected = publishedSeed(code).filter((article) => article.category === key).slice(0, 20);
          expect(items.map((item) => item.title)).toEqual(expected.map((article) => article.title));
        }
        const digest = content.series["weekly-digest"];
        const { channel, items } = await feedOf(`/${code}/series/${digest.slug}/feed.xml`, seriesFeedLoader, { lang: code, slug: digest.slug });
        expect(channel.title).toBe(`${digest.title} | ${brand}`);
        expect(items.map((item) => item.title)).toEqual(
          publishedSeed(code).filter((article) => article.series === "weekly-digest").map((article) => article.title),
        );
        expect(items).toHaveLength(6);
      });

      it("has a sitemap of its home, archive, visible articles and categories, with lastmod", async () => {
        const urls = await sitemapOf(code);
        expect(urls.has(`${origin}/${code}`)).toBe(true);
        expect(urls.has(`${origin}/${code}/articles`)).toBe(true);
        const published = publishedSeed(code);
        for (const article of published) {
          const url = urls.get(articleUrl(code, article.slug));
          expect(url, article.slug).toBeDefined();
          expect(String(url!.lastmod)).toMatch(w3cDatetime);
          const publishedAt = new Date(now.getTime() - article.hoursAgo * hour);
          expect(Math.abs(Date.parse(String(url!.lastmod)) - publishedAt.getTime())).toBeLessThan(1_000);
        }
        for (const article of hiddenSeed(code)) expect(urls.has(articleUrl(code, article.slug)), article.slug).toBe(false);
        for (const category of Object.values(seed(code).categories)) {
          expect(urls.has(`${origin}/${code}/categories/${encodeURIComponent(category.slug)}`), category.slug).toBe(true);
        }
        expect(urls.size).toBe(2 + published.length + Object.keys(seed(code).categories).length);
      });
    });

    it("divides an edition's articles into sitemap parts, newest first, none left out or listed twice", async () => {
      const { editionSitemapFacts, sitemapArticles } = await import("~/models/sitemap.server");
      const perPart = 3;
      for (const { code } of editions) {
        const published = publishedSeed(code);
        const { parts } = (await editionSitemapFacts(perPart)).get(code)!;
        expect(parts, code).toBe(Math.ceil(published.length / perPart));
        const listed: string[] = [];
        // One part more than there are: empty
        for (let part = 1; part <= parts + 1; part++) {
          const inPart = await sitemapArticles(code, part, perPart);
          expect(inPart.length, `${code} part ${part}`).toBe(part <= parts ? Math.min(perPart, published.length - (part - 1) * perPart) : 0);
          listed.push(...inPart.map((article) => article.slug));
        }
        // The order of one part holding them all, and exactly the visible articles
        expect(listed).toEqual((await sitemapArticles(code, 1, 1_000)).map((article) => article.slug));
        expect([...listed].sort()).toEqual(published.map((article) => article.slug).sort());
      }
    });

    it("links the translations of an article to each other in every edition's sitemap, with English as x-default", async () => {
      const versions = Object.fromEntries(
        editions.map((edition) => [edition.code, articleUrl(edition.code, seed(edition.code).articles.find((a) => a.translationKey === "t01")!.slug)]),
      );
      for (const edition of editions) {
        const url = (await sitemapOf(edition.code)).get(versions[edition.code]!);
        expect(url, edition.code).toBeDefined();
        expect(alternatesOf(url!)).toEqual({ ...versions, "x-default": versions[defaultEdition.code] });
      }
    });

    it("gives an article in one edition only itself as its alternate and x-default", async () => {
      const own = publishedSeed("fa").find((article) => !article.translationKey)!;
      const url = (await sitemapOf("fa")).get(articleUrl("fa", own.slug))!;
      expect(alternatesOf(url)).toEqual({ fa: articleUrl("fa", own.slug), "x-default": articleUrl("fa", own.slug) });
    });

    it("lists one sitemap per edition in the sitemap index", async () => {
      const response = await fetchFrom(sitemapIndexLoader, "/sitemap.xml");
      expect(response.headers.get("Content-Type")).toBe("application/xml; charset=utf-8");
      const index = parseXml(await response.text()).sitemapindex as XmlNode;
      const sitemaps = index.sitemap as XmlNode[];
      expect(sitemaps.map((sitemap) => sitemap.loc)).toEqual(editions.map((edition) => `${origin}/sitemaps/${edition.code}.xml`));
      for (const sitemap of sitemaps) expect(String(sitemap.lastmod)).toMatch(w3cDatetime);
    });

    it("tells crawlers where the sitemap is and keeps them out of /admin", async () => {
      const response = await fetchFrom(robotsLoader, "/robots.txt");
      expect(response.headers.get("Content-Type")).toBe("text/plain; charset=utf-8");
      const lines = (await response.text()).split("\n");
      expect(lines).toContain("User-agent: *");
      expect(lines).toContain("Disallow: /admin");
      expect(lines).toContain(`Sitemap: ${origin}/sitemap.xml`);
    });

    it("answers 404 for an unknown edition, category or series", async () => {
      expect((await fetchFrom(editionFeedLoader, "/xx/feed.xml", { lang: "xx" })).status).toBe(404);
      expect((await fetchFrom(categoryFeedLoader, "/en/categories/nothing-here/feed.xml", { lang: "en", slug: "nothing-here" })).status).toBe(404);
      // A category slug of another edition is not this edition's
      const persianSlug = seed("fa").categories.news.slug;
      expect((await fetchFrom(categoryFeedLoader, `/en/categories/x/feed.xml`, { lang: "en", slug: persianSlug })).status).toBe(404);
      expect((await fetchFrom(seriesFeedLoader, "/en/series/nothing/feed.xml", { lang: "en", slug: "nothing" })).status).toBe(404);
      expect((await fetchFrom(categoryFeedLoader, "/xx/categories/news/feed.xml", { lang: "xx", slug: "news" })).status).toBe(404);
      expect((await fetchFrom(editionSitemapLoader, "/sitemaps/xx.xml", { lang: "xx" })).status).toBe(404);
    });

    it("gives an edition more articles than one sitemap file holds further files, listed in the index", async () => {
      const { articlesPerSitemap } = await import("~/models/sitemap.server");
      const published = publishedSeed("en");
      // An archive: as many English articles as one file holds, all older than the demo's
      await connection.db.execute(sql`
        insert into articles (edition, slug, title, body, category_id, author_id, status, published_at)
        select 'en', 'archived-' || n, 'Archived ' || n, 'Text.', a.category_id, a.author_id, 'published', now() - interval '1000 days' - make_interval(secs => n)
        from generate_series(1, ${articlesPerSitemap}) as n, (select category_id, author_id from articles where edition = 'en' limit 1) as a`);
      try {
        const index = parseXml(await (await fetchFrom(sitemapIndexLoader, "/sitemap.xml")).text()).sitemapindex as XmlNode;
        expect((index.sitemap as XmlNode[]).map((sitemap) => sitemap.loc)).toEqual(
          editions.flatMap((edition) =>
            edition.code === "en" ? [`${origin}/sitemaps/en.xml`, `${origin}/sitemaps/en/2.xml`] : [`${origin}/sitemaps/${edition.code}.xml`],
          ),
        );
        // The first file: the other pages and the newest articles, as many as a file holds
        const first = await sitemapOf("en");
        expect(first.size).toBe(2 + Object.keys(seed("en").categories).length + articlesPerSitemap);
        for (const article of published) expect(first.has(articleUrl("en", article.slug)), article.slug).toBe(true);
        // The second: the oldest articles, the rest of the archive
        const response = await fetchFrom(editionSitemapPartLoader, "/sitemaps/en/2.xml", { lang: "en", part: "2" });
        expect(response.status).toBe(200);
        expect(XMLValidator.validate(await response.clone().text())).toBe(true);
        const urlset = parseXml(await response.text()).urlset as XmlNode;
        const locs = (urlset.url as XmlNode[]).map((url) => url.loc);
        expect(locs).toEqual(
          Array.from({ length: published.length }, (_, index) => articleUrl("en", `archived-${articlesPerSitemap - published.length + 1 + index}`)),
        );
        // No third file, no other spelling of the second, and the first has one address only
        for (const part of ["3", "02", "1", "2.0", "x"]) {
          expect((await fetchFrom(editionSitemapPartLoader, `/sitemaps/en/${part}.xml`, { lang: "en", part })).status, part).toBe(404);
        }
        expect((await fetchFrom(editionSitemapPartLoader, "/sitemaps/fa/2.xml", { lang: "fa", part: "2" })).status).toBe(404);
      } finally {
        await connection.db.execute(sql`delete from articles where slug like 'archived-%'`);
      }
    });

    it("keeps the feed valid when an article holds ]]>, &, quotes, markup and control characters", async () => {
      const [category] = await connection.db.select({ id: categories.id }).from(categories).where(eq(categories.key, "news"));
      const [author] = await connection.db.select({ id: authors.id }).from(authors).limit(1);
      const title = `Q&A: "bread" <costs> ]]> more — نان گران‌تر شد & الخبز`;
      const body = [
        "Traders said prices rose by 40% & more ]]> in a week.",
        "",
        "A literal CDATA end ]]> and ]]]]> and <![CDATA[ inside, <script>alert(1)</script> and a bell \u0007 character.",
        "",
        "![Stalls at dawn](/images/demo/market.svg \"Stalls & shoppers\")",
      ].join("\n");
      const [inserted] = await connection.db
        .insert(articles)
        .values({
          edition: "en",
          slug: "escaping-test",
          title,
          excerpt: 'An "excerpt" with & and < and ]]>',
          body,
          categoryId: category!.id,
          authorId: author!.id,
          status: "published",
          publishedAt: new Date(now.getTime() - 60_000),
        })
        .returning({ id: articles.id });
      try {
        for (const [path, loader, params] of [
          ["/en/feed.xml", editionFeedLoader, { lang: "en" }],
          [`/en/categories/${seed("en").categories.news.slug}/feed.xml`, categoryFeedLoader, { lang: "en", slug: seed("en").categories.news.slug }],
        ] as const) {
          const { xml, items } = await feedOf(path, loader, params);
          expect(xml).not.toContain("\u0007");
          const item = items[0]!;
          expect(item.title).toBe(title);
          expect(item.description).toBe('An "excerpt" with & and < and ]]>');
          const html = String(item["content:encoded"]);
          expect(html).toContain("40% &amp; more ]]&gt; in a week");
          expect(html).toContain("A literal CDATA end ]]&gt; and ]]]]&gt; and &lt;![CDATA[ inside");
          expect(html).not.toContain("<script");
          expect(html).toContain(`src="${origin}/images/demo/market.svg"`);
          expect(html).toContain("<figcaption>Stalls &amp; shoppers</figcaption>");
        }
      } finally {
        await connection.db.delete(articles).where(eq(articles.id, inserted!.id));
      }
    });
  });
}
