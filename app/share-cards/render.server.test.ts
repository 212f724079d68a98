import { readFile } from "node:fs/promises";
import sharp from "sharp";
import { describe, expect, test } from "vitest";
import { getEdition } from "~/editions";
import { renderShareCard } from "./render.server";

const jpegSize = async (bytes: Buffer) => {
  const { format, width, height } = await sharp(bytes).metadata();
  return { format, width, height };
};

/** The leftmost and rightmost columns holding white (title) pixels below the site name */
async function titleColumns(card: Buffer) {
  const { data, info } = await sharp(card).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  let left = info.width;
  let right = -1;
  for (let y = 200; y < info.height; y++)
    for (let x = 0; x < info.width; x++) {
      const at = (y * info.width + x) * info.channels;
      if (data[at]! > 230 && data[at + 1]! > 230 && data[at + 2]! > 230) {
        left = Math.min(left, x);
        right = Math.max(right, x);
      }
    }
  return { left, right };
}

describe("share cards", () => {
  test("the demo content's SVG art becomes a 1200×630 JPEG", async () => {
    const card = await renderShareCard({ edition: getEdition("en"), siteName: "Horizon Watch", title: "A", image: await readFile("public/images/demo/harbor.svg") });
    expect(await jpegSize(card)).toEqual({ format: "jpeg", width: 1200, height: 630 });
  });

  test("a portrait photo is cropped to fill the card, never letterboxed", async () => {
    const portrait = await sharp({ create: { width: 400, height: 900, channels: 3, background: "#c04020" } }).webp().toBuffer();
    const card = await renderShareCard({ edition: getEdition("fa"), siteName: "x", title: "y", image: portrait });
    expect(await jpegSize(card)).toEqual({ format: "jpeg", width: 1200, height: 630 });
    const { dominant } = await sharp(card).stats();
    expect(dominant.r).toBeGreaterThan(150);
  });

  test("an item without an image gets the branded card, its title on the edition's starting side", async () => {
    // Titles shorter than a line, so that the side the line starts on shows
    const title = { en: "Families wait for news", fa: "خانواده‌ها در انتظار خبر", ar: "عائلات تنتظر الأخبار" };
    for (const [code, text] of Object.entries(title)) {
      const edition = getEdition(code);
      const card = await renderShareCard({ edition, siteName: "Horizon Watch", title: text });
      expect(await jpegSize(card)).toEqual({ format: "jpeg", width: 1200, height: 630 });
      const { left, right } = await titleColumns(card);
      // 80 px margins: the line starts at the margin of the reading side and ends short of the other one
      if (edition.dir === "rtl") {
        expect(right, code).toBeGreaterThan(1100);
        expect(left, code).toBeGreaterThan(150);
      } else {
        expect(left, code).toBeLessThan(100);
        expect(right, code).toBeLessThan(1050);
      }
    }
  });

  test("a title too long for the card is shortened and still fits", async () => {
    const card = await renderShareCard({ edition: getEdition("sq"), siteName: "x", title: "fjalë ".repeat(200) });
    expect(await jpegSize(card)).toEqual({ format: "jpeg", width: 1200, height: 630 });
  });
});
