// The server's start and stop: the cluster (cluster.server.ts), the database opened before listening
// (retried while PostgreSQL does not answer), the HTTP server with its slow-client limits, and a clean
// shutdown on SIGTERM/SIGINT. Called by server.mjs with the build.
import { createServer } from "node:http";
import type { ServerBuild } from "@remix-run/node";
import { DatabaseStartError } from "~/db/embedded-directory.server";
import { getEnvironment } from "~/env.server";
import { lifecycle } from "~/lifecycle.server";
import { logger } from "~/logging.server";
import { runClusterPrimary, workerCount } from "./cluster.server";
import { createSite } from "./site.server";

/** A start that cannot work says so in one sentence and stops, before it ever claims to serve */
function stopStarting(sentence: string, error: unknown): never {
  console.error(sentence);
  logger.debug({ err: error }, "start-up failed");
  process.exit(1);
}

const listenProblems: Record<string, (port: number, host: string) => string> = {
  EADDRINUSE: (port, host) => `Port ${port} on ${host} is already in use by another program: stop it, or start this site on another port (PORT=3001 npm start).`,
  EACCES: (port) => `This user may not listen on port ${port}: choose a port above 1023 (PORT=3000), or start it with the rights to bind it.`,
  EADDRNOTAVAIL: (_port, host) => `The address ${host} is not one of this machine's: set HOST to one of its addresses (0.0.0.0 for all).`,
};

export async function startSite(build: ServerBuild): Promise<void> {
  const environment = getEnvironment();
  const development = environment.NODE_ENV === "development";
  await runClusterPrimary(workerCount(environment));

  // An unreachable PostgreSQL does not stop the start: pages answer 503 while it is retried, waiting 1 s,
  // 2 s, 4 s… at most 10 s. The embedded database cannot come back by waiting: failing to open it ends the process.
  let retryTimer: NodeJS.Timeout | undefined;
  const openDatabase = async (attempt = 1): Promise<void> => {
    try {
      await lifecycle.start();
      if (attempt > 1) logger.info({ attempt }, "database opened");
    } catch (error) {
      const { DATABASE_URL: databaseUrl } = environment;
      if (!databaseUrl) stopStarting(error instanceof DatabaseStartError ? error.message : `The embedded database could not be opened: ${(error as Error)?.message ?? error}`, error);
      const retryInMs = Math.min(1_000 * 2 ** (attempt - 1), 10_000);
      const server = new URL(databaseUrl);
      const reason = (error as { code?: string; message?: string })?.code ?? (error as Error)?.message ?? error;
      console.error(`Waiting for PostgreSQL at ${server.hostname}:${server.port || 5432} (${reason}); trying again in ${retryInMs / 1000} s.`);
      logger.error({ err: error, attempt, retryInMs }, "the database could not be opened; retrying");
      retryTimer = setTimeout(() => openDatabase(attempt + 1), retryInMs);
    }
  };
  await openDatabase();

  if (!environment.SITE_URL && !development) {
    console.warn("SITE_URL is not set: links in feeds, sitemaps and share cards name whatever host each request was sent to. Set SITE_URL to the site's public address (https://…) before putting it on the internet.");
  }
  const { PORT: port, HOST: host, HEADERS_TIMEOUT_SECONDS, REQUEST_TIMEOUT_SECONDS } = environment;
  // Slow clients (slow-loris) are answered 408 and disconnected; Node's defaults let trickling connections hold sockets for a minute
  const server = createServer(
    { headersTimeout: HEADERS_TIMEOUT_SECONDS * 1_000, requestTimeout: REQUEST_TIMEOUT_SECONDS * 1_000, connectionsCheckingInterval: 1_000 },
    createSite(build, environment),
  );
  server.once("error", (error: NodeJS.ErrnoException) => {
    const problem = listenProblems[error.code ?? ""];
    if (problem) stopStarting(problem(port, host), error);
    throw error;
  });
  server.listen(port, host, async () => {
    const address = server.address();
    const shownHost = host === "0.0.0.0" ? "localhost" : host;
    console.log(`Serving on http://${shownHost}:${typeof address === "object" && address ? address.port : port}`);
    if (development) {
      const { broadcastDevReady } = await import("@remix-run/node");
      await broadcastDevReady(build);
    }
  });

  let stopping = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "closing");
    clearTimeout(retryTimer);
    // Stop accepting, let in-flight requests finish, then close the database; give up after 10 s
    setTimeout(() => process.exit(1), 10_000).unref();
    // close() ends the connections idle now; one whose answer finishes later would be kept alive for its
    // client (keepAliveTimeout, 5 s) and hold the exit back: it is closed as soon as it is idle too
    const closingIdle = setInterval(() => server.closeIdleConnections(), 100);
    server.close(async () => {
      clearInterval(closingIdle);
      await lifecycle.stop().catch((error: unknown) => logger.error({ err: error }, "closing the database failed"));
      process.exit(0);
    });
  };
  process.on("SIGTERM", () => shutdown("SIGTERM"));
  process.on("SIGINT", () => shutdown("SIGINT"));
}
