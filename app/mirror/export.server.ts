// The static mirror export (npm run export, scripts/mirror/export.ts; docs/decisions/015-static-mirror-export.md).
// Renders every public page through the built app in-process, following links from each edition's home,
// feeds and sitemaps, and writes what changed since the last export into the output directory. An item page
// (article, media item, publication) whose inputs are those of the last export is not rendered again
// (docs/decisions/021-mirror-render-keys.md).
import { createHash } from "node:crypto";
import { mkdir, readFile, readdir, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { createRequestHandler, type AppLoadContext, type ServerBuild } from "@remix-run/node";
import { build as esbuild } from "esbuild";
import { editions } from "~/editions";
import { getEnvironment } from "~/env.server";
import type { MirrorRender } from "./context";
import type { RenderInputs } from "./render-keys.server";
import { nginxConfiguration } from "./nginx";
import { mirrorAddress, mirrorFile, rewriteQueryLinks } from "./paths";
import { articleRecord, writeSearchIndex, type SearchRecord } from "./search-index.server";

export interface ExportOptions {
  outDir: string;
  /** The mirror's own origin: every absolute URL of the export (canonical, hreflang, feeds, sitemaps) */
  siteUrl: string;
  /** The main site: forms and the search without JavaScript link there */
  mainSiteUrl: string;
  /** The server build (default: REMIX_BUILD_DIR, else build/) */
  buildDir?: string;
  publicDir?: string;
  /** The port the written nginx configuration listens on */
  nginxListen?: string;
  /** Pages rendered at once (the database answers one query at a time on PGlite; rendering is CPU) */
  concurrency?: number;
  /** Render every page, whatever the last export recorded */
  full?: boolean;
  onProgress?: (done: number, known: number) => void;
}

export interface ExportReport {
  pages: number;
  /** The pages rendered (their files); the others were skipped by their render key */
  rendered: string[];
  skipped: number;
  files: number;
  written: string[];
  removed: string[];
  unchanged: number;
  /** Links of the site that answered neither a page nor a redirect (should be empty) */
  broken: { address: string; status: number; from: string }[];
  searchRecords: number;
  seconds: number;
}

const manifestFile = ".mirror/manifest.json";

/** An item page as the last export rendered it: enough to stand for it when its key is unchanged */
interface RenderedPage {
  key: string;
  file: string;
  /** The addresses it linked to, resolved (the crawl follows them without rendering it) */
  links: string[];
  record?: SearchRecord;
}

interface Manifest {
  files: Record<string, string>;
  /** Item pages by address; their links are indexes into `links`, which they share */
  pages?: Record<string, Omit<RenderedPage, "links"> & { links: number[] }>;
  links?: string[];
}

const sha256 = (bytes: Uint8Array | string) => createHash("sha256").update(bytes).digest("base64url");

/** Writes files whose bytes changed since the last export (by the manifest's hashes), and removes those no longer produced */
class MirrorWriter {
  private readonly next = new Map<string, string>();
  readonly pages = new Map<string, RenderedPage>();
  readonly written: string[] = [];
  unchanged = 0;
  constructor(
    private readonly outDir: string,
    private readonly previous: Record<string, string>,
    readonly previousPages: Record<string, RenderedPage>,
  ) {}

  static async open(outDir: string): Promise<MirrorWriter> {
    let previous: Manifest = { files: {} };
    try {
      previous = JSON.parse(await readFile(path.join(outDir, manifestFile), "utf8")) as Manifest;
    } catch {
      // No earlier export here: everything is written
    }
    const links = previous.links ?? [];
    const pages = Object.entries(previous.pages ?? {}).map(([address, page]) => [address, { ...page, links: page.links.map((index) => links[index]!) }]);
    return new MirrorWriter(outDir, previous.files, Object.fromEntries(pages));
  }

  /** Keeps a file of the last export as it is, when it is still there with the bytes it had then */
  async keep(file: string): Promise<boolean> {
    const hash = this.previous[file];
    const bytes = hash ? await readFile(path.join(this.outDir, file)).catch(() => undefined) : undefined;
    if (!bytes || sha256(bytes) !== hash) return false;
    this.next.set(file, hash);
    this.unchanged += 1;
    return true;
  }

  has(file: string): boolean {
    return this.next.has(file);
  }

  async put(file: string, content: string | Uint8Array): Promise<void> {
    const bytes = typeof content === "string" ? Buffer.from(content) : content;
    const hash = sha256(bytes);
    this.next.set(file, hash);
    const target = path.join(this.outDir, file);
    if (this.previous[file] === hash && (await stat(target).catch(() => null))) {
      this.unchanged += 1;
      return;
    }
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, bytes);
    this.written.push(file);
  }

  /** Removes what the last export wrote and this one did not, then records this export's files */
  async finish(): Promise<string[]> {
    const removed = Object.keys(this.previous).filter((file) => !this.next.has(file));
    for (const file of removed) await rm(path.join(this.outDir, file), { force: true });
    await mkdir(path.join(this.outDir, ".mirror"), { recursive: true });
    const links = new Map<string, number>();
    const index = (link: string) => links.get(link) ?? (links.set(link, links.size), links.size - 1);
    const pages = [...this.pages].sort(([a], [b]) => (a < b ? -1 : 1)).map(([address, page]) => [address, { ...page, links: page.links.map(index) }]);
    const manifest: Manifest = { files: Object.fromEntries([...this.next].sort()), pages: Object.fromEntries(pages), links: [...links.keys()] };
    await writeFile(path.join(this.outDir, manifestFile), JSON.stringify(manifest));
    return removed;
  }

  get count(): number {
    return this.next.size;
  }
}

