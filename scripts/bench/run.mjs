// npm run bench: load-tests the production server on a fresh database of each kind (PGlite in a temporary
// directory; PostgreSQL in a temporary perf_* database when a server answers) against Debian's nginx serving
// a saved copy of the home page (gzip on), measured before and after the site's routes in the same run, and
// writes docs/bench/latest.json and docs/bench/latest.md; every rate is also given as a share of nginx's. It builds nothing: run `npm run build` first (or set
// REMIX_BUILD_DIR to a build of your own).
//
// Environment:
//   BENCH_DATABASE_URL   postgres://… of a server where a temporary database may be created and dropped
//                        (else TEST_DATABASE_URL, else postgres://postgres@127.0.0.1:5432/postgres;
//                        PostgreSQL is skipped when none answers; BENCH_DATABASE_URL=none skips it)
//   BENCH_DURATION       seconds per route (10)       BENCH_CONNECTIONS  concurrent connections (50)
//   BENCH_WARMUP         seconds of warm-up per route (2)
//   BENCH_PAGE_CACHE     on | off | both (both): the server's PAGE_CACHE switch for each run
//   BENCH_PORT           port of the server under test (3310)
//   BENCH_ENCODING       Accept-Encoding sent, as a browser would ("br, gzip"; "identity" for none)
//   BENCH_OUTPUT         directory of the report (docs/bench)
//   BENCH_NGINX          off: measure without nginx (no shares); NGINX: its binary (/usr/sbin/nginx)
//   BENCH_NGINX_PORT     port of the reference nginx (BENCH_PORT + 1)
// Load comes from wrk (2 threads) when installed, else autocannon (which caps nginx well below its rate).
import { mkdtempSync, rmSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { load as loadOnce, loadGenerator } from "./load.mjs";
import { nginxBinary, nginxInstallHint, startNginx, stopNginx } from "./nginx.mjs";
import { markdownReport } from "./report.mjs";
import { discoverRoutes } from "./routes.mjs";
import {
  buildDirectory,
  machineFacts,
  pageCacheSwitchKnown,
  postgresReachable,
  postgresServerUrl,
  requireBuild,
  sampleMemory,
  startServer,
  stopServer,
  withTemporaryPostgres,
} from "./server-process.mjs";

const duration = Number(process.env.BENCH_DURATION ?? 10);
const warmup = Number(process.env.BENCH_WARMUP ?? 2);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 50);
const port = Number(process.env.BENCH_PORT ?? 3310);
const encoding = process.env.BENCH_ENCODING ?? "br, gzip";
const outputDirectory = process.env.BENCH_OUTPUT ?? "docs/bench";
const pageCacheModes = { on: ["on"], off: ["off"], both: ["off", "on"] }[process.env.BENCH_PAGE_CACHE ?? "both"];
if (!pageCacheModes) {
  console.error("BENCH_PAGE_CACHE must be on, off or both");
  process.exit(1);
}

const nginx = process.env.BENCH_NGINX === "off" ? null : nginxBinary();
if (process.env.BENCH_NGINX !== "off" && !nginx) {
  console.error(nginxInstallHint);
  process.exit(1);
}
const nginxPort = Number(process.env.BENCH_NGINX_PORT ?? port + 1);

requireBuild();
// Read before anything starts: the machine as the run found it
const machine = machineFacts();
console.log(
  `${machine.cpus} × ${machine.cpuModel}, ${machine.totalMemoryMb} MB, load average ${machine.loadAverageAtStart.join(" / ")} — ` +
    "the load generator runs on the same machine as the server.",
);

/**
 * autocannon closes its connections when its time is up, but the server still renders what they asked
 * for: wait until it answers /healthz promptly again (60 s at most), so one route's backlog is not
 * measured against the next.
 */
async function settle(origin) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const started = performance.now();
    await fetch(`${origin}/healthz`).catch(() => undefined);
    if (performance.now() - started < 100) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

function load(url, seconds) {
  return loadOnce(url, { seconds, connections, encoding });
}

/** Headers that tell whether a page came from a cache (X-Page-Cache, Age), as evidence of the switch */
async function cacheEvidence(url) {
  const response = await fetch(url, { headers: { "accept-encoding": encoding } });
  await response.arrayBuffer();
  return Object.fromEntries([...response.headers].filter(([name]) => /^(x-.*cache.*|age)$/i.test(name)));
}

