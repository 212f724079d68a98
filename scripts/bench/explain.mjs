// Which queries a page runs, and how PostgreSQL runs them: answers one request per path with the
// production build in this process (page cache off), records every query through the database client's
// query listeners (app/db/client.server.ts), then runs EXPLAIN (ANALYZE, BUFFERS) of each on the same
// database. For a route that does not stay flat as the content grows (scale.mjs runs it for those).
//
//   DATABASE_URL=postgres://…/db node scripts/bench/explain.mjs [--json] /en/articles?page=9000 …
//
// Needs a build (REMIX_BUILD_DIR, else build/). EXPLAIN ANALYZE runs the query again: reads only here.
import path from "node:path";
import { pathToFileURL } from "node:url";
import postgres from "postgres";

const argumentsGiven = process.argv.slice(2);
const json = argumentsGiven.includes("--json");
const paths = argumentsGiven.filter((argument) => argument !== "--json");
const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl || paths.length === 0) {
  console.error("Usage: DATABASE_URL=postgres://… node scripts/bench/explain.mjs [--json] <path> …");
  process.exit(1);
}

// Before the build opens its connection: report queries, never seed, never serve from a page cache
process.env.DATABASE_QUERY_LISTENERS = "1";
process.env.SEED_DEMO_CONTENT = "never";
process.env.PAGE_CACHE = "off";
// Every search here reaches the database, after the benchmark's own requests from the same address
process.env.SEARCH_RATE_LIMIT_MAX ??= "1000000";
process.env.NODE_ENV = "production";
process.env.LOG_LEVEL ??= "warn";

const { createRequestHandler } = await import("@remix-run/node");
const build = await import(pathToFileURL(path.resolve(process.env.REMIX_BUILD_DIR ?? "build", "index.js")).href);
const handle = createRequestHandler(build, "production");
const listeners = (globalThis.__queryListeners ??= new Set());
const explainer = postgres(databaseUrl, { max: 1, onnotice: () => {} });

/** The queries one request runs, in the order they were sent */
async function queriesOf(pathname) {
  const queries = [];
  const listener = (query, params) => queries.push({ query, params });
  listeners.add(listener);
  try {
    const response = await handle(new Request(`http://localhost${pathname}`), { clientAddress: "127.0.0.1", cspNonce: "explain" });
    await response.arrayBuffer();
    return { status: response.status, queries };
  } finally {
    listeners.delete(listener);
  }
}

async function explain({ query, params }) {
  const rows = await explainer.unsafe(`explain (analyze, buffers, format text) ${query}`, params);
  const plan = rows.map((row) => row["QUERY PLAN"]).join("\n");
  const executionMs = Number(plan.match(/Execution Time: ([\d.]+) ms/)?.[1] ?? NaN);
  return { query, params, executionMs, plan };
}

const report = [];
try {
  for (const pathname of paths) {
    // Once to warm the caches (PostgreSQL's and the app's), once recorded
    await queriesOf(pathname);
    const { status, queries } = await queriesOf(pathname);
    const explained = [];
    for (const query of queries) explained.push(await explain(query));
    explained.sort((a, b) => b.executionMs - a.executionMs);
    report.push({ path: pathname, status, queryCount: queries.length, queries: explained });
  }
} finally {
  await explainer.end();
  await build.entry.module.lifecycle?.stop?.().catch(() => undefined);
}

if (json) {
  process.stdout.write(JSON.stringify(report));
} else {
  for (const page of report) {
    console.log(`\n### ${page.path} (${page.status}, ${page.queryCount} queries, slowest first)`);
    for (const { query, params, executionMs, plan } of page.queries) {
      console.log(`\n-- ${executionMs} ms\n${query}\n-- params: ${JSON.stringify(params)}\n${plan}`);
    }
  }
}
process.exit(0);
