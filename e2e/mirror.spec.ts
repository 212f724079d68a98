// The static mirror (npm run export, docs/mirrors.md), served as it would be in the wild: one export of the
// demo site, served by nginx with the configuration the export wrote, on its own port (another origin than
// the main site's), crawled and read in the browser; then one publication and an incremental export.
import { execFile, spawn, spawnSync, type ChildProcess } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { PGlite } from "@electric-sql/pglite";
import { expect, test } from "@playwright/test";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { findEdition } from "../app/editions";
import { text } from "./fixtures";

const nginxBinary = "/usr/sbin/nginx";
const mainSite = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 3210)}`;
const mirrorPort = Number(process.env.E2E_PORT ?? 3210) + 20;
const mirror = `http://127.0.0.1:${mirrorPort}`;

const state = {
  directory: "",
  nginx: undefined as ChildProcess | undefined,
  /** Every HTML page of the crawl: its alternates (hreflang → URL) */
  alternates: new Map<string, Record<string, string>>(),
};

async function exportMirror(): Promise<{ output: string; seconds: number; written: string[]; rendered: string[] }> {
  const started = Date.now();
  const { stdout, stderr } = await promisify(execFile)(
    "npm",
    ["run", "export", "--", "--out", path.join(state.directory, "out"), "--site-url", mirror, "--nginx-listen", `127.0.0.1:${mirrorPort}`],
    {
      env: {
        ...process.env,
        PGLITE_DIR: path.join(state.directory, "db"),
        UPLOADS_DIR: path.join(state.directory, "uploads"),
        SITE_URL: mainSite,
        MIRROR_URLS: mirror,
        SESSION_SECRET: "mirror-export-test-secret",
      },
      maxBuffer: 16 * 1024 * 1024,
    },
  ).catch((error: { stdout?: string; stderr?: string }) => {
    throw new Error(`npm run export failed:\n${error.stdout}\n${error.stderr}`);
  });
  const report = JSON.parse(readFileSync(path.join(state.directory, "out/.mirror/report.json"), "utf8")) as { written: string[]; rendered: string[] };
  return { output: `${stdout}\n${stderr}`, seconds: (Date.now() - started) / 1000, written: report.written, rendered: report.rendered };
}

