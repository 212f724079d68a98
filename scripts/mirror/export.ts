// npm run export -- --out DIR --site-url URL [--main-site-url URL] [--nginx-listen PORT] [--full]
// Writes the whole public site of every edition as static files for a mirror on URL (docs/mirrors.md).
// Run it again after a publication: it renders again only the item pages whose inputs changed (and every
// listing, feed and sitemap), rewrites only the files whose content changed and lists them.
import { parseArgs } from "node:util";

const usage = `npm run export -- --out DIR --site-url URL [--main-site-url URL] [--nginx-listen PORT] [--full]

  --out DIR            where the mirror's files go (kept between exports: only what changed is rewritten)
  --site-url URL       the mirror's own address (https://mirror.example.org): its canonical links, feeds and sitemaps
  --main-site-url URL  the main site, for the forms' and the search's links (default: SITE_URL)
  --nginx-listen PORT  what DIR/.mirror/nginx.conf listens on (default: 80)
  --full               render every page again, even those whose inputs did not change since the last export`;

function fail(sentence: string): never {
  console.error(`${sentence}\n\n${usage}`);
  process.exit(1);
}

let values: Record<string, string | boolean | undefined>;
try {
  ({ values } = parseArgs({
    options: {
      out: { type: "string" },
      "site-url": { type: "string" },
      "main-site-url": { type: "string" },
      "nginx-listen": { type: "string" },
      full: { type: "boolean" },
      help: { type: "boolean" },
    },
  }));
} catch (error) {
  fail((error as Error).message);
}
if (values.help) {
  console.log(usage);
  process.exit(0);
}
const httpUrl = (value: unknown, option: string): string => {
  try {
    const url = new URL(String(value));
    if ((url.protocol === "http:" || url.protocol === "https:") && url.pathname === "/" && !url.search) return url.origin;
  } catch {
    // falls through
  }
  fail(`${option} must be an http(s) origin without a path, such as https://mirror.example.org (got ${String(value)}).`);
};
if (typeof values.out !== "string") fail("--out is missing: the directory to write the mirror into.");
if (values["site-url"] === undefined) fail("--site-url is missing: the address the mirror will be served at.");
const siteUrl = httpUrl(values["site-url"], "--site-url");
const mainSource = values["main-site-url"] ?? process.env.SITE_URL;
if (mainSource === undefined) fail("The main site's address is unknown: set SITE_URL or pass --main-site-url.");
const mainSiteUrl = httpUrl(mainSource, "--main-site-url");
const listen = values["nginx-listen"] ?? "80";
if (typeof listen !== "string" || !/^(\S+:)?\d{1,5}$/.test(listen)) fail("--nginx-listen must be a port (8080) or an address and port (127.0.0.1:8080).");

// Read by the app's build as it loads: every absolute URL names the mirror. Pages are rendered once each
// (no page cache), and the request log stays quiet.
process.env.NODE_ENV ??= "production";
process.env.SITE_URL = siteUrl;
process.env.PAGE_CACHE = "off";
process.env.LOG_LEVEL ??= "warn";

const { exportMirror } = await import("~/mirror/export.server");

const bar = (done: number, known: number) => {
  const width = 30;
  const filled = Math.round((done / Math.max(known, 1)) * width);
  return `[${"#".repeat(filled)}${"-".repeat(width - filled)}] ${done}/${known}`;
};
let lastLine = 0;
const report = await exportMirror({
  outDir: values.out,
  siteUrl,
  mainSiteUrl,
  nginxListen: listen,
  full: values.full === true,
  onProgress(done, known) {
    // A bar redrawn in place on a terminal; a line every 5 s in a log
    if (process.stderr.isTTY) process.stderr.write(`\r${bar(done, known)} pages and files done`);
    else if (performance.now() - lastLine > 5_000) {
      lastLine = performance.now();
      process.stderr.write(`${bar(done, known)}\n`);
    }
  },
}).catch((error: Error) => {
  // The embedded database held by the running server, or none that can be opened: one sentence, no stack
  if (error?.constructor?.name !== "DatabaseStartError") throw error;
  console.error(error.message);
  process.exit(1);
});
if (process.stderr.isTTY) process.stderr.write("\n");

const shown = 200;
console.log(
  `Mirror of ${siteUrl} in ${values.out}: ${report.pages} pages, ${report.files} files, ${report.searchRecords} articles in the search index, ${report.seconds} s.`,
);
const writtenPages = report.written.filter((file) => file.endsWith(".html")).sort();
const writtenOthers = report.written.filter((file) => !file.endsWith(".html"));
console.log(`Rendered ${report.rendered.length} pages, skipped ${report.skipped} whose inputs had not changed.`);
console.log(`Wrote ${report.written.length} files (${report.unchanged} unchanged, ${report.removed.length} removed): ${writtenPages.length} pages, ${writtenOthers.length} other files.`);
for (const file of writtenPages.slice(0, shown)) console.log(`  ${file}`);
if (writtenPages.length > shown) console.log(`  … and ${writtenPages.length - shown} more pages`);
// Feeds, sitemaps and robots.txt by name; the search index, fonts and bundles counted by folder
const folders = new Map<string, number>();
for (const file of writtenOthers) {
  if (/\.(xml|txt)$/.test(file)) console.log(`  ${file}`);
  else folders.set(file.split("/")[0]!, (folders.get(file.split("/")[0]!) ?? 0) + 1);
}
for (const [folder, count] of folders) console.log(`  ${folder}/: ${count} files`);
for (const file of report.removed) console.log(`  removed ${file}`);
console.log(`Every file written: ${values.out}/.mirror/report.json`);
console.log(`nginx configuration: ${values.out}/.mirror/nginx.conf`);
if (report.broken.length > 0) {
  console.error(`${report.broken.length} links of the site answered no page:`);
  for (const link of report.broken.slice(0, shown)) console.error(`  ${link.address} (${link.status || "no file can stand for it"}) linked from ${link.from}`);
  process.exitCode = 1;
}
