// Uploaded images become upright WebP copies at the fixed widths, with nothing of the original's
// metadata: a photographer's GPS position must never reach readers.
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { resizeImage, UnreadableImageError } from "./images.server";

function photo(width: number, height: number, background = "#c33") {
  return sharp({ create: { width, height, channels: 3, background } });
}

describe("resizeImage", () => {
  it("stores a wide photo at 480, 960 and 1600 pixels, in WebP, keeping its proportions", async () => {
    const image = await resizeImage(await photo(2400, 1200).jpeg().toBuffer());
    expect(image).toMatchObject({ width: 2400, height: 1200 });
    expect(image.copies.map(({ width, height }) => [width, height])).toEqual([
      [480, 240],
      [960, 480],
      [1600, 800],
    ]);
    for (const copy of image.copies) expect((await sharp(copy.data).metadata()).format).toBe("webp");
  });

  it("adds the original's own width when it is narrower than the largest, and never enlarges", async () => {
    expect((await resizeImage(await photo(1200, 900).png().toBuffer())).copies.map((copy) => copy.width)).toEqual([480, 960, 1200]);
    expect((await resizeImage(await photo(300, 200).png().toBuffer())).copies.map((copy) => copy.width)).toEqual([300]);
  });

  it("removes EXIF and GPS data and turns the picture upright", async () => {
    const input = await photo(2000, 1000)
      .jpeg()
      .withMetadata({ orientation: 6 })
      .withExifMerge({ IFD0: { Make: "NewsroomCam" }, IFD3: { GPSLatitudeRef: "N", GPSLatitude: "35/1 41/1 0/1", GPSLongitudeRef: "E", GPSLongitude: "51/1 25/1 0/1" } })
      .toBuffer();
    const before = await sharp(input).metadata();
    expect(before.exif?.toString("latin1")).toContain("NewsroomCam");
    expect(before.orientation).toBe(6);

    const image = await resizeImage(input);
    // Orientation 6 is a quarter turn: the stored picture is portrait
    expect(image).toMatchObject({ width: 1000, height: 2000 });
    expect(image.copies.map((copy) => [copy.width, copy.height])).toEqual([
      [480, 960],
      [960, 1920],
      [1000, 2000],
    ]);
    for (const copy of image.copies) {
      const after = await sharp(copy.data).metadata();
      expect(after.exif).toBeUndefined();
      expect(after.xmp).toBeUndefined();
      expect(after.orientation).toBeUndefined();
      expect(copy.data.toString("latin1")).not.toContain("NewsroomCam");
    }
  });

  it("keeps the first frame of an animated GIF", async () => {
    const frame = (colour: string) => photo(640, 360, colour).png().toBuffer();
    const animated = await sharp([await frame("#f00"), await frame("#00f")], { join: { animated: true } }).gif().toBuffer();
    expect((await sharp(animated).metadata()).pages).toBe(2);
    const image = await resizeImage(animated);
    expect(image).toMatchObject({ width: 640, height: 360 });
    expect(image.copies.map((copy) => [copy.width, copy.height])).toEqual([
      [480, 270],
      [640, 360],
    ]);
    const largest = image.copies[1]!.data;
    expect((await sharp(largest).metadata()).pages ?? 1).toBe(1);
    // The red first frame, not the blue second one
    const [red, , blue] = await sharp(largest).removeAlpha().raw().toBuffer();
    expect(red).toBeGreaterThan(200);
    expect(blue).toBeLessThan(60);
  });

  it("draws an SVG logo sharp at every width, transparent where the drawing is, with nothing of its text kept", async () => {
    const svg = new TextEncoder().encode(
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 50" width="200" height="50"><script>alert("kept?")</script><rect x="0" y="0" width="100" height="50" fill="#b4532a"/></svg>',
    );
    const image = await resizeImage(svg);
    expect(image).toMatchObject({ width: 1600, height: 400 });
    expect(image.copies.map(({ width, height }) => [width, height])).toEqual([
      [480, 120],
      [960, 240],
      [1600, 400],
    ]);
    const largest = image.copies[2]!.data;
    expect((await sharp(largest).metadata()).format).toBe("webp");
    expect(largest.toString("latin1")).not.toContain("alert");
    // Drawn at 1600 px, not scaled up from 200: the rectangle's edge is crisp, the right half transparent
    const { data, info } = await sharp(largest).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
    const alphaAt = (x: number) => data[(200 * info.width + x) * 4 + 3]!;
    expect([alphaAt(790), alphaAt(810)]).toEqual([255, 0]);
  });

  it("refuses a damaged image", async () => {
    const png = await photo(400, 300).png().toBuffer();
    await expect(resizeImage(png.subarray(0, png.length / 2))).rejects.toBeInstanceOf(UnreadableImageError);
    await expect(resizeImage(new TextEncoder().encode("not an image"))).rejects.toBeInstanceOf(UnreadableImageError);
  });
});
