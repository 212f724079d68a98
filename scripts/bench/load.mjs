// One load run: wrk when installed (2 threads, as issue 19 measured: a load generator in C does not cap
// nginx), else autocannon. Returns requests per second, p50/p99 in ms, errors and non-2xx answers.
import { spawn, spawnSync } from "node:child_process";
import autocannon from "autocannon";

export const loadGenerator = spawnSync("wrk", ["--version"], { stdio: "ignore" }).error ? "autocannon" : "wrk";

/** wrk's "1.23ms", "45.60us", "1.02s" in milliseconds */
function milliseconds(text) {
  const [, value, unit] = /^([\d.]+)(us|ms|s|m)$/.exec(text) ?? [];
  if (value === undefined) return null;
  return Number((Number(value) * { us: 0.001, ms: 1, s: 1_000, m: 60_000 }[unit]).toFixed(2));
}

/** Runs wrk with `args` (the target last) and reads its report */
export function runWrk(args) {
  return new Promise((resolve, reject) => {
    const child = spawn("wrk", args);
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.once("error", reject);
    child.once("exit", (code) => {
      if (code !== 0) return reject(new Error(`wrk failed: ${output}`));
      const socketErrors = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(output);
      resolve({
        requestsPerSecond: Math.round(Number(/Requests\/sec:\s+([\d.]+)/.exec(output)?.[1] ?? 0)),
        completed: Number(/(\d+) requests in/.exec(output)?.[1] ?? 0),
        latencyP50Ms: milliseconds(/^\s+50%\s+(\S+)/m.exec(output)?.[1] ?? ""),
        latencyP99Ms: milliseconds(/^\s+99%\s+(\S+)/m.exec(output)?.[1] ?? ""),
        errors: socketErrors ? socketErrors.slice(1).reduce((sum, n) => sum + Number(n), 0) : 0,
        non2xx: Number(/Non-2xx or 3xx responses: (\d+)/.exec(output)?.[1] ?? 0),
      });
    });
  });
}

function wrk(url, { seconds, connections, encoding }) {
  return runWrk(["-t2", `-c${connections}`, `-d${seconds}s`, "--latency", "-H", `Accept-Encoding: ${encoding}`, url]);
}

function withAutocannon(url, { seconds, connections, encoding }) {
  return new Promise((resolve, reject) => {
    autocannon({ url, connections, duration: seconds, headers: { "accept-encoding": encoding } }, (error, result) =>
      error
        ? reject(error)
        : resolve({
            requestsPerSecond: Math.round(result.requests.average),
            completed: result.requests.total,
            latencyP50Ms: result.latency.p50,
            latencyP99Ms: result.latency.p99,
            errors: result.errors + result.timeouts,
            non2xx: result.non2xx,
          }),
    );
  });
}

export function load(url, options) {
  return loadGenerator === "wrk" ? wrk(url, options) : withAutocannon(url, options);
}
