// HTTP caching and compression (app/http/caching-policy.ts, answer.server.ts; app/routing/cache-control.ts): reader pages may be kept by
// any cache and revalidated with an ETag; pages with a CSRF token are never stored; text is compressed.
import { expect, test, type APIRequestContext } from "@playwright/test";
import { articlePath, editions, publishedArticles, seedContent } from "./fixtures";

const readerCacheControl = "public, max-age=60, stale-while-revalidate=600";

/** Reader pages of an edition: the same for every reader */
function readerPages(code: string): string[] {
  const content = seedContent(code);
  const slug = (value: string) => encodeURIComponent(value.normalize("NFC"));
  return [
    `/${code}`,
    `/${code}/articles`,
    `/${code}/articles?page=2`,
    `/${code}/categories/${slug(Object.values(content.categories)[0]!.slug)}`,
    `/${code}/authors/${slug(Object.values(content.authors)[0]!.slug)}`,
    `/${code}/series/${slug(Object.values(content.series)[0]!.slug)}`,
    `/${code}/about`,
    `/${code}/media/photos`,
    `/${code}/publications/newsletter`,
    `/${code}/search?q=a`,
  ];
}

/** A GET that reports redirects instead of following them */
async function get(request: APIRequestContext, path: string, headers: Record<string, string> = {}) {
  return request.get(path, { headers, maxRedirects: 0 });
}

for (const { code } of editions) {
  test.describe(`${code}: HTTP caching`, () => {
    test("reader pages are public, carry an ETag and set no cookie", async ({ request }) => {
      for (const path of readerPages(code)) {
        const response = await get(request, path);
        expect(response.status(), path).toBe(200);
        const headers = response.headers();
        expect(headers["cache-control"], path).toBe(readerCacheControl);
        expect(headers["etag"], path).toMatch(/^"[\w-]{27}"$/);
        expect(headers["set-cookie"], path).toBeUndefined();
      }
    });

    test("a second request with the ETag in If-None-Match gets 304 without a body", async ({ request }) => {
      // The about page does not depend on the clock (listings render "3 hours ago" against the request time)
      const path = `/${code}/about`;
      const first = await get(request, path);
      const etag = first.headers()["etag"]!;
      expect(etag).toBeTruthy();
      const second = await get(request, path, { "If-None-Match": etag });
      expect(second.status()).toBe(304);
      expect((await second.body()).length).toBe(0);
      expect(second.headers()["etag"]).toBe(etag);
      // The kept copy keeps its own Content-Security-Policy, whose nonce matches its scripts
      expect(second.headers()["content-security-policy"]).toBeUndefined();
      // A stale or foreign validator gets the whole page again
      const other = await get(request, path, { "If-None-Match": '"not-this-one"' });
      expect(other.status()).toBe(200);
      expect((await other.text()).length).toBeGreaterThan(1000);
    });

    test("nothing reader-specific is rendered into a reader page", async ({ request }) => {
      // Another reader, with the edition cookie, a CSRF cookie and other languages, gets the same bytes
      const path = `/${code}/about`;
      const plain = await get(request, path);
      const other = await get(request, path, {
        Cookie: "lng=ImFyIg%3D%3D; csrf=someone-else",
        "Accept-Language": "ar, fa;q=0.8",
      });
      expect(other.headers()["etag"]).toBe(plain.headers()["etag"]);
      expect(other.headers()["set-cookie"]).toBeUndefined();
    });

    test("the contact page, which carries a CSRF token, is never stored; an article page with its comment form is shared", async ({ request }) => {
      const contact = await get(request, `/${code}/contact`);
      expect(contact.status()).toBe(200);
      expect(contact.headers()["cache-control"]).toBe("no-store");
      expect(contact.headers()["etag"]).toBeUndefined();

      // The comment form needs no per-reader token (csrf.server.ts requireSameOriginPost)
      const path = articlePath(code, publishedArticles(code)[0]!.slug);
      const article = await get(request, path);
      expect(article.status(), path).toBe(200);
      expect(article.headers()["cache-control"], path).toBe("public, max-age=60, stale-while-revalidate=600");
      expect(article.headers()["set-cookie"], path).toBeUndefined();
      expect(await article.text(), path).not.toContain('name="csrf"');
    });

    test("a missing page is cached briefly, the health check not at all", async ({ request }) => {
      const missing = await get(request, `/${code}/articles/no-such-article-here`);
      expect(missing.status()).toBe(404);
      expect(missing.headers()["cache-control"]).toBe("public, max-age=60");
      const health = await get(request, "/healthz");
      expect(health.headers()["cache-control"]).toBe("no-store");
    });
  });
}

test.describe("compression", () => {
  for (const encoding of ["br", "gzip"]) {
    test(`HTML and feeds are sent with ${encoding} when asked, varying on Accept-Encoding`, async ({ request }) => {
      for (const path of ["/en", "/fa/feed.xml"]) {
        const identity = await get(request, path, { "Accept-Encoding": "identity" });
        expect(identity.headers()["content-encoding"], path).toBeUndefined();
        const compressed = await get(request, path, { "Accept-Encoding": encoding });
        expect(compressed.status(), path).toBe(200);
        expect(compressed.headers()["content-encoding"], path).toBe(encoding);
        expect(compressed.headers()["vary"], path).toMatch(/Accept-Encoding/i);
        expect(compressed.headers()["etag"], path).toMatch(/^"[\w-]{27}"$/);
      }
    });
  }

  test("the ETag is that of the page, whichever encoding carries it", async ({ request }) => {
    const path = "/en/about";
    const identity = await get(request, path, { "Accept-Encoding": "identity" });
    const brotli = await get(request, path, { "Accept-Encoding": "br" });
    expect(brotli.headers()["etag"]).toBe(identity.headers()["etag"]);
    const revalidated = await get(request, path, { "Accept-Encoding": "br", "If-None-Match": identity.headers()["etag"]! });
    expect(revalidated.status()).toBe(304);
  });
});

test("content-hashed bundles are immutable for a year, and compressed", async ({ request }) => {
  const html = await (await get(request, "/en")).text();
  const bundle = html.match(/\/build\/[^"]+\.js/)?.[0];
  expect(bundle).toBeTruthy();
  const response = await get(request, bundle!, { "Accept-Encoding": "br" });
  expect(response.status()).toBe(200);
  expect(response.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
  expect(response.headers()["content-encoding"]).toBe("br");
});
