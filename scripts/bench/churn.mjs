// npm run bench:churn: the minute after a publication (issue 19). The production server (a cluster worker
// per core, page cache on) on a fresh PostgreSQL database with the demo content, loaded by wrk with a mix of
// reader pages of all four editions (homes, archives, categories, articles, searches, feeds) while an article
// is published every CHURN_EVERY seconds in the next edition in turn (a row and its NOTIFY content_changed, as
// the editorial screens write them), so the page cache forgets that edition's pages each time. Debian's nginx
// serving a saved copy of /en (gzip on) is measured in the same run; every figure is given as a share of it.
// The server's memory (all its processes) is sampled once a second: peak, at the end of the first minute, and
// the growth after it. Writes docs/bench/churn.{json,md}. Needs a build (npm run build), nginx and wrk.
//
// Environment:
//   CHURN_DURATION   seconds of load (60; 600 for the memory check of issue 19)   CHURN_EVERY  seconds between publications (10)
//   CHURN_CONNECTIONS  wrk connections (50)   BENCH_DATABASE_URL / TEST_DATABASE_URL  the PostgreSQL server
//   BENCH_PORT (3330)   BENCH_OUTPUT (docs/bench)
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import postgres from "postgres";
import { load, runWrk } from "./load.mjs";
import { nginxBinary, nginxInstallHint, startNginx, stopNginx } from "./nginx.mjs";
import { machineFacts, postgresServerUrl, requireBuild, sampleMemory, startServer, stopServer, withTemporaryPostgres } from "./server-process.mjs";

const duration = Number(process.env.CHURN_DURATION ?? 60);
const every = Number(process.env.CHURN_EVERY ?? 10);
const connections = Number(process.env.CHURN_CONNECTIONS ?? 50);
const port = Number(process.env.BENCH_PORT ?? 3330);
const outputDirectory = process.env.BENCH_OUTPUT ?? "docs/bench";
const editions = ["en", "ar", "fa", "sq"];
const encoding = "br, gzip";

const nginx = nginxBinary();
if (!nginx) {
  console.error(nginxInstallHint);
  process.exit(1);
}
if (spawnSync("wrk", ["--version"], { stdio: "ignore" }).error) {
  console.error("wrk is not installed: the mix of pages is loaded with wrk's Lua scripts (sudo apt-get install wrk).");
  process.exit(1);
}
requireBuild();
const machine = machineFacts();

/** Every reader page of the mix that answers 200: per edition its home, archive pages, categories, articles, a search and its feed */
async function readerPages(origin) {
  const paths = new Set();
  const linksOn = async (pathname, pattern) => {
    const response = await fetch(`${origin}${pathname}`);
    return response.ok ? [...(await response.text()).matchAll(pattern)].map((match) => match[1]) : [];
  };
  for (const edition of editions) {
    for (const pathname of [`/${edition}`, `/${edition}/articles`, `/${edition}/articles?page=2`, `/${edition}/feed.xml`]) paths.add(pathname);
    for (const page of [`/${edition}/articles`, `/${edition}/articles?page=2`, `/${edition}/articles?page=3`]) {
      for (const link of await linksOn(page, new RegExp(`href="(/${edition}/(?:articles|categories)/[^"?#]+)"`, "g"))) paths.add(link);
    }
    const title = (await linksOn(`/${edition}`, /<h2[^>]*>\s*<a[^>]*>([^<]+)<\/a>/g))[0];
    const word = title?.split(/\s+/).find((part) => part.length > 3);
    if (word) paths.add(`/${edition}/search?q=${encodeURIComponent(word)}`);
  }
  const answering = [];
  for (const pathname of paths) if ((await fetch(`${origin}${pathname}`)).status === 200) answering.push(pathname);
  return answering;
}

/** wrk with a Lua script going through `paths` in turn (each thread from its own place in the list) */
function loadMix(origin, paths, seconds) {
  const directory = mkdtempSync(path.join(os.tmpdir(), "bench-churn-"));
  const script = path.join(directory, "mix.lua");
  writeFileSync(
    script,
    `local paths = { ${paths.map((pathname) => JSON.stringify(pathname)).join(", ")} }
local counter = 0
setup = function(thread) thread:set("offset", math.random(#paths)) end
init = function() counter = tonumber(wrk.thread:get("offset")) or 0 end
request = function()
  counter = counter + 1
  return wrk.format("GET", paths[(counter % #paths) + 1], { ["Accept-Encoding"] = "${encoding}" })
end
`,
  );
  return runWrk(["-t2", `-c${connections}`, `-d${seconds}s`, "--latency", "-s", script, origin]).finally(() => rmSync(directory, { recursive: true, force: true }));
}

/** Publishes a copy of the edition's newest article, announced as the editorial screens announce it */
async function publish(sql, edition, serial) {
  await sql.begin(async (transaction) => {
    await transaction`
      insert into articles (edition, slug, title, excerpt, body, category_id, author_id, status, published_at, created_at, updated_at)
      select edition, slug || '-churn-' || ${serial}, title || ' (' || ${serial} || ')', excerpt, body, category_id, author_id, 'published', now(), now(), now()
      from articles where edition = ${edition} and status = 'published' and published_at <= now()
      order by published_at desc, id desc limit 1`;
    await transaction`select pg_notify('content_changed', ${JSON.stringify({ edition, entityType: "article" })})`;
  });
}

