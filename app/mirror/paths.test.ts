import { describe, expect, it } from "vitest";
import { mirrorAddress, mirrorFile, rewriteQueryLinks } from "./paths";

describe("mirror addresses", () => {
  it("turns the reader pages' query views into path segments", () => {
    expect(mirrorAddress("/en", "?page=2")).toBe("/en/page/2");
    expect(mirrorAddress("/en/articles", "?page=1")).toBe("/en/articles");
    expect(mirrorAddress("/fa/media/photos/%D8%A8", "?image=3")).toBe("/fa/media/photos/%D8%A8/image/3");
    expect(mirrorAddress("/ar/media/videos/x", "?play=1")).toBe("/ar/media/videos/x/play");
    expect(mirrorAddress("/en/articles/x", "")).toBe("/en/articles/x");
  });

  it("refuses queries no static file can stand for", () => {
    expect(mirrorAddress("/en/search", "?q=water")).toBeUndefined();
    expect(mirrorAddress("/en", "?page=0")).toBeUndefined();
    expect(mirrorAddress("/en", "?page=abc")).toBeUndefined();
  });

  it("writes pages as index.html under their decoded path, and refuses unsafe segments", () => {
    expect(mirrorFile("/fa/articles/%D8%A2%D8%A8", true)).toBe("fa/articles/آب/index.html");
    expect(mirrorFile("/en/feed.xml", false)).toBe("en/feed.xml");
    expect(mirrorFile("/", true)).toBe("index.html");
    expect(mirrorFile("/en/%2E%2E/x", true)).toBeUndefined();
    expect(mirrorFile("/en/a%2Fb", true)).toBeUndefined();
    expect(mirrorFile("/en/%E0%A4%A", true)).toBeUndefined();
    expect(mirrorFile("/.mirror/manifest.json", false)).toBeUndefined();
  });

  it("rewrites links with a mirrored query and leaves the others", () => {
    const html = '<a href="/en?page=2" rel="next">x</a><a href="/en/media/photos/p?image=2#photo-viewer">y</a><a href="/en/search?q=a&amp;page=2">z</a><a href="https://x.example/?page=2">w</a>';
    expect(rewriteQueryLinks(html)).toBe(
      '<a href="/en/page/2" rel="next">x</a><a href="/en/media/photos/p/image/2#photo-viewer">y</a><a href="/en/search?q=a&amp;page=2">z</a><a href="https://x.example/?page=2">w</a>',
    );
  });

  it("rewrites absolute links on the mirror's own origin too (canonical, og:url)", () => {
    const html = '<link rel="canonical" href="https://m.example/en?page=3"/><meta property="og:url" content="https://m.example/en?page=3"/>';
    expect(rewriteQueryLinks(html, "https://m.example")).toBe(
      '<link rel="canonical" href="https://m.example/en/page/3"/><meta property="og:url" content="https://m.example/en/page/3"/>',
    );
  });
});
