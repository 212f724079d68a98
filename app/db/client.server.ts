// One module chooses the driver: DATABASE_URL → postgres.js on a PostgreSQL server,
// otherwise PGlite (embedded PostgreSQL) in a data directory or in memory.
// Both run the same drizzle/ migrations with drizzle-orm's migrate().
import path from "node:path";
import type { Logger } from "drizzle-orm/logger";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import * as schema from "./schema";

export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;

export interface DatabaseConnection {
  db: Database;
  driver: "pglite" | "postgres";
  /** LISTEN on a channel: `onNotify` gets each NOTIFY's payload (postgres.js re-listens after a reconnection) */
  listen(channel: string, onNotify: (payload: string) => void): Promise<void>;
  close(): Promise<void>;
}

export interface ConnectOptions {
  databaseUrl?: string;
  pgliteDir?: string;
  migrationsFolder?: string;
}

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

export async function connectDatabase(options: ConnectOptions): Promise<DatabaseConnection> {
  const migrationsFolder = options.migrationsFolder ?? defaultMigrationsFolder;
  if (options.databaseUrl) {
    const { default: postgres } = await import("postgres");
    const { drizzle } = await import("drizzle-orm/postgres-js");
    const { migrate } = await import("drizzle-orm/postgres-js/migrator");
    const client = postgres(options.databaseUrl, {
      max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
      onnotice: () => {},
      connection: { application_name: "ngo-news" },
    });
    const db = drizzle(client, { schema, logger: queryLogger() });
    await migrate(db, { migrationsFolder });
    return {
      db: db as unknown as Database,
      driver: "postgres",
      listen: async (channel, onNotify) => {
        await client.listen(channel, onNotify);
      },
      close: () => client.end({ timeout: 5 }),
    };
  }

  const { PGlite } = await import("@electric-sql/pglite");
  const { drizzle } = await import("drizzle-orm/pglite");
  const { migrate } = await import("drizzle-orm/pglite/migrator");
  const dataDir = options.pgliteDir ?? ".data/pglite";
  const client = dataDir.startsWith("memory://") ? new PGlite(dataDir) : new PGlite(path.resolve(dataDir));
  await client.waitReady;
  const db = drizzle(client, { schema, logger: queryLogger() });
  await migrate(db, { migrationsFolder });
  return {
    db: db as unknown as Database,
    driver: "pglite",
    listen: async (channel, onNotify) => {
      await client.listen(channel, onNotify);
    },
    close: () => client.close(),
  };
}
