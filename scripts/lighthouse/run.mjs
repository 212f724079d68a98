// npm run lighthouse: Lighthouse (default configuration: a mid-range phone on a slow 4G connection,
// simulated) on the home page and an article of every edition, against the production build on a fresh
// embedded database. Writes docs/lighthouse/latest.json and docs/lighthouse/latest.md and prints the table,
// then every audit that keeps a category from its target (performance 98, the others 100) with its details.
// It builds nothing: run `npm run build` first (or set REMIX_BUILD_DIR).
//
// Environment:
//   CHROMIUM_PATH        the browser (/usr/bin/chromium)
//   LIGHTHOUSE_PORT      port of the server under test (3312)
//   LIGHTHOUSE_OUTPUT    directory of the report (docs/lighthouse)
//   LIGHTHOUSE_EDITIONS  editions to run, comma-separated (en,ar,fa,sq)
import { mkdtempSync, rmSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { machineLine } from "../bench/report.mjs";
import { buildDirectory, machineFacts, requireBuild, startServer, stopServer } from "../bench/server-process.mjs";

const chromePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const port = Number(process.env.LIGHTHOUSE_PORT ?? 3312);
const outputDirectory = process.env.LIGHTHOUSE_OUTPUT ?? "docs/lighthouse";
const editions = (process.env.LIGHTHOUSE_EDITIONS ?? "en,ar,fa,sq").split(",");
const categories = ["performance", "accessibility", "best-practices", "seo"];
/** The score each category should reach */
const targets = { performance: 98, accessibility: 100, "best-practices": 100, seo: 100 };

requireBuild();
const machine = machineFacts();
console.log(machineLine(machine));

/** The first article the edition's home page links to */
async function firstArticle(origin, edition) {
  const response = await fetch(`${origin}/${edition}`);
  if (!response.ok) throw new Error(`/${edition} answered ${response.status}`);
  const html = await response.text();
  const href = html.match(new RegExp(`href="(/${edition}/articles/[^"?#]+)"`))?.[1];
  if (!href) throw new Error(`No article link on /${edition}`);
  return href;
}

/** The useful part of an audit's details: what failed, where, how much it costs */
function detailsOf(audit) {
  const details = audit.details;
  if (!details) return undefined;
  const items = (details.items ?? []).slice(0, 10).map((item) => {
    const summary = {};
    for (const [key, value] of Object.entries(item)) {
      if (value && typeof value === "object" && value.type === "node") {
        summary[key] = { selector: value.selector, snippet: value.snippet, explanation: value.explanation };
      } else if (value && typeof value === "object" && value.type === "source-location") {
        summary[key] = `${value.url}:${value.line}:${value.column}`;
      } else if (typeof value !== "object" || value === null) {
        summary[key] = value;
      } else if (value.type === "subitems") {
        summary[key] = value.items.slice(0, 5);
      }
    }
    return summary;
  });
  return { type: details.type, overallSavingsMs: details.overallSavingsMs, overallSavingsBytes: details.overallSavingsBytes, items };
}

/** Audits of a category that did not pass (weighted or not), worst first */
function failingAudits(result, category) {
  const references = result.categories[category]?.auditRefs ?? [];
  return references
    .map((reference) => ({ reference, audit: result.audits[reference.id] }))
    .filter(({ audit }) => audit && typeof audit.score === "number" && audit.score < 1 && !["notApplicable", "manual", "informative"].includes(audit.scoreDisplayMode))
    // Metrics are reported as figures, not as failures
    .filter(({ reference }) => reference.group !== "metrics")
    .sort((a, b) => a.audit.score - b.audit.score || b.reference.weight - a.reference.weight)
    .map(({ reference, audit }) => ({
      id: audit.id,
      title: audit.title,
      score: audit.score,
      weight: reference.weight,
      displayValue: audit.displayValue,
      details: detailsOf(audit),
    }));
}

const pgliteDirectory = mkdtempSync(path.join(os.tmpdir(), "lighthouse-pglite-"));
const server = await startServer(port, { PGLITE_DIR: pgliteDirectory });
let chrome;
const runs = [];
try {
  const pages = [];
  for (const edition of editions) {
    pages.push({ edition, page: "home", path: `/${edition}` });
    pages.push({ edition, page: "article", path: await firstArticle(server.origin, edition) });
  }
  chrome = await chromeLauncher.launch({ chromePath, chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu"] });
  for (const page of pages) {
    const url = `${server.origin}${page.path}`;
    process.stderr.write(`lighthouse ${url} … `);
    const { lhr } = await lighthouse(url, { port: chrome.port, output: "json", logLevel: "error" });
    if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const scores = Object.fromEntries(categories.map((category) => [category, Math.round((lhr.categories[category]?.score ?? 0) * 100)]));
    const run = {
      ...page,
      url: page.path,
      scores,
      largestContentfulPaintMs: Math.round(lhr.audits["largest-contentful-paint"]?.numericValue ?? NaN),
      totalBlockingTimeMs: Math.round(lhr.audits["total-blocking-time"]?.numericValue ?? NaN),
      cumulativeLayoutShift: Number((lhr.audits["cumulative-layout-shift"]?.numericValue ?? NaN).toFixed(3)),
      firstContentfulPaintMs: Math.round(lhr.audits["first-contentful-paint"]?.numericValue ?? NaN),
      transferredBytes: Math.round(lhr.audits["total-byte-weight"]?.numericValue ?? NaN),
      failing: Object.fromEntries(
        categories.filter((category) => scores[category] < targets[category]).map((category) => [category, failingAudits(lhr, category)]),
      ),
      lighthouseVersion: lhr.lighthouseVersion,
      userAgent: lhr.environment?.hostUserAgent,
      benchmarkIndex: lhr.environment?.benchmarkIndex,
    };
    runs.push(run);
    process.stderr.write(`${categories.map((category) => scores[category]).join(" / ")}\n`);
  }
} finally {
  await chrome?.kill();
  await stopServer(server);
  rmSync(pgliteDirectory, { recursive: true, force: true });
}

// ---- The report ----

const kilobytes = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const lines = [
  "# Lighthouse",
  "",
  `${new Date().toISOString()} · Lighthouse ${runs[0]?.lighthouseVersion} (default configuration: mobile, simulated slow 4G and 4× CPU slowdown) · ` +
    `${path.basename(chromePath)} headless · CPU benchmark index ${runs[0]?.benchmarkIndex ?? "?"} · ${machineLine(machine)}`,
  "",
  `Production build ${buildDirectory}/, embedded database with the demo content. Targets: performance ≥ ${targets.performance}, the others ${targets.accessibility}. ` +
    "The machine is shared with other work: performance varies with its load.",
  "",
  "| page | performance | accessibility | best practices | SEO | LCP ms | TBT ms | CLS | FCP ms | transferred |",
  "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
  ...runs.map(
    (run) =>
      `| \`${decodeURIComponent(run.url)}\` | ${run.scores.performance} | ${run.scores.accessibility} | ${run.scores["best-practices"]} | ${run.scores.seo} | ${run.largestContentfulPaintMs} | ${run.totalBlockingTimeMs} | ${run.cumulativeLayoutShift} | ${run.firstContentfulPaintMs} | ${kilobytes(run.transferredBytes)} |`,
  ),
];
const failures = runs.filter((run) => Object.keys(run.failing).length > 0);
if (failures.length > 0) {
  lines.push("", "## Below target: the audits that did not pass");
  for (const run of failures) {
    for (const [category, audits] of Object.entries(run.failing)) {
      lines.push("", `### \`${decodeURIComponent(run.url)}\`: ${category} ${run.scores[category]}`);
      if (audits.length === 0) lines.push("", "(no single audit failed: the score comes from the metrics above)");
      for (const audit of audits) {
        lines.push("", `- **${audit.id}** (${audit.title}) score ${audit.score}${audit.displayValue ? `, ${audit.displayValue}` : ""}`);
        for (const item of audit.details?.items ?? []) lines.push(`  - ${JSON.stringify(item)}`);
      }
    }
  }
}
const markdown = `${lines.join("\n")}\n`;
await mkdir(outputDirectory, { recursive: true });
await writeFile(path.join(outputDirectory, "latest.json"), `${JSON.stringify({ date: new Date().toISOString(), machine, chromePath, buildDirectory, targets, runs }, null, 2)}\n`);
await writeFile(path.join(outputDirectory, "latest.md"), markdown);
console.log(`\n${markdown}\nWritten: ${outputDirectory}/latest.json, ${outputDirectory}/latest.md`);
