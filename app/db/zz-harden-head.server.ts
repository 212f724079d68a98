// The application's one database connection: opened (migrated, seeded when empty) once at start-up,
// closed on shutdown so the process can exit promptly.
import { getEnvironment } from "~/env.server";
import { connectDatabase, type Database, type DatabaseConnection } from "./client.server";
import { seedDemoContent } from "./seed/seed.server";

// Kept on globalThis so a development rebuild does not open a second PGlite on the same directory.
const holder = globalThis as typeof globalThis & { __database?: Promise<DatabaseConnection> };

export function startDatabase(): Promise<DatabaseConnection> {
  holder.__database ??= (async () => {
    const environment = getEnvironment();
    const connection = await connectDatabase({
      databaseUrl: environment.DATABASE_URL,
      pgliteDir: environment.PGLITE_DIR,
    });
    if (environment.SEED_DEMO_CONTENT === "auto") await seedDemoContent(connection.db);
    return connection;
  })();
  return holder.__database;
}

export async function getDb(): Promise<Database> {
  return (await startDatabase()).db;
}

export async function stopDatabase(): Promise<void> {
  const pending = holder.__database;
  holder.__database = undefined;
  if (pending) await (await pending).close();
}
