// One module chooses the driver: DATABASE_URL → postgres.js on a PostgreSQL server,
// otherwise PGlite (embedded PostgreSQL) in a data directory or in memory.
// Both run the same drizzle/ migrations with drizzle-orm's migrate().
import path from "node:path";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import * as schema from "./schema";

export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;

export interface DatabaseConnection {
  db: Database;
  driver: "pglite" | "postgres";
  close(): Promise<void>;
}

export interface ConnectOptions {
  databaseUrl?: string;
  pgliteDir?: string;
  migrationsFolder?: string;
}

export const defaultMigrationsFolder = path.resolve(process.cwd(), "drizzle");

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
    const db = drizzle(client, { schema });
    await migrate(db, { migrationsFolder });
    return {
      db: db as unknown as Database,
      driver: "postgres",
      close: () => client.end({ timeout: 5 }),
    };
  }

  const { PGlite } = await import("@electric-sql/pglite");
  const { drizzle } = await import("drizzle-orm/pglite");
  const { migrate } = await import("drizzle-orm/pglite/migrator");
  const dataDir = options.pgliteDir ?? ".data/pglite";
  const client = dataDir.startsWith("memory://") ? new PGlite(dataDir) : new PGlite(path.resolve(dataDir));
  await client.waitReady;
  const db = drizzle(client, { schema });
  await migrate(db, { migrationsFolder });
  return {
    db: db as unknown as Database,
    driver: "pglite",
    close: () => client.close(),
  };
}
