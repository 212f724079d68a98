import { describe, expect, test } from "vitest";
import { getEdition } from "~/editions";
import { articleCardSubject, shareCardImage } from "./share-card.server";

describe("a share card's address", () => {
  const edition = getEdition("fa");
  const article: { slug: string; title: string; coverImage: string | null; coverAlt: string | null } = { slug: "گزارش-یک", title: "گزارش یک", coverImage: "/images/demo/harbor.svg", coverAlt: "بندر" };
  const card = (changes: Partial<typeof article> = {}, siteName = "دیده‌بان افق") => shareCardImage(articleCardSubject(edition, siteName, { ...article, ...changes }));

  test("follows the page's address and says the card's size and what it shows", () => {
    expect(card()).toMatchObject({ width: 1200, height: 630, alt: "بندر" });
    expect(card().src).toMatch(new RegExp(`^/share-cards/fa/articles/${encodeURIComponent(article.slug)}/[0-9a-f]{16}\\.jpg$`));
    expect(card({ coverImage: null, coverAlt: null }).alt).toBe("دیده‌بان افق: گزارش یک");
  });

  test("changes with whatever the card shows, so a cached copy is never stale", () => {
    expect(card().src).toBe(card().src);
    for (const changed of [card({ title: "گزارش دو" }), card({ coverImage: "/images/demo/market.svg" }), card({ coverImage: null }), card({}, "نام دیگر")])
      expect(changed.src).not.toBe(card().src);
    // The alternative text is not drawn on the card
    expect(card({ coverAlt: "متن دیگر" }).src).toBe(card().src);
  });
});
