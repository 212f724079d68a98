// What an attacker sends in headers cannot change what another reader receives: a page asked for with a
// forged Host (or X-Forwarded-Host, which this test server trusts from loopback) is never served to the
// next reader, and another site's form post is refused with the localized 403 page, never a 5xx.
import { readdirSync } from "node:fs";
import { request as httpRequest } from "node:http";
import { expect, test } from "@playwright/test";
import { articlePath, editions, publishedArticles, text } from "./fixtures";

interface RawAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A request with exactly these headers (Playwright's client would set Host itself) */
function raw(baseURL: string, method: string, path: string, headers: Record<string, string>, body?: string): Promise<RawAnswer> {
  const base = new URL(baseURL);
  return new Promise((resolve, reject) => {
    const request = httpRequest({ host: base.hostname, port: base.port, method, path, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString("utf8") }));
    });
    request.on("error", reject);
    request.end(body);
  });
}

const forgeries: Record<string, string>[] = [{ Host: "evil.example" }, { "X-Forwarded-Host": "evil.example:666" }];

test.describe("a forged host never reaches another reader", () => {
  // An article few other tests read (its address takes no query: an unknown one is redirected away)
  const article = publishedArticles("en")[17]!;
  const addresses = ["/robots.txt?forged", "/sitemap.xml?forged", "/en/feed.xml?forged", articlePath("en", article.slug)];
  for (const address of addresses) {
    test(`${address}: asked for with a forged host, then by a reader`, async ({ baseURL }) => {
      const host = new URL(baseURL!).host;
      for (const [index, forged] of forgeries.entries()) {
        // A query of its own where the address takes one, so that no earlier test's copy is in the page cache
        const path = address.endsWith("?forged") ? `${address}=${index}-${Date.now()}` : address;
        const poisoned = await raw(baseURL!, "GET", path, { Host: host, ...forged });
        expect(poisoned.status).toBe(200);
        // The forger's own answer names the forged host (so it was rendered for it)...
        expect(poisoned.body).toContain("evil.example");
        const reader = await raw(baseURL!, "GET", path, { Host: host });
        // ...and the next reader's does not
        expect(reader.status).toBe(200);
        expect(reader.body).not.toContain("evil.example");
        expect(reader.body).toContain(`http://${host}/`);
      }
    });
  }

  test("a Host that names no host is a 400, not an error of the server", async ({ baseURL }) => {
    for (const host of ["a b", "evil.example/path", "a@b"]) {
      const answer = await raw(baseURL!, "GET", "/en", { Host: host });
      expect(answer.status, host).toBe(400);
    }
  });
});

/** Every address of the editorial screens that takes a form, with an id that exists where one is needed */
function editorialFormAddresses(): string[] {
  // Each editorial screen is a flat-route folder, app/routes/admin.<screen>/route.tsx (docs/decisions/023)
  return readdirSync("app/routes", { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name.startsWith("admin."))
    .map((entry) => entry.name)
    .map((route) => `/${route.replace(/_index$/, "").replace(/\$id_?/g, "1").replace(/_(?=\.|$)/g, "").split(".").filter(Boolean).join("/")}`)
    .map((address) => address.replace(/\/$/, ""));
}

test.describe("another site's form post gets the localized 403 page", () => {
  for (const edition of editions) {
    const { code } = edition;
    const readerForms = [`/${code}/contact`, articlePath(code, publishedArticles(code)[0]!.slug)];
    test(`${code}: the contact and comment forms`, async ({ baseURL }) => {
      for (const address of readerForms) {
        const crossSiteHeaders: Record<string, string>[] = [{ Origin: "https://evil.example" }, { Origin: "null" }, { "Sec-Fetch-Site": "cross-site" }];
        for (const crossSite of crossSiteHeaders) {
          const answer = await raw(
            baseURL!,
            "POST",
            address,
            { Host: new URL(baseURL!).host, "Content-Type": "application/x-www-form-urlencoded", ...crossSite },
            "name=Reader&email=reader%40example.org&subject=Hello&message=Hello&body=Hello",
          );
          expect(answer.status, `${address} ${JSON.stringify(crossSite)}`).toBe(403);
          expect(answer.headers["cache-control"]).toBe("no-store");
          expect(answer.body).toContain(`<html lang="${code}" dir="${edition.dir}"`);
          expect(answer.body).toContain(text(code, "errors", "crossSite.title"));
        }
      }
    });
  }

  test("every editorial form, the sign-in first", async ({ baseURL }) => {
    const addresses = editorialFormAddresses();
    expect(addresses).toContain("/admin/sign-in");
    expect(addresses).toContain("/admin/articles/1");
    for (const address of addresses) {
      const answer = await raw(
        baseURL!,
        "POST",
        address,
        { Host: new URL(baseURL!).host, Origin: "https://evil.example", "Content-Type": "application/x-www-form-urlencoded" },
        "email=admin%40example.org&password=guess",
      );
      expect(answer.status, address).toBe(403);
      expect(answer.body, address).toContain(text("en", "errors", "crossSite.title"));
    }
  });

  test("a post from the site itself still reaches its form", async ({ baseURL }) => {
    const answer = await raw(
      baseURL!,
      "POST",
      "/en/contact",
      { Host: new URL(baseURL!).host, Origin: baseURL!, "Content-Type": "application/x-www-form-urlencoded" },
      "name=Reader",
    );
    // No CSRF token: the form's own refusal, not the cross-site one
    expect(answer.status).toBe(400);
    expect(answer.body).not.toContain(text("en", "errors", "crossSite.title"));
  });
});