async function benchServer(database, pageCache, databaseEnvironment) {
  console.log(`\n== ${database}, page cache ${pageCache}: starting the server`);
  // The search rate limit is for one address: the load generator is one address asking as fast as it can
  const server = await startServer(port, { ...databaseEnvironment, PAGE_CACHE: pageCache, SEARCH_RATE_LIMIT_MAX: "1000000" });
  const { origin } = server;
  try {
    const routes = await discoverRoutes(origin);
    // The reference: the same page as the site sends it (uncompressed; nginx gzips it), before and after the site's routes
    const reference = nginx && (await startNginx(nginx, nginxPort, Buffer.from(await (await fetch(`${origin}/en`, { headers: { "accept-encoding": "identity" } })).arrayBuffer())));
    const targets = reference
      ? [{ name: "nginx (before)", url: reference.url, nginx: true }, ...routes.map((route) => ({ ...route, url: `${origin}${route.path}` })), { name: "nginx (after)", url: reference.url, nginx: true }]
      : routes.map((route) => ({ ...route, url: `${origin}${route.path}` }));
    const results = [];
    try {
    for (const route of targets) {
      const url = route.url;
      if (warmup > 0) {
        await load(url, warmup);
        await settle(origin);
      }
      const memory = sampleMemory(route.nginx ? reference.pid : server.pid);
      const result = await load(url, duration);
      const { peakRssMb, processes } = memory.stop();
      await settle(origin);
      const row = {
        route: route.name,
        path: route.nginx ? "/page (nginx)" : route.path,
        ...result,
        peakRssMb,
        processes,
        cacheHeaders: route.nginx ? {} : await cacheEvidence(url),
      };
      results.push(row);
      console.log(
        `${route.name.padEnd(18)} ${String(row.requestsPerSecond).padStart(6)} req/s (${row.completed} answers)  p50 ${row.latencyP50Ms} ms  p99 ${row.latencyP99Ms} ms  errors ${row.errors}  non-2xx ${row.non2xx}  RSS ${peakRssMb} MB`,
      );
    }
    } finally {
      if (reference) await stopNginx(reference);
    }
    const staticRate = results.find((row) => row.route === "static file")?.requestsPerSecond || 1;
    const nginxRows = results.filter((row) => row.path === "/page (nginx)");
    const nginxRate = nginxRows.reduce((sum, row) => sum + row.requestsPerSecond, 0) / (nginxRows.length || 1);
    const nginxP99 = nginxRows.reduce((sum, row) => sum + (row.latencyP99Ms ?? 0), 0) / (nginxRows.length || 1);
    for (const row of results) {
      row.ratioToStatic = Number((row.requestsPerSecond / staticRate).toFixed(3));
      if (nginxRows.length > 0) {
        row.shareOfNginx = Number((row.requestsPerSecond / nginxRate).toFixed(3));
        row.p99ToNginx = nginxP99 > 0 && row.latencyP99Ms !== null ? Number((row.latencyP99Ms / nginxP99).toFixed(1)) : null;
      }
    }
    return {
      database,
      pageCache,
      processes: Math.max(...results.map((row) => row.processes)),
      loadAverageAtEnd: os.loadavg().map((value) => Number(value.toFixed(2))),
      peakRssMb: Math.max(...results.map((row) => row.peakRssMb)),
      routes: results,
    };
  } finally {
    await stopServer(server);
  }
}

/** Every page-cache mode on one database; the first server seeds it, the next ones find it seeded */
async function benchDatabase(database, databaseEnvironment) {
  const runs = [];
  for (const pageCache of pageCacheModes) runs.push(await benchServer(database, pageCache, databaseEnvironment));
  return runs;
}

const runs = [];
const pgliteDirectory = mkdtempSync(path.join(os.tmpdir(), "bench-pglite-"));
try {
  runs.push(...(await benchDatabase("PGlite", { PGLITE_DIR: pgliteDirectory })));
} finally {
  rmSync(pgliteDirectory, { recursive: true, force: true });
}
let postgresNote = null;
if (postgresServerUrl === "none") {
  postgresNote = "PostgreSQL skipped (BENCH_DATABASE_URL=none).";
} else if (!(await postgresReachable(postgresServerUrl))) {
  postgresNote = `PostgreSQL skipped: no server answers at ${new URL(postgresServerUrl).host} (set BENCH_DATABASE_URL).`;
} else {
  runs.push(...(await withTemporaryPostgres(postgresServerUrl, "bench", (url) => benchDatabase("PostgreSQL", { DATABASE_URL: url }))));
}
if (postgresNote) console.log(`\n${postgresNote}`);

const report = {
  date: new Date().toISOString(),
  note: `The load generator (${loadGenerator}) shares the machine with the server and nginx: figures are relative, not capacity.`,
  machine,
  settings: {
    durationSeconds: duration,
    loadGenerator,
    nginx: nginx ? `${nginx}, gzip on, a saved copy of /en` : "off",
    warmupSeconds: warmup,
    connections,
    acceptEncoding: encoding,
    buildDirectory,
    pageCacheModes,
    pageCacheSwitchKnown: pageCacheSwitchKnown(),
  },
  postgresNote,
  runs,
};
await mkdir(outputDirectory, { recursive: true });
await writeFile(path.join(outputDirectory, "latest.json"), `${JSON.stringify(report, null, 2)}\n`);
const markdown = markdownReport(report);
await writeFile(path.join(outputDirectory, "latest.md"), markdown);
console.log(`\n${markdown}\nWritten: ${outputDirectory}/latest.json, ${outputDirectory}/latest.md`);
