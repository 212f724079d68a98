// What search engines and share previews see: one canonical URL per page (other forms answer 301),
// reciprocal hreflang alternates with x-default, Open Graph and Twitter cards, JSON-LD.
import { expect, test, type APIRequestContext } from "@playwright/test";
import { defaultEditionIdentity } from "../app/identity/site-identity";
import { articlePath, editions, escapeRegExp, readerPages, seedContent, text } from "./fixtures";

async function head(request: APIRequestContext, path: string, status = 200) {
  const response = await request.get(path);
  expect(response.status(), path).toBe(status);
  const html = await response.text();
  const attribute = (tag: string, name: string) => tag.match(new RegExp(`${name}="([^"]*)"`))?.[1];
  const links = [...html.matchAll(/<link [^>]*>/g)].map(([tag]) => tag);
  const metas = [...html.matchAll(/<meta [^>]*>/g)].map(([tag]) => tag);
  return {
    canonical: links.filter((tag) => tag.includes(`rel="canonical"`)).map((tag) => attribute(tag, "href")!),
    alternates: Object.fromEntries(
      links.filter((tag) => /hrefLang=/i.test(tag)).map((tag) => [attribute(tag, "hrefLang"), attribute(tag, "href")]),
    ) as Record<string, string>,
    meta: (key: string) => metas.filter((tag) => tag.includes(`"${key}"`)).map((tag) => attribute(tag, "content")),
    jsonLd: [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].map(([, json]) => JSON.parse(json!)),
  };
}

const pathOf = (url: string) => new URL(url).pathname;

test.describe("one canonical URL per page", () => {
  const translated = seedContent("fa").articles.find((article) => article.translationKey === "t01")!;
  // An Arabic slug with hamza or madda (أ آ) or an Albanian one with ë/ç has a different NFD form
  const [decomposable, decomposableEdition] = editions
    .flatMap((edition) => seedContent(edition.code).articles.filter((article) => !article.status).map((article) => [article, edition.code] as const))
    .find(([article]) => article.slug.normalize("NFD") !== article.slug.normalize("NFC"))!;

  for (const [form, variant, expected] of [
    ["a trailing slash", "/en/", "/en"],
    ["?page=1", "/en?page=1", "/en"],
    ["an unknown query parameter", "/en/articles?page=2&utm_source=x", "/en/articles?page=2"],
    ["an unknown parameter on a static page", "/sq/about?ref=menu", "/sq/about"],
    ["lower-case percent-encoding of a Persian slug", articlePath("fa", translated.slug).toLowerCase(), articlePath("fa", translated.slug)],
    [
      "a slug in Unicode NFD",
      `/${decomposableEdition}/articles/${encodeURIComponent(decomposable.slug.normalize("NFD"))}`,
      articlePath(decomposableEdition, decomposable.slug),
    ],
  ] as const) {
    test(`${form} answers 301 to the canonical form`, async ({ request }) => {
      const response = await request.get(variant, { maxRedirects: 0 });
      expect(response.status()).toBe(301);
      expect(new URL(response.headers()["location"]!, "http://x").pathname + new URL(response.headers()["location"]!, "http://x").search).toBe(expected);
    });
  }
});