const report = await withTemporaryPostgres(postgresServerUrl, "churn", async (databaseUrl) => {
  const server = await startServer(port, { DATABASE_URL: databaseUrl, PAGE_CACHE: "on", SEARCH_RATE_LIMIT_MAX: "1000000" });
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  try {
    const paths = await readerPages(server.origin);
    const page = Buffer.from(await (await fetch(`${server.origin}/en`, { headers: { "accept-encoding": "identity" } })).arrayBuffer());
    const reference = await startNginx(nginx, port + 1, page);
    let nginxResult;
    try {
      nginxResult = await load(reference.url, { seconds: 10, connections, encoding });
    } finally {
      await stopNginx(reference);
    }
    console.log(`nginx: ${nginxResult.requestsPerSecond} req/s, p99 ${nginxResult.latencyP99Ms} ms; the mix: ${paths.length} pages`);
    // Every page once, as a warm site has them
    await loadMix(server.origin, paths, 3);
    const memory = sampleMemory(server.pid);
    let publications = 0;
    const timer = setInterval(() => {
      publications += 1;
      publish(sql, editions[publications % editions.length], publications).catch((error) => console.error(`publication failed: ${error.message}`));
    }, every * 1000);
    const result = await loadMix(server.origin, paths, duration).finally(() => clearInterval(timer));
    const { peakRssMb, processes, perSecondMb } = memory.stop();
    const afterFirstMinute = perSecondMb.slice(60);
    const rssAtOneMinuteMb = perSecondMb[Math.min(59, perSecondMb.length - 1)] ?? null;
    const growthAfterFirstMinute =
      afterFirstMinute.length > 0 && rssAtOneMinuteMb ? Number(((Math.max(...afterFirstMinute) - rssAtOneMinuteMb) / rssAtOneMinuteMb).toFixed(3)) : null;
    return {
      date: new Date().toISOString(),
      machine,
      loadAverageAtEnd: os.loadavg().map((value) => Number(value.toFixed(2))),
      settings: { durationSeconds: duration, publicationEverySeconds: every, connections, acceptEncoding: encoding, pages: paths.length, processes },
      nginx: nginxResult,
      mix: { ...result, publications, shareOfNginx: Number((result.requestsPerSecond / nginxResult.requestsPerSecond).toFixed(3)) },
      memory: { peakRssMb, rssAtOneMinuteMb, growthAfterFirstMinute, perSecondMb },
      pages: paths,
    };
  } finally {
    await sql.end();
    await stopServer(server);
  }
});

const { mix, memory } = report;
const markdown = `# The minute after a publication

${report.date} · ${machine.cpus} × ${machine.cpuModel} · load average at start ${machine.loadAverageAtStart.join(" / ")}, at the end ${report.loadAverageAtEnd.join(" / ")} · Node ${machine.node}

The production server (${report.settings.processes} processes, PostgreSQL, page cache on) loaded by wrk (2 threads, ${connections} connections, Accept-Encoding: ${encoding}) for ${duration} s with a mix of ${report.settings.pages} reader pages of all four editions, while an article was published every ${every} s (${mix.publications} in all), each edition in turn. nginx served a saved copy of /en with gzip on in the same run. The load generator shares the machine with the server.

| target | req/s | share of nginx | p50 ms | p99 ms | p99 × nginx's | errors | non-2xx |
|---|---:|---:|---:|---:|---:|---:|---:|
| nginx, static copy of \`/en\` | ${report.nginx.requestsPerSecond} | 1 | ${report.nginx.latencyP50Ms} | ${report.nginx.latencyP99Ms} | 1 | ${report.nginx.errors} | ${report.nginx.non2xx} |
| the site, mixed pages, a publication every ${every} s | ${mix.requestsPerSecond} | ${mix.shareOfNginx} | ${mix.latencyP50Ms} | ${mix.latencyP99Ms} | ${report.nginx.latencyP99Ms ? (mix.latencyP99Ms / report.nginx.latencyP99Ms).toFixed(1) : "—"} | ${mix.errors} | ${mix.non2xx} |

Memory of all server processes: peak ${memory.peakRssMb} MB${memory.rssAtOneMinuteMb ? `, ${memory.rssAtOneMinuteMb} MB after the first minute` : ""}${memory.growthAfterFirstMinute !== null ? `, growth after it ${(memory.growthAfterFirstMinute * 100).toFixed(1)} %` : ""}.
`;
await mkdir(outputDirectory, { recursive: true });
await writeFile(path.join(outputDirectory, "churn.json"), `${JSON.stringify(report, null, 2)}\n`);
await writeFile(path.join(outputDirectory, "churn.md"), markdown);
console.log(markdown);
console.log(`Written: ${path.join(outputDirectory, "churn.json")}, ${path.join(outputDirectory, "churn.md")}`);
