import { describe, expect, it } from "vitest";
import { largestImageUrl, parseUploadedImageUrl, responsiveImage, smallestImageUrl, srcSetFor, storedWidths, uploadedImageUrl } from "./image-urls";

const key = "img/2026/11/0123456789abcdef01234567";

describe("uploaded image addresses", () => {
  it("stores the fixed widths below the original's, plus the original's own width capped at 1600", () => {
    expect(storedWidths(4000)).toEqual([480, 960, 1600]);
    expect(storedWidths(1600)).toEqual([480, 960, 1600]);
    expect(storedWidths(1200)).toEqual([480, 960, 1200]);
    expect(storedWidths(960)).toEqual([480, 960]);
    expect(storedWidths(300)).toEqual([300]);
  });

  it("names the largest copy as the page's address", () => {
    expect(largestImageUrl(key, [480, 960, 1200])).toBe(`/uploads/${key}-1200.webp`);
    expect(parseUploadedImageUrl(uploadedImageUrl(key, 960))).toEqual({ storageKey: key, width: 960 });
  });

  it("derives the srcset from the largest copy's address alone", () => {
    expect(srcSetFor(`/uploads/${key}-1600.webp`)).toBe(
      `/uploads/${key}-480.webp 480w, /uploads/${key}-960.webp 960w, /uploads/${key}-1600.webp 1600w`,
    );
    expect(srcSetFor(`/uploads/${key}-1200.webp`)).toBe(
      `/uploads/${key}-480.webp 480w, /uploads/${key}-960.webp 960w, /uploads/${key}-1200.webp 1200w`,
    );
  });

  it("gives no srcset to an image stored at one width, nor to any other image", () => {
    expect(srcSetFor(`/uploads/${key}-300.webp`)).toBeUndefined();
    expect(srcSetFor("/images/demo/harbour.svg")).toBeUndefined();
    expect(responsiveImage("/images/demo/harbour.svg", "100vw")).toEqual({});
    expect(responsiveImage(`/uploads/${key}-960.webp`, "100vw")).toEqual({
      srcSet: `/uploads/${key}-480.webp 480w, /uploads/${key}-960.webp 960w`,
      sizes: "100vw",
    });
  });

  it("finds the narrowest copy for thumbnails", () => {
    expect(smallestImageUrl(`/uploads/${key}-1600.webp`)).toBe(`/uploads/${key}-480.webp`);
    expect(smallestImageUrl("/images/demo/harbour.svg")).toBe("/images/demo/harbour.svg");
  });
});
