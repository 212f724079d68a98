// npm run bench: load-tests the production server on a fresh database of each kind and writes
// bench-results/bench.json and bench-results/bench.md. It builds nothing: run `npm run build` first
// (or set REMIX_BUILD_DIR to a build of your own).
//
// Environment:
//   BENCH_DATABASE_URL   postgres://… of a server where a temporary database may be created (and dropped);
//                        unset: PGlite only
//   BENCH_DURATION       seconds per route (10)       BENCH_CONNECTIONS  concurrent connections (50)
//   BENCH_WARMUP         seconds of warm-up per route (2)
//   BENCH_PORT           port of the server under test (3390)
//   BENCH_ENCODING       Accept-Encoding sent, as a browser would ("br, gzip"; "identity" for none)
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import postgres from "postgres";
import { markdownReport } from "./report.mjs";

const buildDirectory = process.env.REMIX_BUILD_DIR ?? "build";
const duration = Number(process.env.BENCH_DURATION ?? 10);
const warmup = Number(process.env.BENCH_WARMUP ?? 2);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 50);
const port = Number(process.env.BENCH_PORT ?? 3390);
const encoding = process.env.BENCH_ENCODING ?? "br, gzip";
const origin = `http://127.0.0.1:${port}`;
const outputDirectory = "bench-results";

if (!existsSync(path.join(buildDirectory, "index.js"))) {
  console.error(`No build in ${buildDirectory}/: run \`npm run build\` first (or set REMIX_BUILD_DIR).`);
  process.exit(1);
}

