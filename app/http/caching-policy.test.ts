import { describe, expect, it } from "vitest";
import { carriesEtag, finalCacheControl, notModified, pageCacheMayKeep, pageCacheMayServe, readerCacheControl } from "./caching-policy";

const answer = { status: 200, cacheControl: readerCacheControl, setsCookie: false, pseudoLocale: false };

describe("the caching policy", () => {
  it("keeps a reader page's policy, stores no server error, keeps a missing page a minute, and no other client error", () => {
    expect(finalCacheControl(answer)).toBe(readerCacheControl);
    expect(finalCacheControl({ ...answer, status: 503 })).toBe("no-store");
    expect(finalCacheControl({ ...answer, status: 404 })).toBe("public, max-age=60");
    expect(finalCacheControl({ ...answer, status: 404, cacheControl: "no-store" })).toBe("no-store");
    expect(finalCacheControl({ ...answer, status: 429 })).toBe("no-store");
  });

  it("makes an answer that sets a cookie, or a translator's pseudo-locale, per-reader", () => {
    expect(finalCacheControl({ ...answer, setsCookie: true })).toBe("no-store");
    expect(finalCacheControl({ ...answer, setsCookie: true, cacheControl: "private, max-age=5" })).toBe("private, max-age=5");
    expect(finalCacheControl({ ...answer, pseudoLocale: true })).toBe("no-store");
  });

  it("validates successful text answers that may be stored", () => {
    const page = { method: "GET", status: 200, cacheControl: readerCacheControl, contentType: "text/html; charset=utf-8", hasEtag: false };
    expect(carriesEtag(page)).toBe(true);
    expect(carriesEtag({ ...page, contentType: "application/rss+xml" })).toBe(true);
    expect(carriesEtag({ ...page, contentType: "image/webp" })).toBe(false);
    expect(carriesEtag({ ...page, cacheControl: "no-store" })).toBe(false);
    expect(carriesEtag({ ...page, method: "POST" })).toBe(false);
  });

  it("lets the page cache serve reader pages only, and keep only what every reader may share", () => {
    expect(pageCacheMayServe({ method: "GET", path: "/en/articles/x", cookie: "lng=x" })).toBe(true);
    for (const path of ["/admin", "/admin/articles", "/healthz", "/uploads/a.webp", "/en/"]) expect(pageCacheMayServe({ method: "GET", path, cookie: undefined }), path).toBe(false);
    expect(pageCacheMayServe({ method: "POST", path: "/en/contact", cookie: undefined })).toBe(false);
    expect(pageCacheMayServe({ method: "GET", path: "/en", cookie: "a=1; pseudo=rtl" })).toBe(false);
    const kept = { method: "GET", status: 200, cacheControl: readerCacheControl, setsCookie: false, contentType: "text/html", body: Buffer.from("<p>page</p>"), nonce: "n0nce" };
    expect(pageCacheMayKeep(kept)).toBe(true);
    expect(pageCacheMayKeep({ ...kept, body: Buffer.from('<script nonce="n0nce">') })).toBe(false);
    expect(pageCacheMayKeep({ ...kept, setsCookie: true })).toBe(false);
    expect(pageCacheMayKeep({ ...kept, status: 500 })).toBe(false);
    expect(pageCacheMayKeep({ ...kept, cacheControl: "no-store" })).toBe(false);
  });

  it("answers 304 for a matching If-None-Match, unless the request asks for the body", () => {
    expect(notModified({ "if-none-match": '"a", "b"' }, '"b"')).toBe(true);
    expect(notModified({ "if-none-match": 'W/"b"' }, '"b"')).toBe(true);
    expect(notModified({ "if-none-match": '"b"', "cache-control": "no-cache" }, '"b"')).toBe(false);
    expect(notModified({ "if-none-match": '"c"' }, '"b"')).toBe(false);
    expect(notModified({}, '"b"')).toBe(false);
  });
});
