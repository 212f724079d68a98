// Security headers and the Content-Security-Policy in a real browser: every kind of page loads,
// hydrates and works (gallery dialog, video player) without a single CSP violation or console error.
import { expect, test, type Page } from "@playwright/test";
import { mediaContent } from "../app/db/seed/media-content/index";
import { articlePath, editions, publishedArticles, waitForReaderScript } from "./fixtures";

const videoHost = "www.youtube-nocookie.com";

/** Collects CSP violations (from the page itself) and console errors of this site */
async function watch(page: Page): Promise<{ problems: string[] }> {
  const problems: string[] = [];
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || "inline"} (${event.sourceFile}:${event.lineNumber})`);
    });
  });
  page.on("console", (message) => {
    if (message.type() !== "error") return;
    // The machine has no outside network: the embedded player itself cannot load, which is not ours to judge
    if (message.location().url.includes(videoHost)) return;
    problems.push(message.text());
  });
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  return { problems };
}

function mediaPath(code: string, kind: string, slug: string): string {
  return `/${code}/media/${kind}/${encodeURIComponent(slug.normalize("NFC"))}`;
}

test("every answer carries the security headers, and the policy has a fresh nonce each time", async ({ request }) => {
  const policies: string[] = [];
  // A reader page, a resource route, a static file, a redirect, a feed, an error page (404) and the sign-in page
  for (const path of ["/en", "/healthz", "/favicon.svg", "/en/", "/en/feed.xml", "/en/no-such-page", "/admin/sign-in"]) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(path === "/en/" ? 301 : path === "/en/no-such-page" ? 404 : 200);
    const headers = response.headers();
    expect(headers["x-content-type-options"], path).toBe("nosniff");
    expect(headers["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
    expect(headers["cross-origin-opener-policy"], path).toBe("same-origin");
    expect(headers["x-frame-options"], path).toBe("DENY");
    const permissions = (headers["permissions-policy"] ?? "").split(/,\s*/);
    for (const feature of ["camera", "microphone", "geolocation", "interest-cohort", "browsing-topics", "payment", "usb"]) {
      expect(permissions, path).toContain(`${feature}=()`);
    }
    expect(headers["x-request-id"], path).toMatch(/^[\w.-]+$/);
    // Served over plain HTTP here: no HSTS
    expect(headers["strict-transport-security"], path).toBeUndefined();
    const policy = headers["content-security-policy"] ?? "";
    for (const directive of [
      "default-src 'self'",
      "img-src 'self' data:",
      `frame-src https://${videoHost}`,
      "connect-src 'self'",
      "frame-ancestors 'none'",
      "base-uri 'self'",
      "form-action 'self'",
      "object-src 'none'",
    ]) {
      expect(policy, path).toContain(directive);
    }
    const scripts = policy.match(/script-src ([^;]*)/)?.[1] ?? "";
    expect(scripts, path).toMatch(/'nonce-[A-Za-z0-9+/=]{16,}'/);
    expect(scripts, path).not.toContain("unsafe-inline");
    policies.push(policy);
  }
  expect(new Set(policies).size).toBe(policies.length);
});

test("HSTS is sent when the request came over HTTPS through the trusted proxy", async ({ request }) => {
  // The e2e server trusts the loopback proxy (TRUST_PROXY=loopback in playwright.config.ts)
  const response = await request.get("/healthz", { headers: { "X-Forwarded-Proto": "https" } });
  expect(response.headers()["strict-transport-security"]).toMatch(/max-age=\d{7,}/);
});

test("reader pages have no inline script; every inline script of an editorial screen carries the nonce of its policy", async ({ request }) => {
  // A reader page loads only the reader script, from this site: the same bytes for every reader
  const reader = await request.get("/en");
  const readerScripts = [...(await reader.text()).matchAll(/<script\b[^>]*>/g)].map((match) => match[0]);
  expect(readerScripts.length).toBeGreaterThan(0);
  for (const tag of readerScripts) expect(tag).toMatch(/ src="\/build\/reader-[\w-]+\.js"/);

  // The editorial screens hydrate React, whose inline scripts run only with the answer's nonce
  const response = await request.get("/admin/sign-in");
  const nonce = response.headers()["content-security-policy"]?.match(/'nonce-([^']+)'/)?.[1];
  expect(nonce).toBeTruthy();
  const scripts = [...(await response.text()).matchAll(/<script\b[^>]*>/g)].map((match) => match[0]);
  const inline = scripts.filter((tag) => !/ src=/.test(tag));
  expect(inline.length).toBeGreaterThan(0);
  for (const tag of inline) expect(tag).toContain(`nonce="${nonce}"`);
});

for (const edition of editions) {
  const { code } = edition;
  const article = publishedArticles(code)[0]!;
  const media = mediaContent[code]!;
  const gallery = media.photos[0]!;
  const video = media.videos[0]!;

  test(`${code}: home, article, contact, search, gallery and video pages run without a CSP violation`, async ({ page }) => {
    test.setTimeout(90_000);
    const { problems } = await watch(page);
    for (const path of [`/${code}`, articlePath(code, article.slug), `/${code}/contact`, `/${code}/search?q=${encodeURIComponent(article.title.split(/\s+/)[0]!)}`]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
      await waitForReaderScript(page);
      await page.waitForLoadState("networkidle");
    }

    await page.goto(mediaPath(code, "photos", gallery.slug));
    await waitForReaderScript(page);
    await page.locator("#photos a[data-gallery-thumbnail]").nth(1).click();
    await expect(page.getByRole("dialog")).toBeVisible();
    await page.keyboard.press("Escape");

    await page.goto(mediaPath(code, "videos", video.slug));
    await waitForReaderScript(page);
    await page.locator("main form button").first().click();
    await expect(page.locator("main iframe")).toHaveAttribute("src", new RegExp(`^https://${videoHost.replace(/\./g, "\\.")}/`));
    await page.waitForTimeout(500);

    expect(problems).toEqual([]);
  });
}

test("a blocked inline script is reported, so the watch above can fail", async ({ page }) => {
  const { problems } = await watch(page);
  await page.goto("/en");
  await waitForReaderScript(page);
  await page.evaluate(() => {
    const script = document.createElement("script");
    script.textContent = "window.__injected = true";
    document.body.append(script);
  });
  await expect.poll(() => problems.join("\n")).toContain("CSP violation");
  expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined();
});
