// What the measuring scripts (bench, bench:scale, lighthouse) share: the production server started as a
// child process on a database of their choosing, its memory read from /proc, a throwaway PostgreSQL
// database, and the facts about the machine a reader of the figures needs.
import { spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import postgres from "postgres";

export const buildDirectory = process.env.REMIX_BUILD_DIR ?? "build";

export function requireBuild() {
  if (!existsSync(path.join(buildDirectory, "index.js"))) {
    console.error(`No build in ${buildDirectory}/: run \`npm run build\` first (or set REMIX_BUILD_DIR).`);
    process.exit(1);
  }
}

/** The PostgreSQL server the scripts create their databases on */
export const postgresServerUrl =
  process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

/** Whether the server and build know the PAGE_CACHE switch (otherwise "off" and "on" are the same server) */
export function pageCacheSwitchKnown() {
  const sources = ["server.mjs", path.join(buildDirectory, "index.js")];
  return sources.some((file) => existsSync(file) && readFileSync(file, "utf8").includes("PAGE_CACHE"));
}

/**
 * Starts server.mjs on the given port and database; resolves once /healthz answers.
 * `environment` holds DATABASE_URL (PostgreSQL) or PGLITE_DIR (PGlite), and PAGE_CACHE when asked.
 */
export async function startServer(port, environment) {
  const env = {
    ...process.env,
    NODE_ENV: "production",
    PORT: String(port),
    HOST: "127.0.0.1",
    LOG_LEVEL: "warn",
    // One fixed secret: no start-up warning, and nothing measured depends on it
    SESSION_SECRET: process.env.SESSION_SECRET ?? "bench-session-secret-not-for-production-use",
    ...environment,
  };
  // PGlite unless this run names a PostgreSQL database
  if (!environment.DATABASE_URL) delete env.DATABASE_URL;
  delete env.DATABASE_QUERY_LISTENERS;
  const child = spawn(process.execPath, ["server.mjs"], { env, stdio: ["ignore", "inherit", "inherit"] });
  const exited = new Promise((resolve) => child.once("exit", resolve));
  const origin = `http://127.0.0.1:${port}`;
  // A first start on PGlite runs initdb, the migrations and the demo seed: slow on a busy machine
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The server exited with code ${child.exitCode}`);
    try {
      if ((await fetch(`${origin}/healthz`)).ok) return { child, exited, origin, pid: child.pid };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  child.kill("SIGTERM");
  throw new Error("The server did not answer /healthz within 180 s");
}

export async function stopServer({ child, exited }) {
  if (child.exitCode !== null) return;
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 15_000);
  await exited;
  clearTimeout(timer);
}

function statusField(pid, field) {
  try {
    const match = readFileSync(`/proc/${pid}/status`, "utf8").match(new RegExp(`^${field}:\\s+(\\d+) kB`, "m"));
    return match ? Number(match[1]) / 1024 : null;
  } catch {
    return null;
  }
}

/** The process and its children: on PostgreSQL, server.mjs is a cluster primary with one worker per core */
export function serverProcesses(pid) {
  const children = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // pid (comm) state ppid …: the command name may hold spaces, so read after its closing parenthesis
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const parent = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      if (parent === pid) children.push(Number(entry));
    } catch {
      // gone meanwhile
    }
  }
  return [pid, ...children];
}

/**
 * Samples the resident memory (VmRSS) of the server, its workers included, every 100 ms;
 * stop() gives the highest total in MB, how many processes there were and the total once a second.
 */
export function sampleMemory(pid) {
  let processes = serverProcesses(pid);
  const total = () => processes.reduce((sum, member) => sum + (statusField(member, "VmRSS") ?? 0), 0);
  let peak = total();
  let samples = 0;
  /** The total once a second */
  const perSecondMb = [];
  const timer = setInterval(() => {
    // The list of workers now and then (one may have been restarted)
    if (++samples % 20 === 0) processes = serverProcesses(pid);
    const now = total();
    peak = Math.max(peak, now);
    if (samples % 10 === 0) perSecondMb.push(Math.round(now));
  }, 100);
  return {
    stop() {
      clearInterval(timer);
      return { peakRssMb: Math.round(peak), processes: processes.length, perSecondMb };
    },
  };
}

/** The machine the figures come from; the measuring process runs on it too */
export function machineFacts() {
  const [load1, load5, load15] = os.loadavg();
  return {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? "unknown",
    totalMemoryMb: Math.round(os.totalmem() / 2 ** 20),
    freeMemoryMb: Math.round(os.freemem() / 2 ** 20),
    loadAverageAtStart: [load1, load5, load15].map((value) => Number(value.toFixed(2))),
    node: process.version,
    platform: `${os.type()} ${os.release()}`,
  };
}

/** Whether a PostgreSQL server answers at this address */
export async function postgresReachable(serverUrl) {
  const probe = postgres(serverUrl, { max: 1, onnotice: () => {}, connect_timeout: 5 });
  try {
    await probe`select 1`;
    return true;
  } catch {
    return false;
  } finally {
    await probe.end({ timeout: 1 });
  }
}

/**
 * Runs `run(url)` on a new database perf_<purpose>_<pid>_<time> on that server, dropped afterwards
 * (BENCH_KEEP_DATABASE=1 keeps it for a closer look, and says so: drop it yourself)
 */
export async function withTemporaryPostgres(serverUrl, purpose, run) {
  const name = `perf_${purpose}_${process.pid}_${Date.now()}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const keep = process.env.BENCH_KEEP_DATABASE === "1";
  const drop = async () => {
    if (keep) console.log(`Kept the database ${url} (BENCH_KEEP_DATABASE=1): drop it when done.`);
    else await dropNow();
  };
  const dropNow = () => admin.unsafe(`drop database if exists "${name}" with (force)`).catch(() => admin.unsafe(`drop database if exists "${name}"`));
  // Ctrl-C during a long run still drops the database
  const onSignal = async () => {
    await drop().catch(() => undefined);
    process.exit(130);
  };
  process.once("SIGINT", onSignal);
  try {
    return await run(url.toString());
  } finally {
    process.off("SIGINT", onSignal);
    await drop();
    await admin.end();
  }
}