for (const edition of editions) {
  test.describe(`${edition.nativeName} (${edition.code}) metadata`, () => {
    test("the home page names itself canonical and lists every edition's home with x-default", async ({ request }) => {
      const page = await head(request, `/${edition.code}`);
      expect(page.canonical.map(pathOf)).toEqual([`/${edition.code}`]);
      for (const other of editions) expect(pathOf(page.alternates[other.code]!)).toBe(`/${other.code}`);
      expect(pathOf(page.alternates["x-default"]!)).toBe("/en");
      expect(page.meta("og:locale")).toEqual([edition.ogLocale]);
      expect(page.meta("og:title")[0]).toContain(defaultEditionIdentity(edition.code).siteName);
    });

    test("a paginated listing is its own canonical page", async ({ request }) => {
      const page = await head(request, `/${edition.code}/articles?page=2`);
      expect(page.canonical.map(pathOf)).toEqual([`/${edition.code}/articles`]);
      expect(page.canonical[0]).toMatch(/\?page=2$/);
    });

    test("a translated article lists exactly its translations, reciprocally, with NewsArticle and BreadcrumbList", async ({ request }) => {
      const article = seedContent(edition.code).articles.find((candidate) => candidate.translationKey === "t01")!;
      const page = await head(request, articlePath(edition.code, article.slug));
      expect(decodeURIComponent(pathOf(page.canonical[0]!))).toBe(`/${edition.code}/articles/${article.slug}`);
      expect(Object.keys(page.alternates).sort()).toEqual([...editions.map((other) => other.code), "x-default"].sort());
      // Reciprocal: each translation points back to this article
      for (const other of editions.filter((candidate) => candidate.code !== edition.code)) {
        const back = await head(request, pathOf(page.alternates[other.code]!));
        expect(back.alternates[edition.code]).toBe(page.canonical[0]);
      }
      expect(page.meta("og:type")).toEqual(["article"]);
      expect(pathOf(page.meta("og:image")[0]!)).toMatch(new RegExp(`^/share-cards${escapeRegExp(pathOf(page.canonical[0]!))}/[0-9a-f]{16}\\.jpg$`));
      expect(page.meta("og:image:alt")[0]).toBe(article.cover!.alt);
      expect(page.meta("og:locale:alternate").sort()).toEqual(editions.filter((other) => other.code !== edition.code).map((other) => other.ogLocale).sort());
      const newsArticle = page.jsonLd.find((document) => document["@type"] === "NewsArticle");
      expect(newsArticle).toMatchObject({
        headline: article.title,
        inLanguage: edition.code,
        author: { "@type": "Person", name: seedContent(edition.code).authors[article.author].name },
        publisher: { "@type": "Organization", name: defaultEditionIdentity(edition.code).siteName },
      });
      expect(Date.parse(newsArticle.datePublished)).not.toBeNaN();
      const breadcrumbs = page.jsonLd.find((document) => document["@type"] === "BreadcrumbList");
      expect(breadcrumbs.itemListElement.map((item: { name: string }) => item.name)).toEqual([
        defaultEditionIdentity(edition.code).siteName,
        seedContent(edition.code).categories[article.category].name,
        article.title,
      ]);
    });

    test("an article in this edition only has no hreflang alternates", async ({ request }) => {
      const article = seedContent(edition.code).articles.find((candidate) => !candidate.translationKey && !candidate.status)!;
      const page = await head(request, articlePath(edition.code, article.slug));
      expect(page.alternates).toEqual({});
      expect(page.meta("og:locale:alternate")).toEqual([]);
    });
  });
}

/** The width and height in a JPEG's start-of-frame segment */
function jpegSize(bytes: Buffer): { width: number; height: number } | undefined {
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) return undefined;
  for (let at = 2; at + 9 < bytes.length; at += 2 + bytes.readUInt16BE(at + 2)) {
    const marker = bytes[at + 1]!;
    if (marker >= 0xc0 && marker <= 0xc3) return { height: bytes.readUInt16BE(at + 5), width: bytes.readUInt16BE(at + 7) };
  }
  return undefined;
}

test("every reader page has a description, and articles, media and publications a JPEG share card of 1200×630 that platforms can show", async ({ request }) => {
  for (const edition of editions) {
    for (const { name, path } of readerPages(edition.code).filter((page) => page.name !== "the 404 page")) {
      const page = await head(request, path);
      expect(page.meta("description")[0]?.trim(), `${edition.code}: ${name}`).toBeTruthy();
      if (!["an article", "a gallery", "a publication"].includes(name)) continue;
      expect(page.meta("og:image:width"), `${edition.code}: ${name}`).toEqual(["1200"]);
      expect(page.meta("og:image:height")).toEqual(["630"]);
      expect(page.meta("og:image:alt")[0]).toBeTruthy();
      const card = await request.get(pathOf(page.meta("og:image")[0]!));
      expect(card.status(), page.meta("og:image")[0]).toBe(200);
      expect(card.headers()["content-type"]).toBe("image/jpeg");
      expect(card.headers()["cache-control"]).toContain("immutable");
      expect(jpegSize(await card.body())).toEqual({ width: 1200, height: 630 });
    }
  }
  // An item no edition has
  expect((await request.get("/share-cards/fa/articles/no-such-article/0123456789abcdef.jpg")).status()).toBe(404);
});

test("error pages describe themselves in the edition's language, as shared links to a removed page show", async ({ request }) => {
  for (const edition of editions) {
    const notFound = await head(request, `/${edition.code}/articles/no-such-article-${edition.code}`, 404);
    expect(notFound.meta("description"), edition.code).toEqual([text(edition.code, "errors", "notFound.message")]);
    // An address that cannot be decoded: the 400 page
    const badRequest = await head(request, `/${edition.code}/articles/%E0%A4%A`, 400);
    expect(badRequest.meta("description"), edition.code).toEqual([text(edition.code, "errors", "badRequest.message")]);
  }
});
