// The small steps of the HTTP layer, each on its own (site.server.ts composes them)
import { describe, expect, it } from "vitest";
import { workerCount } from "./cluster.server";
import { addressTooLong, guardedUrl } from "./path-guard.server";
import { contentSecurityPolicy, perAnswerSecurityHeaders } from "./security-headers.server";
import { withoutTrailingSlash } from "./trailing-slash.server";

describe("the path guard", () => {
  it("leaves ordinary and malformed addresses to the app, and encodes twice what the router would choke on", () => {
    expect(guardedUrl("/fa/articles/%D8%B3%D9%84%D8%A7%D9%85?page=2")).toBe("/fa/articles/%D8%B3%D9%84%D8%A7%D9%85?page=2");
    expect(guardedUrl("/en/categories/%ZZ")).toBe("/en/categories/%ZZ");
    expect(guardedUrl("/%5C")).toBe("/%255C");
    expect(guardedUrl("/a/%00?q=1")).toBe("/a%252F%2500?q=1");
    expect(guardedUrl("/%0D/%c9%F0/.%2e/x")).toBe(`/${encodeURIComponent(encodeURIComponent("\r/x"))}`);
  });

  it("knows an address longer than any page's", () => {
    expect(addressTooLong(`/en/search?q=${"a".repeat(8_200)}`)).toBe(true);
    expect(addressTooLong("/en")).toBe(false);
  });
});

describe("the trailing-slash redirect", () => {
  it("drops the trailing slash, keeps the query, and never leads off the site", () => {
    expect(withoutTrailingSlash("/en/", "/en/?page=2")).toBe("/en?page=2");
    expect(withoutTrailingSlash("//evil.example/", "//evil.example/")).toBe("/evil.example");
    expect(withoutTrailingSlash("/\\evil.example/", "/\\evil.example/")).toBe("/evil.example");
    expect(withoutTrailingSlash("/", "/")).toBeUndefined();
    expect(withoutTrailingSlash("/en", "/en")).toBeUndefined();
  });
});

describe("the security headers", () => {
  it("give each answer its nonce, sandbox stored files, and send HSTS over HTTPS only when on", () => {
    expect(contentSecurityPolicy("abc")).toContain("script-src 'self' 'nonce-abc';");
    expect(contentSecurityPolicy("abc")).not.toContain("sandbox");
    expect(contentSecurityPolicy("abc", true)).toMatch(/;sandbox$/);
    const names = (options: { secure: boolean; hsts: boolean }) => perAnswerSecurityHeaders("n", { storedFile: false, ...options }).map(([name]) => name);
    expect(names({ secure: true, hsts: true })).toContain("Strict-Transport-Security");
    expect(names({ secure: false, hsts: true })).not.toContain("Strict-Transport-Security");
    expect(names({ secure: true, hsts: false })).not.toContain("Strict-Transport-Security");
  });
});

describe("the cluster", () => {
  it("runs one process on the embedded database or in development, else WEB_CONCURRENCY or one per core", () => {
    expect(workerCount({ DATABASE_URL: undefined, WEB_CONCURRENCY: 4, NODE_ENV: "production" })).toBe(1);
    expect(workerCount({ DATABASE_URL: "postgres://db/x", WEB_CONCURRENCY: 3, NODE_ENV: "production" })).toBe(3);
    expect(workerCount({ DATABASE_URL: "postgres://db/x", WEB_CONCURRENCY: 3, NODE_ENV: "development" })).toBe(1);
    expect(workerCount({ DATABASE_URL: "postgres://db/x", WEB_CONCURRENCY: undefined, NODE_ENV: "production" })).toBeGreaterThanOrEqual(1);
  });
});
