// On PostgreSQL in production, one server process per core (WEB_CONCURRENCY overrides): the primary
// process only starts workers, restarts one that dies, and passes SIGTERM/SIGINT on. The embedded
// database (PGlite) belongs to one process, so without DATABASE_URL there is a single process.
import cluster from "node:cluster";
import { availableParallelism } from "node:os";
import type { Environment } from "~/env.server";

export function workerCount(environment: Pick<Environment, "DATABASE_URL" | "WEB_CONCURRENCY" | "NODE_ENV">): number {
  return environment.DATABASE_URL && environment.NODE_ENV !== "development" ? (environment.WEB_CONCURRENCY ?? availableParallelism()) : 1;
}

/**
 * In the primary of a cluster, starts the workers and never returns (it serves nothing itself); in a
 * worker, or with one process, returns at once and the caller serves.
 */
export async function runClusterPrimary(count: number): Promise<void> {
  if (!cluster.isPrimary || count <= 1) return;
  let stopping = false;
  let started = false;
  const startWorker = () =>
    new Promise<void>((resolve) => {
      const worker = cluster.fork();
      worker.once("listening", () => resolve());
      worker.once("exit", () => resolve());
    });
  const running = () => Object.keys(cluster.workers ?? {}).length;
  cluster.on("exit", (worker, code, signal) => {
    if (stopping) {
      if (running() === 0) process.exit(0);
      return;
    }
    if (!started) return;
    console.error(`worker ${worker.process.pid} exited (${signal ?? code}); starting another`);
    cluster.fork();
  });
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    // Each worker finishes its in-flight requests and closes its database connections (start.server.ts)
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal);
    setTimeout(() => process.exit(1), 10_000).unref();
    if (running() === 0) process.exit(0);
  };
  // Listened to before any worker starts: a SIGTERM while later workers start must reach the first one
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGINT", () => stop("SIGINT"));
  // The first worker alone: it migrates (and, when empty, seeds) the database; then the others
  await startWorker();
  if (!stopping) await Promise.all(Array.from({ length: count - 1 }, startWorker));
  started = true;
  await new Promise(() => {});
}