test.describe("a static mirror served by nginx", () => {
  test.describe.configure({ mode: "serial" });
  test.skip(!existsSync(nginxBinary) && !process.env.CI, `needs Debian's nginx at ${nginxBinary} (apt-get install nginx); CI installs it (.ci/run)`);

  test.beforeAll(async () => {
    // An export takes 15–25 s on a quiet 2-core machine, over 100 s on a loaded one
    test.setTimeout(300_000);
    state.directory = mkdtempSync(path.join(tmpdir(), "ngo-news-mirror-"));
    // nginx's workers (nobody, when it starts as root) read the mirror's files
    chmodSync(state.directory, 0o755);
    const first = await exportMirror();
    expect(first.output).toMatch(/Mirror of .* \d+ pages, \d+ files, \d+ articles in the search index/);
    console.log(`full export of the demo site: ${first.seconds.toFixed(1)} s (npm and the database's start included)`);

    const nginxDirectory = path.join(state.directory, "nginx");
    spawnSync("mkdir", ["-p", nginxDirectory]);
    writeFileSync(
      path.join(nginxDirectory, "nginx.conf"),
      [
        "worker_processes 1;",
        `pid ${nginxDirectory}/nginx.pid;`,
        "events { worker_connections 256; }",
        "http {",
        "  access_log off;",
        ...["client_body", "proxy", "fastcgi", "uwsgi", "scgi"].map((kind) => `  ${kind}_temp_path ${nginxDirectory}/${kind};`),
        // The file the export wrote, as docs/mirrors.md includes it
        `  include ${state.directory}/out/.mirror/nginx.conf;`,
        "}",
      ].join("\n"),
    );
    const nginxArguments = ["-p", nginxDirectory, "-e", `${nginxDirectory}/error.log`, "-c", `${nginxDirectory}/nginx.conf`, "-g", "daemon off;"];
    const checked = spawnSync(nginxBinary, ["-t", ...nginxArguments], { encoding: "utf8" });
    expect(checked.status, checked.stderr).toBe(0);
    expect(checked.stderr).not.toMatch(/\[warn\]/);
    state.nginx = spawn(nginxBinary, nginxArguments, { stdio: "ignore" });
    await expect.poll(async () => (await fetch(`${mirror}/en`).catch(() => undefined))?.status, { timeout: 10_000 }).toBe(200);
  });

  test.afterAll(async () => {
    state.nginx?.kill("SIGTERM");
    if (state.directory) rmSync(state.directory, { recursive: true, force: true });
  });

  test("crawled from /: every link resolves, lang and dir follow the edition, hreflang is reciprocal, feeds and sitemaps parse", async () => {
    test.setTimeout(120_000);
    // The edition is negotiated at / by Accept-Language
    for (const [language, edition] of [["fa-IR,fa;q=0.9,en;q=0.8", "fa"], ["de-DE,ar;q=0.8", "ar"], ["sq", "sq"], ["ja", "en"]] as const) {
      const answer = await fetch(`${mirror}/`, { headers: { "Accept-Language": language }, redirect: "manual" });
      expect(answer.status, language).toBe(302);
      expect(answer.headers.get("location"), language).toBe(`/${edition}`);
    }
    // A link from outside with the site's query form lands on the same file
    expect(await (await fetch(`${mirror}/en?page=2`)).text()).toBe(await (await fetch(`${mirror}/en/page/2`)).text());
    const missing = await fetch(`${mirror}/fa/no-such-page`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toMatch(/<html lang="fa" dir="rtl"/);

    const parser = new XMLParser({ ignoreAttributes: false });
    const seen = new Set<string>(["/en", "/ar", "/fa", "/sq", "/sitemap.xml", "/robots.txt"]);
    const queue = [...seen].map((address) => ({ address, from: "/" }));
    const failures: string[] = [];
    let pages = 0;
    let documents = 0;
    const enqueue = (link: string, from: string) => {
      const url = new URL(link.replaceAll("&amp;", "&"), `${mirror}${from}`);
      if (url.origin !== mirror) return;
      const address = `${url.pathname}${url.search}`;
      if (seen.has(address) || url.pathname === "/") return;
      seen.add(address);
      queue.push({ address, from });
    };
    while (queue.length > 0) {
      const batch = queue.splice(0, 16);
      await Promise.all(
        batch.map(async ({ address, from }) => {
          const answer = await fetch(`${mirror}${address}`, { redirect: "manual" });
          if (answer.status !== 200) {
            failures.push(`${address} (${answer.status}) linked from ${from}`);
            return;
          }
          const type = answer.headers.get("content-type") ?? "";
          if (type.startsWith("text/html")) {
            pages += 1;
            const html = await answer.text();
            const edition = findEdition(address.split("/")[1] ?? "");
            const root = /<html lang="([^"]+)" dir="([^"]+)"/.exec(html);
            if (edition && html.includes("<main")) expect([root?.[1], root?.[2]], address).toEqual([edition.code, edition.dir]);
            const alternates: Record<string, string> = {};
            for (const [tag] of html.matchAll(/<link [^>]*rel="alternate"[^>]*>/g)) {
              const language = /hreflang="([^"]+)"/i.exec(tag)?.[1];
              const href = /href="([^"]+)"/.exec(tag)?.[1];
              if (language && href && language !== "x-default") alternates[language] = href.replaceAll("&amp;", "&");
            }
            state.alternates.set(`${mirror}${address}`, alternates);
            for (const match of html.matchAll(/\s(?:href|src|action)="([^"]*)"/g)) enqueue(match[1]!, address);
            for (const match of html.matchAll(/\ssrcset="([^"]*)"/g)) for (const candidate of match[1]!.split(",")) enqueue(candidate.trim().split(/\s+/)[0]!, address);
          } else if (/^application\/(rss\+)?xml/.test(type)) {
            documents += 1;
            const xml = await answer.text();
            expect(XMLValidator.validate(xml), address).toBe(true);
            const parsed = parser.parse(xml) as { rss?: { channel: { item: unknown[] } }; urlset?: unknown; sitemapindex?: unknown };
            expect(parsed.rss?.channel.item ?? parsed.urlset ?? parsed.sitemapindex, address).toBeTruthy();
            // Every address a feed or sitemap names is on the mirror
            for (const [url] of xml.matchAll(/https?:\/\/[^\s<>"'&]+/g)) if (url.startsWith("http://127.0.0.1")) enqueue(url, address);
          } else {
            await answer.arrayBuffer();
          }
        }),
      );
    }
    expect(failures).toEqual([]);
    expect(pages).toBeGreaterThan(300);
    expect(documents).toBeGreaterThan(8);

    // hreflang: a page that names another edition's version is named back by it
    let pairs = 0;
    for (const [url, alternates] of state.alternates) {
      const own = Object.entries(alternates).find(([, href]) => href === url)?.[0];
      if (!own) continue;
      for (const [language, href] of Object.entries(alternates)) {
        if (href === url) continue;
        const back = state.alternates.get(href);
        expect(back, `${href} (${language} of ${url}) was crawled`).toBeDefined();
        expect(back![own], `${href} names ${url} as its ${own} version`).toBe(url);
        pairs += 1;
      }
    }
    expect(pairs).toBeGreaterThan(50);
  });

  test("in the browser: search finds a query typed with variant letters, the switcher and the form notes work", async ({ page, browser }) => {
    test.setTimeout(90_000);
    // A Persian title word with Persian kaf or yeh, typed with the Arabic letters; an Arabic one with hamza, typed without
    const variants = { fa: (word: string) => word.replaceAll("ی", "ي").replaceAll("ک", "ك"), ar: (word: string) => word.replace(/[أإآ]/g, "ا") };
    for (const [edition, variant] of Object.entries(variants)) {
      const feed = new XMLParser().parse(await (await fetch(`${mirror}/${edition}/feed.xml`)).text()) as { rss: { channel: { item: { title: string; link: string }[] } } };
      const candidates = feed.rss.channel.item.flatMap((item) => item.title.split(/[\s«»:،.]+/).filter((word) => word.length >= 4 && variant(word) !== word).map((word) => ({ word, item })));
      expect(candidates.length, `a ${edition} title word with a variant letter`).toBeGreaterThan(0);
      const { word, item } = candidates[0]!;
      await page.goto(`${mirror}/${edition}/search?q=${encodeURIComponent(variant(word))}`);
      await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
      const result = page.locator("#mirror-search ol a", { hasText: item.title });
      await expect(result.first(), `"${variant(word)}" finds "${item.title}"`).toBeVisible();
      await expect(page.locator("#search-query")).toHaveValue(variant(word));
      await result.first().click();
      await expect(page).toHaveURL(new URL(item.link).href);
    }

    // The edition switcher: an article with a Persian version leads to it; one without says so in Persian
    const articles = [...state.alternates].filter(([url]) => /\/en\/articles\/[^/]+$/.test(url));
    const translated = articles.find(([, alternates]) => alternates.fa)!;
    const untranslated = articles.find(([, alternates]) => !alternates.fa)!;
    await page.goto(translated[0]);
    const toPersian = page.locator('[data-edition-link="fa"]');
    await page.locator("details", { has: toPersian }).locator("summary").click();
    await toPersian.click();
    await expect(page).toHaveURL(translated[1].fa!);
    await expect(page.locator("html")).toHaveAttribute("lang", "fa");
    await page.goto(untranslated[0]);
    await expect(page.locator('[data-edition-link="fa"]')).toHaveAttribute("href", "/fa");
    await expect(page.locator('[data-edition-link="fa"]')).toContainText(text("fa", "nav", "notAvailableInEdition"));

    // Forms: a note in the edition's language linking to the main site's form; no form that posts anywhere
    await page.goto(`${mirror}/fa/contact`);
    await expect(page.locator("form[method=post]")).toHaveCount(0);
    const contactLink = page.locator("[data-mirror-note=contact] a");
    await expect(contactLink).toHaveAttribute("href", `${mainSite}/fa/contact`);
    await expect(page.locator("[data-mirror-note=contact]")).toContainText(text("fa", "common", "mirror.contactNote"));
    expect((await fetch(`${mainSite}/fa/contact`)).status).toBe(200);
    await page.goto(translated[0]);
    await expect(page.locator("form[method=post]")).toHaveCount(0);
    await expect(page.locator("[data-mirror-note=comments] a")).toHaveAttribute("href", `${new URL(translated[0]).pathname}#comments`.replace(/^/, mainSite));

    // The page of the site's other addresses, linked from the footer
    await page.goto(`${mirror}/sq`);
    await page.locator("footer").getByRole("link", { name: text("sq", "common", "mirror.footerLink") }).click();
    await expect(page.locator("[data-mirror-list] a")).toHaveText([`${mainSite}/sq`, `${mirror}/sq`]);

    // Without JavaScript the search page says the mirror's search needs it and links to the main site's
    const noScript = await browser.newContext({ javaScriptEnabled: false });
    const plain = await noScript.newPage();
    await plain.goto(`${mirror}/en/search?q=water`);
    await expect(plain.locator("[data-mirror-note=search]")).toContainText(text("en", "common", "mirror.searchNeedsScript"));
    await expect(plain.locator("[data-mirror-note=search] a")).toHaveAttribute("href", `${mainSite}/en/search`);
    await noScript.close();
  });

  test("after one publication, the next export rewrites only what changed and reports it", async () => {
    test.setTimeout(240_000);
    const database = new PGlite(path.join(state.directory, "db"));
    const published = await database.query<{ slug: string }>(
      "UPDATE articles SET status = 'published', published_at = now() WHERE id = (SELECT id FROM articles WHERE edition = 'fa' AND status = 'draft' LIMIT 1) RETURNING slug",
    );
    await database.close();
    const slug = published.rows[0]!.slug;
    const third = await exportMirror();
    const written = third.written;
    expect(written).toContain(`fa/articles/${slug}/index.html`);
    expect(written).toEqual(expect.arrayContaining(["fa/index.html", "fa/articles/index.html", "fa/feed.xml"]));
    expect(written.some((file) => file.startsWith("sitemaps/fa"))).toBe(true);
    // Pages the new article appears nowhere on stay as they were
    for (const untouched of ["en/index.html", "ar/about/index.html", "sq/articles/index.html", "fa/about/index.html", "fonts/vazirmatn/400.css"]) expect(written).not.toContain(untouched);
    // Of the edition's article pages, only the new one and the few whose related posts it joins (its nearest
    // neighbours in its category): a mirror's article page lists no newest posts
    const articlePages = written.filter((file) => /^fa\/articles\/[^/]+\/index\.html$/.test(file));
    expect(articlePages.length).toBeGreaterThanOrEqual(1);
    expect(articlePages.length).toBeLessThanOrEqual(5);
    expect(third.output).toContain(`fa/articles/${slug}/index.html`);
    // Nor are the other article pages rendered again: their inputs did not change (docs/decisions/021)
    const renderedArticles = third.rendered.filter((file) => /^[a-z]{2}\/articles\/[^/]+\/index\.html$/.test(file));
    expect(renderedArticles).toContain(`fa/articles/${slug}/index.html`);
    expect(renderedArticles.length).toBeLessThanOrEqual(9);
    expect(third.output).toMatch(/Rendered \d+ pages, skipped \d+ whose inputs had not changed/);
    const answer = await fetch(`${mirror}/fa/articles/${encodeURIComponent(slug)}`);
    expect(answer.status).toBe(200);
  });
});
