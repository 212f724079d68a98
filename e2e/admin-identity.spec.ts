// An admin sets the site's identity (/admin/identity) and readers see it everywhere the name, tagline and
// logo appear: header, <title>, og:site_name, the JSON-LD publisher, the feed. Runs on the editorial server
// and puts the demo identity back at the end, as other editorial specs read the name.
import { expect, test, type Page } from "@playwright/test";
import { defaultEditionIdentity } from "../app/identity/site-identity";
import { signIn } from "./admin-fixtures";
import { publishedArticles, text } from "./fixtures";

const field = (page: Page, name: string) => page.locator(`input[name="${name}"]`);

const saveButton = (page: Page) => page.getByRole("button", { name: text("en", "admin", "actions.save") });

/** Saves and waits for the redirect back with its "Saved." */
async function save(page: Page): Promise<void> {
  await saveButton(page).click();
  await expect(page).toHaveURL(/\/admin\/identity\?flash=saved$/);
}

async function readerPage(page: Page, path: string) {
  const response = await page.request.get(path);
  expect(response.status(), path).toBe(200);
  const html = await response.text();
  return {
    html,
    title: /<title>(.*?)<\/title>/s.exec(html)?.[1],
    siteName: /<meta property="og:site_name" content="(.*?)"/.exec(html)?.[1],
    jsonLd: [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].map(([, json]) => JSON.parse(json!) as Record<string, unknown>),
  };
}

test.describe("the site's identity set by an admin", () => {
  test.describe.configure({ mode: "serial" });
  // The screen works without JavaScript, and the form's answer is then the page itself (its status readable)
  test.use({ javaScriptEnabled: false });

  test("an editor cannot open the identity screen", async ({ page }) => {
    await signIn(page, "editor");
    const response = await page.request.get("/admin/identity");
    expect(response.status()).toBe(403);
    await page.goto("/admin");
    await expect(page.locator('a[href="/admin/identity"]')).toHaveCount(0);
  });

  test("a bad social address is refused with a localized message, and nothing is saved", async ({ page }) => {
    await signIn(page, "admin");
    await page.goto("/admin/identity");
    await field(page, "siteName.fa").fill("نامی که نباید بماند");
    await field(page, "social.twitter").fill("http://x.com/not-https");
    const [answer] = await Promise.all([page.waitForResponse((response) => response.request().method() === "POST"), saveButton(page).click()]);
    expect(answer.status()).toBe(400);
    await expect(page.getByText(text("en", "admin", "errors.httpsUrl"), { exact: true })).toBeVisible();
    await page.goto("/admin/identity");
    await expect(field(page, "siteName.fa")).toHaveValue(defaultEditionIdentity("fa").siteName);
  });

  test("the new Persian name and tagline and an SVG logo (a wordmark in English, a mark in Persian) reach every reader page that shows them", async ({ page }) => {
    await signIn(page, "admin");
    await page.goto("/admin/identity");
    await expect(page.getByRole("link", { name: text("en", "admin", "nav.identity") })).toBeVisible();
    await expect(field(page, "siteName.fa")).toHaveAttribute("dir", "rtl");
    await expect(field(page, "siteName.fa")).toHaveAttribute("lang", "fa");
    await field(page, "siteName.fa").fill("افق آزمون");
    await field(page, "tagline.fa").fill("شعار آزمون");
    // The English logo says what it shows; the Persian edition keeps no alt text, so there it is a mark beside the name
    await field(page, "logoAlt.en").fill("Test horizon logo");
    await field(page, "logoAlt.fa").fill("");
    const logo = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 50"><rect width="200" height="50" fill="#b4532a"/><script>alert(1)</script></svg>';
    await page.locator('input[name="logoFile"]').setInputFiles({ name: "logo.svg", mimeType: "image/svg+xml", buffer: Buffer.from(logo) });
    await save(page);

    try {
      await page.goto("/fa");
      const header = page.locator("header").first();
      await expect(header.locator("[data-site-name]")).toHaveText("افق آزمون");
      await expect(header.locator("[data-site-tagline]")).toHaveText("شعار آزمون");
      await expect(header.locator("img[data-site-logo]")).toHaveAttribute("alt", "");
      await expect(header.getByRole("link", { name: "افق آزمون", exact: true })).toBeVisible();
      const faHome = await readerPage(page, "/fa");
      expect(faHome.title).toMatch(/\| افق آزمون$/);
      expect(faHome.siteName).toBe("افق آزمون");

      const article = publishedArticles("fa")[0]!;
      const faArticle = await readerPage(page, `/fa/articles/${encodeURIComponent(article.slug)}`);
      const publisher = faArticle.jsonLd.find((document) => document["@type"] === "NewsArticle")?.publisher as { name: string; logo: { url: string } };
      expect(publisher.name).toBe("افق آزمون");
      expect(publisher.logo.url).toMatch(/\/uploads\/.+\.webp$/);

      const feed = await (await page.request.get("/fa/feed.xml")).text();
      expect(/<channel>\s*<title>(.*?)<\/title>/s.exec(feed)?.[1]).toBe("افق آزمون");

      await page.goto("/en");
      const enHeader = page.locator("header").first();
      await expect(enHeader.locator("img[data-site-logo]")).toHaveAttribute("alt", "Test horizon logo");
      // The wordmark stands for the name: the link is named once, by the logo's text
      await expect(enHeader.locator("[data-site-name]")).toHaveCount(0);
      await expect(enHeader.getByRole("link", { name: "Test horizon logo", exact: true })).toBeVisible();
      const logoSrc = await enHeader.locator("img[data-site-logo]").getAttribute("src");
      expect(logoSrc).toMatch(/\/uploads\/.+-1600\.webp$/);
      const logoFile = await page.request.get(logoSrc!);
      expect(logoFile.status()).toBe(200);
      expect(logoFile.headers()["content-type"]).toBe("image/webp");
    } finally {
      // The demo identity back, for the other editorial specs
      await page.goto("/admin/identity");
      await field(page, "siteName.fa").fill(defaultEditionIdentity("fa").siteName);
      await field(page, "tagline.fa").fill(defaultEditionIdentity("fa").tagline);
      await field(page, "logoAlt.en").fill(defaultEditionIdentity("en").logoAlt);
      await page.locator('input[name="logoChoice"][value=""]').check();
      await save(page);
    }
    // (Asked of the server: the browser may keep its own copy of the page for a while, as readers' do)
    const restored = await readerPage(page, "/fa");
    expect(restored.siteName).toBe(defaultEditionIdentity("fa").siteName);
    expect(restored.html).not.toContain("data-site-logo");
  });
});
