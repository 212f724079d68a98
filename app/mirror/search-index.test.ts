import { describe, expect, it } from "vitest";
import { articleRecord } from "./search-index.server";
import { mirrorSearches } from "./search-query";

const page = (title: string, excerpt: string, body: string) =>
  `<!DOCTYPE html><html lang="fa" dir="rtl"><head><meta name="description" content="${excerpt}"/></head><body><main><article>` +
  `<h1 id="article-title">${title}</h1><div class="prose-article mt-6"><p>${body}</p></div></article>` +
  `<aside><a href="/fa/articles/other">عنوان مقالهٔ دیگر</a></aside></main></body></html>`;

describe("the mirror's search index", () => {
  it("holds an article's title, excerpt and body normalized as the site's search does, and shows them as written", () => {
    const record = articleRecord("/fa/articles/%DA%A9", page("کتاب‌های کودکان", "یک گزارش", "<strong>مدرسه</strong>ها و ۱۴۰۳"));
    expect(record?.language).toBe("fa");
    expect(record?.meta).toEqual({ title: "کتاب‌های کودکان", excerpt: "یک گزارش" });
    // Persian kaf and yeh folded, the zero-width non-joiner dropped, digits as Latin ones, like search_normalize()
    expect(record?.content).toContain("كتابهاي");
    expect(record?.content).toContain("1403");
    // Only the article: the sidebar's links are not its text
    expect(record?.content).not.toContain("ديگر");
  });

  it("finds the indexed words from a query typed with the other letter variants or with a space for the non-joiner", () => {
    const record = articleRecord("/fa/articles/x", page("کتاب‌های کودکان", "", "می‌شود"))!;
    const indexed = new Set(record.content.split(" "));
    const searches = mirrorSearches("كتابهای کودكان");
    expect(searches[0]!.split(" ").every((word) => indexed.has(word))).toBe(true);
    expect(mirrorSearches("می شود").some((search) => search.split(" ").every((word) => indexed.has(word)))).toBe(true);
  });

  it("indexes article pages only", () => {
    expect(articleRecord("/fa/about", page("دربارهٔ ما", "", "متن"))).toBeUndefined();
    expect(articleRecord("/xx/articles/a", page("t", "", "b"))).toBeUndefined();
  });
});
