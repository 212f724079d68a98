// One module chooses the driver: DATABASE_URL → postgres.js on a PostgreSQL server,
// otherwise PGlite (embedded PostgreSQL) in a data directory or in memory.
// Both run the same drizzle/ migrations with drizzle-orm's migrate().
import path from "node:path";
import type { Logger } from "drizzle-orm/logger";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { claimEmbeddedDirectory, damagedDirectoryError } from "./embedded-directory.server";
import * as schema from "./schema";

export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;

export interface DatabaseConnection {
  db: Database;
  driver: "pglite" | "postgres";
  /**
   * LISTEN on a channel: `onNotify` gets each NOTIFY's payload; `onListen` is called each time the LISTEN is
   * in place, again after postgres.js re-listens on a new connection (a NOTIFY sent meanwhile was lost)
   */
  listen(channel: string, onNotify: (payload: string) => void, onListen?: () => void): Promise<void>;
  close(): Promise<void>;
}

export interface ConnectOptions {
  databaseUrl?: string;
  pgliteDir?: string;
  /** postgres.js connections */
  poolSize?: number;
  migrationsFolder?: string;
  /** Runs right after the migrations, under the same lock (seeding the demo content when the database is empty) */
  afterMigrating?: (db: Database) => Promise<void>;
}

/**
 * Held (a session-level advisory lock) while a process migrates and seeds a PostgreSQL database: cluster
 * workers, or several servers, starting together against a new (or just returned) database would
 * otherwise run the same migrations and seed the same demo content at once. The others wait for it, then
 * find nothing left to do.
 */
const startupLockKey = "ngo-news: migrate and seed";

export const defaultMigrationsFolder = path.resolve(process.cwd(), "drizzle");

/** Told of every query drizzle runs (its SQL text and parameters) */
export type QueryListener = (query: string, params: unknown[]) => void;
// On globalThis so that every copy of this module sees the same listeners: the server build's own copy
// and that of a tool loading the build (scripts/bench/explain.mjs)
const queryListeners: Set<QueryListener> = ((globalThis as { __queryListeners?: Set<QueryListener> }).__queryListeners ??= new Set());

/**
 * Query counting, for tests/perf/query-count.test.ts and scripts/bench/explain.mjs: when
 * DATABASE_QUERY_LISTENERS=1 is set as a connection opens, every query on it is reported to the listeners
 * added here. Otherwise drizzle gets no logger at all, so the hook costs nothing in production.
 * Returns the function that removes the listener.
 */
export function listenToQueries(listener: QueryListener): () => void {
  queryListeners.add(listener);
  return () => queryListeners.delete(listener);
}

function queryLogger(): Logger | undefined {
  if (process.env.DATABASE_QUERY_LISTENERS !== "1") return undefined;
  return {
    logQuery: (query, params) => {
      for (const listener of queryListeners) listener(query, params);
    },
  };
}

/**
 * postgres.js waits before it reconnects a connection of the pool: by default (0.5–1) × min(3^n / 100, 20) s,
 * where n counts the failed attempts of the whole client since its last success, its LISTEN connection
 * included, which retries on its own all through an outage. After a few seconds down, a query waited 10–20 s
 * for its connection's turn before failing (a reader's page hung that long for its 503), and once the
 * database was back the next query could still wait that long (a cluster worker stayed unavailable for
 * over 10 s). The same growth, capped at one second: a connection attempt per pooled connection and
 * second at most while PostgreSQL is down (refused or failing at once: cheap for it).
 */
export function reconnectDelaySeconds(failedAttempts: number): number {
  return (0.5 + Math.random() / 2) * Math.min(3 ** failedAttempts / 100, 1);
}

/**
 * A database host that swallows packets (no refusal) costs a reader this long before the 503, not postgres.js's
 * 30 s; still room for a slow TLS handshake on a saturated machine
 */
const connectTimeoutSeconds = 10;

export async function connectDatabase(options: ConnectOptions): Promise<DatabaseConnection> {
  const migrationsFolder = options.migrationsFolder ?? defaultMigrationsFolder;
  if (options.databaseUrl) {
    const { default: postgres } = await import("postgres");
    const { drizzle } = await import("drizzle-orm/postgres-js");
    const { migrate } = await import("drizzle-orm/postgres-js/migrator");
    const client = postgres(options.databaseUrl, {
      max: options.poolSize ?? 10,
      onnotice: () => {},
      connection: { application_name: "ngo-news" },
      backoff: reconnectDelaySeconds,
      connect_timeout: connectTimeoutSeconds,
    });
    const db = drizzle(client, { schema, logger: queryLogger() });
    try {
      const lock = await client.reserve();
      try {
        await lock`select pg_advisory_lock(hashtext(${startupLockKey}))`;
        await migrate(db, { migrationsFolder });
        await options.afterMigrating?.(db as unknown as Database);
      } finally {
        // (A lost connection has released the lock already)
        await lock`select pg_advisory_unlock(hashtext(${startupLockKey}))`.catch(() => undefined);
        lock.release();
      }
    } catch (error) {
      // The caller retries with a new client: this one's pool (and its reconnection timers) must not linger
      await client.end({ timeout: 0 }).catch(() => undefined);
      throw error;
    }
    return {
      db: db as unknown as Database,
      driver: "postgres",
      listen: async (channel, onNotify, onListen) => {
        await client.listen(channel, onNotify, onListen);
      },
      close: () => client.end({ timeout: 5 }),
    };
  }

  const { PGlite } = await import("@electric-sql/pglite");
  const { drizzle } = await import("drizzle-orm/pglite");
  const { migrate } = await import("drizzle-orm/pglite/migrator");
  const dataDir = options.pgliteDir ?? ".data/pglite";
  const inMemory = dataDir.startsWith("memory://");
  const release = inMemory ? () => {} : claimEmbeddedDirectory(dataDir);
  let client: InstanceType<typeof PGlite>;
  try {
    client = inMemory ? new PGlite(dataDir) : new PGlite(path.resolve(dataDir));
    await client.waitReady;
  } catch (error) {
    release();
    throw damagedDirectoryError(dataDir, error);
  }
  const db = drizzle(client, { schema, logger: queryLogger() });
  try {
    await migrate(db, { migrationsFolder });
    // One process owns an embedded database: nothing to wait for
    await options.afterMigrating?.(db as unknown as Database);
  } catch (error) {
    await client.close().catch(() => undefined);
    release();
    throw error;
  }
  return {
    db: db as unknown as Database,
    driver: "pglite",
    listen: async (channel, onNotify, onListen) => {
      // In the same process: never lost, listening once is for good
      await client.listen(channel, onNotify);
      onListen?.();
    },
    close: async () => {
      await client.close();
      release();
    },
  };
}
