import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { PageCache, storedPage } from "./page-cache.server";

const page = (text: string, bytes = text.length) => ({ ...storedPage(200, [["Content-Type", "text/html"], ["ETag", `"${text}"`]], Buffer.from(text), [], 0), bytes });

describe("the page cache", () => {
  it("keeps pages fresh for its time to live, then only as the last good copy", () => {
    let now = 0;
    const cache = new PageCache(1_000_000, 60_000, () => now);
    cache.set("/en", { ...page("home"), storedAt: now });
    expect(cache.get("/en")).toMatchObject({ fresh: true });
    now = 60_001;
    expect(cache.get("/en")).toMatchObject({ fresh: false, page: { variants: { identity: { body: Buffer.from("home") } } } });
  });

  it("forgets the least recently used pages beyond its memory bound, and never keeps one page larger than an eighth of it", () => {
    const cache = new PageCache(800, 60_000, () => 0);
    for (let n = 0; n < 8; n++) cache.set(`/p${n}`, page(`p${n}`, 100));
    cache.get("/p0");
    cache.set("/p8", page("p8", 100));
    expect(cache.get("/p1")).toBeUndefined();
    expect(cache.get("/p0")).toBeDefined();
    expect(cache.get("/p8")).toBeDefined();
    expect(cache.size).toBe(8);
    cache.set("/huge", page("huge", 101));
    expect(cache.get("/huge")).toBeUndefined();
  });

  it("empties on clear() and counts the clears, so a page rendered across one is not stored", () => {
    const cache = new PageCache(1_000_000, 60_000);
    cache.set("/en", page("home"));
    const before = cache.generation;
    cache.clear();
    expect(cache.size).toBe(0);
    expect(cache.generation).toBe(before + 1);
  });

  it("stores a page with its brotli copy and, once asked for, its gzip copy, each with its headers, made once and counted in the memory bound", () => {
    const cache = new PageCache(100_000, 60_000, () => 0);
    const text = "<p>Families of detainees gathered for a day of remembrance.</p>".repeat(200);
    const stored = storedPage(200, [["Content-Type", "text/html"], ["ETag", '"x"']], Buffer.from(text), [["X-Frame-Options", "DENY"]]);
    const { br, gzip, identity } = stored.variants;
    expect(brotliDecompressSync(br!.body).toString()).toBe(text);
    expect(gunzipSync(gzip!.body).toString()).toBe(text);
    expect(br!.headers).toEqual(["X-Frame-Options", "DENY", "Content-Type", "text/html", "ETag", '"x"', "Vary", "Accept-Encoding", "Content-Encoding", "br", "Content-Length", String(br!.body.length)]);
    expect(identity.headers).not.toContain("Content-Encoding");
    expect(stored.etag).toBe('"x"');
    // The gzip copy is made on first use, then kept; it is counted from the start at the brotli copy's size
    expect(stored.variants.gzip).toBe(gzip);
    expect(stored.bytes).toBe(text.length + 2 * br!.body.length);
    cache.set("/en/article", stored);
    // Filled past its bound by others, the cache forgets this page, copies and all
    for (let n = 0; n < 8; n++) cache.set(`/p${n}`, page(`p${n}`, 12_000));
    expect(cache.get("/en/article")).toBeUndefined();
  });

  it("forgets one edition's pages and the pages of no edition, keeping the other editions'", () => {
    const cache = new PageCache(1_000_000, 60_000, () => 0);
    const keys = [
      "https://example.org/en",
      "https://example.org/en/articles/x?page=2",
      "https://example.org/enx/y",
      "https://example.org/fa",
      "https://example.org/fa/articles/%D8%A7",
      "https://example.org/sitemap.xml",
      "https://example.org/sitemaps/fa/1.xml",
      "http://127.0.0.1:3000/en/search?q=a",
    ];
    for (const key of keys) cache.set(key, page(key));
    const generation = cache.generation;
    cache.forgetEdition("en");
    expect(cache.generation).toBe(generation + 1);
    expect(keys.filter((key) => cache.get(key) !== undefined)).toEqual(["https://example.org/fa", "https://example.org/fa/articles/%D8%A7"]);
  });

  it("keeps a short page without compressed copies", () => {
    expect(Object.keys(storedPage(200, [], Buffer.from("short")).variants)).toEqual(["identity"]);
  });
});
