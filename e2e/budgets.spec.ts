// What a reader downloads, per page type and edition, measured in Chromium (issue: performance budget).
// Reader pages do not hydrate React; they ship only the reader script. Sizes are what the server sends
// compressed (gzip of each text response, as the server's compression would) and fonts as they are (WOFF2).
import { gzipSync } from "node:zlib";
import { expect, test, type Page, type Response } from "@playwright/test";
import { editions, readerPages } from "./fixtures";

const kilobyte = 1024;
const budgets = { script: 15 * kilobyte, stylesheet: 15 * kilobyte, document: 30 * kilobyte, font: 100 * kilobyte };

interface Downloads {
  script: number;
  stylesheet: number;
  document: number;
  font: number;
  fontFiles: string[];
}

async function measure(page: Page, path: string): Promise<Downloads> {
  const responses: Response[] = [];
  page.on("response", (response) => responses.push(response));
  const main = await page.goto(path);
  expect(main?.status()).toBeLessThan(500);
  // Fonts load when text needs them: wait until the page's fonts are settled
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  const downloads: Downloads = { script: 0, stylesheet: 0, document: 0, font: 0, fontFiles: [] };
  for (const response of responses) {
    const type = response.request().resourceType();
    if (type !== "script" && type !== "stylesheet" && type !== "document" && type !== "font") continue;
    const body = await response.body().catch(() => Buffer.alloc(0));
    if (type === "font") {
      downloads.font += body.length;
      downloads.fontFiles.push(new URL(response.url()).pathname);
    } else {
      downloads[type] += gzipSync(body).length;
    }
  }
  return downloads;
}

for (const edition of editions) {
  test.describe(`${edition.code}: what a reader downloads`, () => {
    for (const { name, path } of readerPages(edition.code)) {
      test(`${name} stays within the budget`, async ({ page }) => {
        const downloads = await measure(page, path);
        test.info().annotations.push({ type: "downloads", description: JSON.stringify(downloads) });
        expect(downloads.script, "gzipped JavaScript").toBeLessThanOrEqual(budgets.script);
        expect(downloads.stylesheet, "gzipped CSS").toBeLessThanOrEqual(budgets.stylesheet);
        expect(downloads.document, "gzipped HTML").toBeLessThanOrEqual(budgets.document);
        expect(downloads.font, `fonts (${downloads.fontFiles.join(", ")})`).toBeLessThanOrEqual(budgets.font);
        for (const file of downloads.fontFiles) expect(file).toMatch(/\.woff2$/);
        // React never comes to reader pages: no module scripts, no Remix context
        expect(await page.locator("script[type=module], link[rel=modulepreload]").count()).toBe(0);
        expect(await page.evaluate(() => "__remixContext" in window)).toBe(false);
      });
    }

    test("the main font is preloaded, and every font face swaps", async ({ page }) => {
      await page.goto(`/${edition.code}`);
      const preloaded = await page.locator('link[rel=preload][as=font][type="font/woff2"]').evaluateAll((links) =>
        links.map((link) => ({ href: link.getAttribute("href"), crossOrigin: link.getAttribute("crossorigin") })),
      );
      expect(preloaded.length).toBeGreaterThan(0);
      for (const link of preloaded) expect(link.crossOrigin).toBe("anonymous");
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      // The preloaded file is one the page really uses (else the browser warns and the bytes are wasted)
      const used = await page.evaluate(() => performance.getEntriesByType("resource").map((entry) => new URL(entry.name).pathname));
      for (const link of preloaded) expect(used).toContain(link.href);
      const displays = await page.evaluate(() =>
        [...document.styleSheets].flatMap((sheet) =>
          [...sheet.cssRules].filter((rule) => rule instanceof CSSFontFaceRule).map((rule) => (rule as CSSFontFaceRule).style.getPropertyValue("font-display")),
        ),
      );
      expect(displays.length).toBeGreaterThan(0);
      expect(new Set(displays)).toEqual(new Set(["swap"]));
    });

    test("images have their size, and those below the fold load lazily", async ({ page }) => {
      for (const path of [`/${edition.code}`, readerPages(edition.code).find((candidate) => candidate.name === "a gallery")!.path]) {
        await page.goto(path);
        const images = await page.locator("main img").evaluateAll((elements) =>
          elements
            .filter((image) => !image.closest("dialog"))
            .map((image) => ({
              src: image.getAttribute("src"),
              width: image.getAttribute("width"),
              height: image.getAttribute("height"),
              loading: image.getAttribute("loading"),
              top: image.getBoundingClientRect().top + window.scrollY,
            })),
        );
        expect(images.length, path).toBeGreaterThan(0);
        const fold = page.viewportSize()!.height;
        for (const image of images) {
          expect(image.width, `${path} ${image.src}`).toMatch(/^\d+$/);
          expect(image.height, `${path} ${image.src}`).toMatch(/^\d+$/);
          if (image.top > fold) expect(image.loading, `${path} ${image.src}`).toBe("lazy");
        }
      }
    });
  });
}
