import { mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { getEdition } from "~/editions";
import { articleCardSubject, shareCardBytes, shareCardImage } from "./share-card.server";

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

describe("the mirror export's store of drawn cards", () => {
  const edition = getEdition("en");
  const article = (slug: string, title: string, coverImage: string | null) => articleCardSubject(edition, "Horizon Watch", { slug, title, coverImage, coverAlt: coverImage ? "A harbour" : null });

  test("keeps each drawing once, by what it shows: items with the same image share one, a branded card has its own", async () => {
    const store = await mkdtemp(path.join(os.tmpdir(), "share-card-store-"));
    try {
      const first = await shareCardBytes(article("store-a", "First", "/images/demo/harbor.svg"), store);
      const second = await shareCardBytes(article("store-b", "Second", "/images/demo/harbor.svg"), store);
      expect(second.equals(first)).toBe(true);
      await shareCardBytes(article("store-c", "Third", null), store);
      const kept = (await readdir(store)).sort();
      expect(kept).toHaveLength(2);
      // A later export (another address, the same picture) reads the kept file instead of drawing again
      for (const name of kept) await writeFile(path.join(store, name), "kept");
      expect((await shareCardBytes(article("store-d", "Fourth", "/images/demo/harbor.svg"), store)).toString()).toBe("kept");
      // A title not drawn before is drawn
      expect((await shareCardBytes(article("store-e", "Fifth", null), store)).subarray(0, 2)).toEqual(Buffer.from([0xff, 0xd8]));
    } finally {
      await rm(store, { recursive: true, force: true });
    }
  });
});
