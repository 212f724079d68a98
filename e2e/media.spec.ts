// Media in every edition: the four listings, a cartoon, a photo gallery (by click, by keyboard and
// without JavaScript) and a video that contacts its host only when the reader asks for it.
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { expect, test, type Page } from "@playwright/test";
import { mediaContent } from "../app/db/seed/media-content/index";
import type { EditionMediaContent } from "../app/db/seed/media-content/types";
import { editions, escapeRegExp, text, waitForReaderScript, type Edition } from "./fixtures";

const mediaKinds = ["cartoons", "newspics", "photos", "videos"] as const;
const localesDirectory = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "locales");

/** A string of locales/<lng>/media.json by its dotted key, with {{name}} or {{name, number}} filled in as given */
function mediaText(language: string, key: string, values: Record<string, string> = {}): string {
  let node: unknown = JSON.parse(readFileSync(path.join(localesDirectory, language, "media.json"), "utf8"));
  for (const part of key.split(".")) node = (node as Record<string, unknown>)[part];
  if (typeof node !== "string") throw new Error(`No string ${language}/media:${key}`);
  return node.replace(/\{\{\s*(\w+)(?:,\s*number)?\s*\}\}/g, (_, name: string) => values[name] ?? `{{${name}}}`);
}

function content(code: string): EditionMediaContent {
  const edition = mediaContent[code];
  if (!edition) throw new Error(`No media content for "${code}" in app/db/seed/media-content`);
  return edition;
}

/** A number in the edition's own digits */
function digits(edition: Edition, value: string): string {
  const zero = { latn: "0", arabext: "۰", arab: "٠" }[edition.numberingSystem].charCodeAt(0);
  return value.replace(/[0-9]/g, (digit) => String.fromCharCode(zero + Number(digit)));
}

function mediaPath(code: string, kind: string, slug: string): string {
  return `/${code}/media/${kind}/${encodeURIComponent(slug.normalize("NFC"))}`;
}

/** The arrow key that moves forward in the edition's reading direction, and the one that moves back */
function arrows(edition: Edition): { forward: string; back: string } {
  return edition.dir === "rtl" ? { forward: "ArrowLeft", back: "ArrowRight" } : { forward: "ArrowRight", back: "ArrowLeft" };
}

function thumbnails(page: Page) {
  return page.locator("#photos a[data-gallery-thumbnail]");
}

