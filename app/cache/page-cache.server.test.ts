import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { PageCache } from "./page-cache.server";

const page = (text: string, bytes = text.length) => ({
  status: 200,
  headers: [["Content-Type", "text/html"]] as [string, string][],
  body: Buffer.from(text),
  encoded: {},
  etag: `"${text}"`,
  bytes,
  storedAt: 0,
});

describe("the page cache", () => {
  it("keeps pages fresh for its time to live, then only as the last good copy", () => {
    let now = 0;
    const cache = new PageCache(1_000_000, 60_000, () => now);
    cache.set("/en", { ...page("home"), storedAt: now });
    expect(cache.get("/en")).toMatchObject({ fresh: true });
    now = 60_001;
    expect(cache.get("/en")).toMatchObject({ fresh: false, page: { body: Buffer.from("home") } });
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

  it("makes each compressed copy of a page once, and counts it in the memory bound", () => {
    const cache = new PageCache(100_000, 60_000, () => 0);
    const text = "<p>Families of detainees gathered for a day of remembrance.</p>".repeat(200);
    const stored = page(text);
    cache.set("/en/article", stored);
    const brotli = cache.encoded("/en/article", stored, "br");
    expect(brotliDecompressSync(brotli).toString()).toBe(text);
    expect(cache.encoded("/en/article", stored, "br")).toBe(brotli);
    const gzip = cache.encoded("/en/article", stored, "gzip");
    expect(gunzipSync(gzip).toString()).toBe(text);
    expect(stored.bytes).toBe(text.length + brotli.length + gzip.length);
    // Filled past its bound by others, the cache forgets this page, copies and all
    for (let n = 0; n < 8; n++) cache.set(`/p${n}`, page(`p${n}`, 12_000));
    expect(cache.get("/en/article")).toBeUndefined();
  });
});