/** Starts server.mjs on the given database; resolves once /healthz answers */
async function startServer(databaseEnvironment) {
  const env = { ...process.env, ...databaseEnvironment, NODE_ENV: "production", PORT: String(port), HOST: "127.0.0.1", LOG_LEVEL: "warn" };
  // PGlite unless the run names a PostgreSQL database
  if (!databaseEnvironment.DATABASE_URL) delete env.DATABASE_URL;
  const child = spawn(process.execPath, ["server.mjs"], { env, stdio: ["ignore", "inherit", "inherit"] });
  const exited = new Promise((resolve) => child.once("exit", resolve));
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The server exited with code ${child.exitCode}`);
    try {
      if ((await fetch(`${origin}/healthz`)).ok) return { child, exited };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  child.kill("SIGTERM");
  throw new Error("The server did not answer /healthz within 120 s");
}

async function stopServer({ child, exited }) {
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 15_000);
  await exited;
  clearTimeout(timer);
}

/** Peak resident memory of the server process so far (Linux: VmHWM), in MB */
function peakRssMegabytes(pid) {
  try {
    const match = readFileSync(`/proc/${pid}/status`, "utf8").match(/^VmHWM:\s+(\d+) kB/m);
    return match ? Math.round(Number(match[1]) / 1024) : null;
  } catch {
    return null;
  }
}

async function html(pathname) {
  const response = await fetch(`${origin}${pathname}`);
  if (!response.ok) throw new Error(`${pathname} answered ${response.status}`);
  return response.text();
}

/** The routes under test, found on the site itself so they exist on whatever content was seeded */
async function discoverRoutes() {
  const listing = await html("/en/articles");
  const article = listing.match(/href="(\/en\/articles\/[^"?#]+)"/)?.[1];
  const category = listing.match(/href="(\/en\/categories\/[^"?#]+)"/)?.[1];
  const lastPage = Math.max(1, ...[...listing.matchAll(/[?&]page=(\d+)/g)].map(([, page]) => Number(page)));
  if (!article || !category) throw new Error("Could not find an article and a category link on /en/articles");
  return [
    // First, on an idle server: the baseline every route is compared with
    { name: "static file", path: "/favicon.svg" },
    { name: "home", path: "/en" },
    { name: "article", path: article },
    { name: "category", path: category },
    { name: "deep archive page", path: `/en/articles?page=${lastPage}` },
    { name: "search", path: "/en/search?q=news" },
    { name: "fa feed", path: "/fa/feed.xml" },
  ];
}

/**
 * autocannon closes its connections when its time is up, but the server still renders what they asked
 * for: wait until it answers /healthz promptly again (60 s at most), so one route's backlog is not
 * measured against the next.
 */
async function settle() {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const started = performance.now();
    await fetch(`${origin}/healthz`).catch(() => undefined);
    if (performance.now() - started < 100) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

function load(url, seconds) {
  return new Promise((resolve, reject) => {
    autocannon(
      { url, connections, duration: seconds, headers: { "accept-encoding": encoding } },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
  });
}

async function benchDatabase(kind, databaseEnvironment) {
  console.log(`\n== ${kind}: starting the server on a fresh database`);
  const server = await startServer(databaseEnvironment);
  try {
    const routes = await discoverRoutes();
    const results = [];
    for (const route of routes) {
      const url = `${origin}${route.path}`;
      if (warmup > 0) {
        await load(url, warmup);
        await settle();
      }
      const result = await load(url, duration);
      await settle();
      const row = {
        route: route.name,
        path: route.path,
        requestsPerSecond: Math.round(result.requests.average),
        // Answers completed within the run (requests still in flight at its end are not counted anywhere)
        completed: result.requests.total,
        latencyP50Ms: result.latency.p50,
        latencyP99Ms: result.latency.p99,
        errors: result.errors + result.timeouts,
        non2xx: result.non2xx,
        peakRssMb: peakRssMegabytes(server.child.pid),
      };
      results.push(row);
      console.log(
        `${route.name.padEnd(18)} ${String(row.requestsPerSecond).padStart(6)} req/s (${row.completed} answers)  p50 ${row.latencyP50Ms} ms  p99 ${row.latencyP99Ms} ms  errors ${row.errors}  non-2xx ${row.non2xx}`,
      );
    }
    const staticRate = results.find((row) => row.route === "static file")?.requestsPerSecond || 1;
    for (const row of results) row.ratioToStatic = Number((row.requestsPerSecond / staticRate).toFixed(3));
    return { database: kind, peakRssMb: peakRssMegabytes(server.child.pid), routes: results };
  } finally {
    await stopServer(server);
  }
}

/** A temporary database on the BENCH_DATABASE_URL server, dropped afterwards */
async function withTemporaryPostgres(serverUrl, run) {
  const name = `bench_${process.pid}_${Date.now()}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  try {
    return await run(url.toString());
  } finally {
    await admin.unsafe(`drop database if exists "${name}" with (force)`).catch(async () => admin.unsafe(`drop database if exists "${name}"`));
    await admin.end();
  }
}

const runs = [];
const pgliteDirectory = mkdtempSync(path.join(os.tmpdir(), "bench-pglite-"));
try {
  runs.push(await benchDatabase("PGlite", { PGLITE_DIR: pgliteDirectory }));
} finally {
  rmSync(pgliteDirectory, { recursive: true, force: true });
}
if (process.env.BENCH_DATABASE_URL) {
  runs.push(await withTemporaryPostgres(process.env.BENCH_DATABASE_URL, (url) => benchDatabase("PostgreSQL", { DATABASE_URL: url })));
} else {
  console.log("\nBENCH_DATABASE_URL is not set: PostgreSQL skipped.");
}

const report = {
  date: new Date().toISOString(),
  note: "The load generator (autocannon, in this process) shares the machine with the server: figures are relative, not capacity.",
  machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? "unknown", totalMemoryMb: Math.round(os.totalmem() / 2 ** 20), node: process.version },
  settings: { durationSeconds: duration, warmupSeconds: warmup, connections, acceptEncoding: encoding, buildDirectory },
  runs,
};
await mkdir(outputDirectory, { recursive: true });
await writeFile(path.join(outputDirectory, "bench.json"), `${JSON.stringify(report, null, 2)}\n`);
const markdown = markdownReport(report);
await writeFile(path.join(outputDirectory, "bench.md"), markdown);
console.log(`\n${markdown}\nWritten: ${outputDirectory}/bench.json, ${outputDirectory}/bench.md`);