async function* walk(directory: string, base = directory): AsyncGenerator<string> {
  for (const entry of await readdir(directory, { withFileTypes: true })) {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) yield* walk(full, base);
    else if (entry.isFile()) yield path.relative(base, full).split(path.sep).join("/");
  }
}

async function hashOfTree(hash: ReturnType<typeof createHash>, directory: string, include: (file: string) => boolean = () => true) {
  const files: string[] = [];
  for await (const file of walk(directory)) if (include(file)) files.push(file);
  for (const file of files.sort()) hash.update(`${file}\0`).update(await readFile(path.join(directory, file))).update("\0");
}

/**
 * What every item page depends on besides its own rows: the server build, the locales, the export's own
 * code, the installed packages, the addresses, the environment (its secrets left out), the runtime's
 * dates, the footer's year, and the site's identity. When in doubt an input belongs here: a change here
 * renders every page again, a missing one leaves pages stale.
 */
async function wholeExportKey(parts: { buildDir: string; identity: string; mirror: MirrorRender; siteUrl: string }): Promise<string> {
  const hash = createHash("sha256").update("mirror render key 1\0");
  await hashOfTree(hash, parts.buildDir);
  const environment = getEnvironment();
  await hashOfTree(hash, path.resolve(environment.LOCALES_DIR));
  await hashOfTree(hash, path.dirname(fileURLToPath(import.meta.url)), (file) => !file.includes(".test."));
  hash.update(await readFile(path.resolve("package-lock.json")).catch(() => "no lockfile"));
  const { DATABASE_URL: _url, SESSION_SECRET: _secret, DEMO_ACCOUNT_PASSWORD: _password, ...settings } = environment;
  hash.update(
    JSON.stringify({
      siteUrl: parts.siteUrl,
      mainSiteUrl: parts.mirror.mainSiteUrl,
      searchScriptSrc: parts.mirror.searchScriptSrc,
      settings,
      node: process.versions,
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
      year: new Date().getFullYear(),
      identity: parts.identity,
    }),
  );
  return hash.digest("base64url");
}

function decodedPath(pathname: string): string | undefined {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
}