for (const edition of editions) {
  const { code } = edition;
  const media = content(code);
  const gallery = media.photos[0]!;
  const video = media.videos[0]!;

  test.describe(`${edition.nativeName} (${code}) media`, () => {
    for (const kind of mediaKinds) {
      test(`the ${kind} listing shows every item, newest first, with its picture`, async ({ page }) => {
        await page.goto(`/${code}/media/${kind}`);
        await expect(page.locator("main h1")).toHaveText(text(code, "nav", kind));
        const cards = page.locator("main ul > li");
        const expected = [...media[kind]].sort((a, b) => a.hoursAgo - b.hoursAgo);
        await expect(cards.locator("h2")).toHaveText(expected.map((item) => item.title));
        for (const [index, item] of expected.entries()) {
          const card = cards.nth(index);
          const lead = "poster" in item ? item.poster : item.images[0]!;
          await expect(card.locator("img")).toHaveAttribute("alt", lead.alt);
          await expect(card.locator("h2 a")).toHaveAttribute("href", mediaPath(code, kind, item.slug));
        }
      });
    }

    test("a cartoon shows its drawing first, with alt text and caption", async ({ page }) => {
      const cartoon = media.cartoons[0]!;
      await page.goto(`/${code}/media/cartoons`);
      await page.getByRole("link", { name: cartoon.title, exact: true }).click();
      await expect(page).toHaveURL(new RegExp(`${escapeRegExp(mediaPath(code, "cartoons", cartoon.slug))}$`));
      await expect(page.locator("main h1")).toHaveText(cartoon.title);
      const figure = page.locator("main article figure").first();
      await expect(figure.locator("img")).toHaveAttribute("alt", cartoon.images[0]!.alt);
      await expect(figure.locator("figcaption")).toHaveText(cartoon.images[0]!.caption);
    });

    test("a gallery lists its photos in reading order", async ({ page }) => {
      await page.goto(mediaPath(code, "photos", gallery.slug));
      await expect(thumbnails(page).locator("img")).toHaveCount(gallery.images.length);
      for (const [index, image] of gallery.images.entries()) {
        await expect(thumbnails(page).nth(index).locator("img")).toHaveAttribute("alt", image.alt);
      }
      // The first photo sits at the start of the line: on the left in English, on the right in Persian
      const first = (await thumbnails(page).nth(0).boundingBox())!;
      const second = (await thumbnails(page).nth(1).boundingBox())!;
      expect(first.y).toBeCloseTo(second.y, 0);
      if (edition.dir === "rtl") expect(first.x).toBeGreaterThan(second.x);
      else expect(first.x).toBeLessThan(second.x);
    });

    test("a click opens a photo large; arrows step in reading direction; Escape closes and returns focus", async ({ page }) => {
      await page.goto(mediaPath(code, "photos", gallery.slug));
      await waitForReaderScript(page);
      const dialog = page.getByRole("dialog", { name: mediaText(code, "gallery.viewer") });
      await expect(dialog).toBeHidden();

      await thumbnails(page).nth(2).click();
      await expect(dialog).toBeVisible();
      await expect(page).toHaveURL(new RegExp(`${escapeRegExp(mediaPath(code, "photos", gallery.slug))}$`));
      await expect(dialog.locator("img")).toHaveAttribute("alt", gallery.images[2]!.alt);
      await expect(dialog.locator("figcaption")).toHaveText(gallery.images[2]!.caption);
      await expect(dialog).toContainText(
        mediaText(code, "gallery.position", { position: digits(edition, "3"), count: digits(edition, String(gallery.images.length)) }),
      );

      const { forward, back } = arrows(edition);
      await page.keyboard.press(forward);
      await expect(dialog.locator("figcaption")).toHaveText(gallery.images[3]!.caption);
      await page.keyboard.press(back);
      await page.keyboard.press(back);
      await expect(dialog.locator("figcaption")).toHaveText(gallery.images[1]!.caption);
      await dialog.getByRole("button", { name: mediaText(code, "gallery.next") }).click();
      await expect(dialog.locator("figcaption")).toHaveText(gallery.images[2]!.caption);

      await page.keyboard.press("Escape");
      await expect(dialog).toBeHidden();
      await expect(thumbnails(page).nth(2)).toBeFocused();
    });

    test("a keyboard reader opens a photo with Tab and Enter", async ({ page }) => {
      await page.goto(mediaPath(code, "photos", gallery.slug));
      await waitForReaderScript(page);
      let reached = false;
      for (let presses = 0; presses < 80 && !reached; presses += 1) {
        await page.keyboard.press("Tab");
        reached = await page.evaluate(() => document.activeElement?.getAttribute("data-gallery-thumbnail") === "1");
      }
      expect(reached, "Tab reaches the first thumbnail").toBe(true);
      await page.keyboard.press("Enter");
      const dialog = page.getByRole("dialog", { name: mediaText(code, "gallery.viewer") });
      await expect(dialog).toBeVisible();
      await expect(dialog.locator("img")).toHaveAttribute("alt", gallery.images[0]!.alt);
      await expect(dialog.locator("figcaption")).toHaveText(gallery.images[0]!.caption);
      await page.keyboard.press("Escape");
      await expect(thumbnails(page).nth(0)).toBeFocused();
    });

    test("a click on the load button, and nothing before it, contacts the video host", async ({ page }) => {
      const hostRequests: string[] = [];
      const videoHost = new URL(video.embedUrl).hostname;
      page.on("request", (request) => {
        if (new URL(request.url()).hostname.endsWith(videoHost.replace(/^www\./, ""))) hostRequests.push(request.url());
      });
      await page.goto(mediaPath(code, "videos", video.slug));
      await waitForReaderScript(page);
      const main = page.locator("main");
      await expect(main.locator("h1")).toHaveText(video.title);
      const minutes = Math.floor(video.durationSeconds / 60);
      const seconds = String(video.durationSeconds % 60).padStart(2, "0");
      await expect(main.locator("header time[datetime^='PT']")).toHaveText(digits(edition, `${minutes}:${seconds}`));
      await expect(main.locator("img").first()).toHaveAttribute("alt", video.poster.alt);
      await expect(main).toContainText(mediaText(code, "video.load"));
      await expect(main.locator("iframe")).toHaveCount(0);
      await page.waitForLoadState("networkidle");
      expect(hostRequests).toEqual([]);

      await main.getByRole("button", { name: mediaText(code, "video.load") }).click();
      const player = main.locator("iframe");
      await expect(player).toHaveAttribute("src", new RegExp(`^${escapeRegExp(video.embedUrl)}\\?`));
      await expect(player).toHaveAttribute("title", mediaText(code, "video.player", { title: video.title }));
      await expect.poll(() => hostRequests.length).toBeGreaterThan(0);
    });

    test("unknown media kinds, slugs and photo numbers are a localized 404", async ({ page }) => {
      for (const target of [`/${code}/media/podcasts`, `/${code}/media/cartoons/no-such-cartoon`, `${mediaPath(code, "photos", gallery.slug)}?image=99`]) {
        const response = await page.goto(target);
        expect(response?.status(), target).toBe(404);
        await expect(page.locator("main h1")).toHaveText(text(code, "errors", "notFound.title"));
      }
    });

    test.describe("without JavaScript", () => {
      test.use({ javaScriptEnabled: false });

      test("a thumbnail links to the photo shown large, with previous and next", async ({ page }) => {
        await page.goto(mediaPath(code, "photos", gallery.slug));
        await thumbnails(page).nth(2).click();
        await expect(page).toHaveURL(/\?image=3#photo-viewer$/);
        const viewer = page.locator("#photo-viewer");
        await expect(viewer.locator("img")).toHaveAttribute("alt", gallery.images[2]!.alt);
        await expect(viewer.locator("figcaption")).toHaveText(gallery.images[2]!.caption);
        await viewer.getByRole("link", { name: mediaText(code, "gallery.next") }).click();
        await expect(page).toHaveURL(/\?image=4#photo-viewer$/);
        await expect(viewer.locator("figcaption")).toHaveText(gallery.images[3]!.caption);
      });

      test("the load button brings the player, and only then", async ({ page }) => {
        await page.goto(mediaPath(code, "videos", video.slug));
        await expect(page.locator("main iframe")).toHaveCount(0);
        await page.getByRole("button", { name: mediaText(code, "video.load") }).click();
        await expect(page).toHaveURL(/\?play=1$/);
        await expect(page.locator("main iframe")).toHaveAttribute("src", new RegExp(`^${escapeRegExp(video.embedUrl)}\\?`));
      });
    });
  });
}
