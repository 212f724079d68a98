// Loaded into every server process by `npm run load` when LOAD_HEAP_PROBE=1 (NODE_OPTIONS="--expose-gc
// --import …/heap-probe.mjs"), never in production. On SIGUSR2 a process runs a full garbage collection and
// appends one JSON line to LOAD_HEAP_PROBE_FILE: its memory before and after. What survives a full
// collection is what the process really keeps; the rest of its resident memory is heap V8 holds on to.
import { appendFileSync } from "node:fs";

const file = process.env.LOAD_HEAP_PROBE_FILE;
const megabytes = (bytes) => Math.round(bytes / 2 ** 20);
const figures = ({ rss, heapTotal, heapUsed, external, arrayBuffers }) => ({
  rss: megabytes(rss),
  heapTotal: megabytes(heapTotal),
  heapUsed: megabytes(heapUsed),
  external: megabytes(external),
  arrayBuffers: megabytes(arrayBuffers),
});

if (file && typeof globalThis.gc === "function") {
  process.on("SIGUSR2", () => {
    const before = process.memoryUsage();
    globalThis.gc();
    const after = process.memoryUsage();
    appendFileSync(file, `${JSON.stringify({ pid: process.pid, at: new Date().toISOString(), before: figures(before), afterGc: figures(after) })}\n`);
  });
}