/** The addresses a page or document links to: attributes of HTML, URLs in XML, each resolved against the page */
function linksOf(body: string, isHtml: boolean): string[] {
  const found: string[] = [];
  const decode = (value: string) => value.replaceAll("&amp;", "&").replaceAll("&#x27;", "'").replaceAll("&quot;", '"');
  if (isHtml) {
    for (const match of body.matchAll(/\s(?:href|src|action|poster)="([^"]*)"/g)) found.push(decode(match[1]!));
    // <meta content> holds URLs (og:image, og:url) among plain text
    for (const match of body.matchAll(/\scontent="(https?:\/\/[^"]*)"/g)) found.push(decode(match[1]!));
    for (const match of body.matchAll(/\ssrcset="([^"]*)"/g))
      for (const candidate of decode(match[1]!).split(",")) found.push(candidate.trim().split(/\s+/)[0] ?? "");
  } else {
    // Feeds carry HTML escaped inside XML: unescape first, then take every absolute URL
    const unescaped = decode(body.replaceAll("&lt;", "<").replaceAll("&gt;", ">"));
    for (const match of unescaped.matchAll(/https?:\/\/[^\s<>"']+/g)) found.push(match[0]);
  }
  return found;
}

/** A tiny page for `/` on hosts without the nginx configuration: the editions, and a script choosing the reader's */
function rootPage(): string {
  const links = editions
    .map((edition) => `<li><a href="/${edition.code}" hreflang="${edition.code}" lang="${edition.code}" dir="${edition.dir}">${edition.nativeName}</a></li>`)
    .join("");
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Horizon Watch</title><script src="/choose-edition.js"></script></head><body><ul>${links}</ul></body></html>`;
}

function chooseEditionScript(): string {
  const codes = JSON.stringify(editions.map((edition) => edition.code));
  return `(function(){var c=${codes};var l=navigator.languages||[navigator.language||""];for(var i=0;i<l.length;i++){var p=String(l[i]).toLowerCase().split("-")[0];if(c.indexOf(p)>=0){location.replace("/"+p);return;}}location.replace("/${editions[0]!.code}");})();\n`;
}

export async function exportMirror(options: ExportOptions): Promise<ExportReport> {
  const started = performance.now();
  const startedAt = Date.now();
  const outDir = path.resolve(options.outDir);
  const buildDir = path.resolve(options.buildDir ?? process.env.REMIX_BUILD_DIR ?? "build");
  const publicDir = path.resolve(options.publicDir ?? "public");
  // A build made elsewhere (REMIX_BUILD_DIR, see remix.config.js) keeps its bundles under its own public/build
  const assetsDir = options.buildDir || process.env.REMIX_BUILD_DIR ? path.join(buildDir, "public/build") : path.join(publicDir, "build");
  const origin = new URL(options.siteUrl).origin;
  await mkdir(outDir, { recursive: true });
  const writer = await MirrorWriter.open(outDir);

  const build = (await import(pathToFileURL(path.join(buildDir, "index.js")).href)) as ServerBuild & {
    entry: {
      module: {
        lifecycle: { start(): Promise<void>; stop(): Promise<void> };
        mirrorRenderInputs?: () => Promise<RenderInputs[]>;
        mirrorIdentityVersion?: () => Promise<string>;
      };
    };
  };
  const { lifecycle, mirrorRenderInputs, mirrorIdentityVersion } = build.entry.module;
  await lifecycle.start();
  try {
    // The files of public/: fonts (their stylesheets name their files), images, the icon; of the build's
    // bundles (every build's are kept there) only those a page names, when the crawl finds them
    const publicFiles = new Map<string, string>();
    for await (const file of walk(publicDir)) {
      if (file.startsWith("build/")) continue;
      publicFiles.set(`/${file}`, path.join(publicDir, file));
      await writer.put(file, await readFile(path.join(publicDir, file)));
    }
    for await (const file of walk(assetsDir)) publicFiles.set(`/build/${file}`, path.join(assetsDir, file));

    // The mirror's search script, bundled like the reader script (content-hashed under /build)
    const bundled = await esbuild({
      entryPoints: [path.resolve("app/mirror/search-client.ts")],
      bundle: true,
      minify: true,
      format: "iife",
      target: ["es2020"],
      write: false,
      logLevel: "silent",
    });
    const searchCode = bundled.outputFiles[0]!.contents;
    const searchScriptSrc = `/build/mirror-search-${createHash("sha256").update(searchCode).digest("hex").slice(0, 10)}.js`;
    await writer.put(searchScriptSrc.slice(1), searchCode);

    const shareCardStore = path.join(outDir, ".mirror/share-cards");
    const mirror: MirrorRender = { mainSiteUrl: new URL(options.mainSiteUrl).origin, searchScriptSrc, shareCardStore };
    const loadContext: AppLoadContext = { clientAddress: "127.0.0.1", mirror };
    const handle = createRequestHandler(build, "production");
    const render = (address: string) => handle(new Request(`${origin}${address}`, { headers: { "User-Agent": "mirror-export" } }), loadContext);

    // Each item page's render key: its own inputs and everything the whole export depends on (none with a
    // build made before keys existed: then every page is rendered). --full renders all and records the keys.
    const renderKeys = new Map<string, string>();
    if (mirrorRenderInputs && mirrorIdentityVersion) {
      const whole = await wholeExportKey({ buildDir, identity: await mirrorIdentityVersion(), mirror, siteUrl: origin });
      for (const { page, inputs } of await mirrorRenderInputs()) renderKeys.set(`/${page}`, sha256(`${whole}|${inputs}`));
    }
    const rendered: string[] = [];
    let skipped = 0;

    const seen = new Set<string>();
    const queue: { address: string; from: string }[] = [];
    const broken: ExportReport["broken"] = [];
    const records: SearchRecord[] = [];
    const copies: Promise<void>[] = [];
    let pages = 0;
    let done = 0;
    let copied = 0;
    /** A page's links that the crawl follows, as addresses (what a skipped page stands for) */
    const siteLinks = (links: string[], from: string) => {
      const addresses = new Set<string>();
      for (const link of links) {
        const url = URL.canParse(link, `${origin}${from}`) ? new URL(link, `${origin}${from}`) : undefined;
        if (url?.origin === origin) addresses.add(`${url.pathname}${url.search}`);
      }
      return [...addresses];
    };
    const enqueue = (link: string, from: string) => {
      let url: URL;
      try {
        url = new URL(link, `${origin}${from}`);
      } catch {
        return;
      }
      if (url.origin !== origin) return;
      const address = `${url.pathname}${url.search}`;
      if (seen.has(address) || url.pathname === "/" || url.pathname === searchScriptSrc || /^\/admin(\/|$)/.test(url.pathname)) return;
      seen.add(address);
      const source = publicFiles.get(url.pathname);
      if (source) {
        const file = url.pathname.slice(1);
        if (!writer.has(file)) copies.push(readFile(source).then((bytes) => writer.put(file, bytes)));
        copied += 1;
        return;
      }
      queue.push({ address, from });
    };
    for (const start of ["/sitemap.xml", "/robots.txt", ...editions.flatMap((edition) => [`/${edition.code}`, `/${edition.code}/feed.xml`, `/${edition.code}/search`, `/${edition.code}/contact`, `/${edition.code}/mirrors`])])
      enqueue(start, "/");

    const visit = async ({ address, from }: { address: string; from: string }) => {
      const url = new URL(`${origin}${address}`);
      const pathname = decodedPath(url.pathname);
      const key = pathname === undefined ? undefined : renderKeys.get(pathname);
      const last = key ? writer.previousPages[address] : undefined;
      if (key && !options.full && last?.key === key && !writer.has(last.file) && (await writer.keep(last.file))) {
        writer.pages.set(address, last);
        for (const link of last.links) enqueue(link, address);
        if (last.record) records.push(last.record);
        pages += 1;
        skipped += 1;
        return;
      }
      const response = await render(address);
      if (response.status >= 300 && response.status < 400) {
        // A link to another form of an address: the mirror answers it with a page that moves on
        const location = response.headers.get("Location") ?? "/";
        const file = mirrorFile(mirrorAddress(url.pathname, url.search) ?? url.pathname, true);
        if (file && !writer.has(file)) {
          const target = new URL(location, url);
          const to = target.origin === origin ? (mirrorAddress(target.pathname, target.search) ?? target.pathname) : target.href;
          await writer.put(file, `<!DOCTYPE html><meta charset="utf-8"><meta http-equiv="refresh" content="0; url=${to.replaceAll('"', "&quot;")}"><link rel="canonical" href="${to.replaceAll('"', "&quot;")}">`);
        }
        enqueue(location, address);
        return;
      }
      if (response.status !== 200) {
        broken.push({ address, status: response.status, from });
        await response.body?.cancel();
        return;
      }
      const type = response.headers.get("Content-Type") ?? "";
      const isHtml = type.startsWith("text/html");
      const isText = isHtml || /^(text\/|application\/(xml|rss\+xml|json))/.test(type);
      const mirrored = mirrorAddress(url.pathname, url.search);
      const file = mirrored === undefined ? undefined : mirrorFile(mirrored, isHtml);
      if (!file) {
        broken.push({ address, status: 0, from });
        await response.body?.cancel();
        return;
      }
      if (!isText) {
        await writer.put(file, new Uint8Array(await response.arrayBuffer()));
        return;
      }
      const body = await response.text();
      const links = linksOf(body, isHtml);
      for (const link of links) enqueue(link, address);
      if (!isHtml) {
        await writer.put(file, body);
        return;
      }
      pages += 1;
      rendered.push(file);
      // A video's "load the player" form reloads the page with ?play=1: that view is a page of its own
      if (body.includes("data-video-player")) {
        links.push(`${url.pathname}?play=1`);
        enqueue(`${url.pathname}?play=1`, address);
      }
      const record = articleRecord(url.pathname, body);
      if (record) records.push(record);
      if (key) writer.pages.set(address, { key, file, links: siteLinks(links, address), ...(record ? { record } : {}) });
      await writer.put(file, rewriteQueryLinks(body, origin));
    };

    const concurrency = options.concurrency ?? 4;
    let inFlight = 0;
    await new Promise<void>((resolve, reject) => {
      const pump = () => {
        if (queue.length === 0 && inFlight === 0) return resolve();
        while (inFlight < concurrency && queue.length > 0) {
          inFlight += 1;
          visit(queue.shift()!).then(() => {
            inFlight -= 1;
            done += 1;
            options.onProgress?.(done, seen.size - copied);
            pump();
          }, reject);
        }
      };
      pump();
    });

    await Promise.all(copies);

    // Each edition's error page for addresses the mirror does not have (the nginx configuration serves it with 404)
    for (const edition of editions) {
      const address = `/${edition.code}/mirror-export-no-such-page`;
      const response = await render(address);
      if (response.status !== 404) broken.push({ address, status: response.status, from: "the edition's error page" });
      const html = rewriteQueryLinks(await response.text(), origin);
      await writer.put(`${edition.code}/404.html`, html);
      if (edition === editions[0]) await writer.put("404.html", html);
    }
    await writer.put("index.html", rootPage());
    await writer.put("choose-edition.js", chooseEditionScript());

    // In address order: the crawl's order varies from run to run, and the index's files must not
    records.sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
    for (const file of await writeSearchIndex(records)) await writer.put(`pagefind/${file.path}`, file.content);

    const removed = await writer.finish();
    // Cards of items edited or removed since: every card this export used was drawn or touched after it started
    for (const name of await readdir(shareCardStore).catch(() => [] as string[])) {
      const file = path.join(shareCardStore, name);
      if ((await stat(file)).mtimeMs < startedAt - 1000) await rm(file, { force: true });
    }
    await writeFile(path.join(outDir, ".mirror/nginx.conf"), nginxConfiguration({ root: outDir, listen: options.nginxListen ?? "80" }));
    const report: ExportReport = {
      pages,
      rendered,
      skipped,
      files: writer.count,
      written: writer.written,
      removed,
      unchanged: writer.unchanged,
      broken,
      searchRecords: records.length,
      seconds: Math.round((performance.now() - started) / 100) / 10,
    };
    await writeFile(path.join(outDir, ".mirror/report.json"), JSON.stringify(report, null, 1));
    return report;
  } finally {
    await lifecycle.stop();
  }
}
