// The application's one database connection: opened (migrated, seeded when empty) at start-up,
// closed on shutdown so the process can exit promptly. A failed opening is not kept: the next call
// (app/http/start.server.ts retries in the background) tries again, so the site recovers when the database comes back.
// While the database cannot be opened, getDb() throws a 503 response (serviceUnavailable below); a query
// that loses its connection is answered 503 too (app/http/remix-handler.server.ts, docs/decisions/014).
import { sql } from "drizzle-orm";
import { getEnvironment } from "~/env.server";
import { connectDatabase, type Database, type DatabaseConnection } from "./client.server";
import { seedDemoAccounts, wantsDemoAccounts } from "./seed/demo-accounts.server";
import { seedDemoContent } from "./seed/seed.server";

/** Seconds a reader (or a crawler) is asked to wait before trying again, in Retry-After */
export const retryAfterSeconds = 10;
/** After a failed opening, requests fail at once for this long instead of each trying to connect */
const failFastMilliseconds = 1_000;

// Kept on globalThis so a development rebuild does not open a second PGlite on the same directory.
const holder = globalThis as typeof globalThis & {
  __database?: Promise<DatabaseConnection>;
  __databaseFailure?: { error: unknown; at: number };
  __lastConnectionError?: unknown;
};

/** What else lives as long as each connection (the page cache listening for changes): set by app/lifecycle.server.ts */
export interface ConnectionCompanion {
  opened(connection: DatabaseConnection): Promise<void>;
  closing(): void;
}
let companion: ConnectionCompanion = { opened: async () => {}, closing: () => {} };
export function accompanyConnections(next: ConnectionCompanion): void {
  companion = next;
}

async function openDatabase(): Promise<DatabaseConnection> {
  const environment = getEnvironment();
  const connection = await connectDatabase({
    databaseUrl: environment.DATABASE_URL,
    pgliteDir: environment.PGLITE_DIR,
    poolSize: environment.DATABASE_POOL_SIZE,
    afterMigrating: async (db) => {
      if (environment.SEED_DEMO_CONTENT === "auto") await seedDemoContent(db);
      if (wantsDemoAccounts(environment)) await seedDemoAccounts(db, environment.DEMO_ACCOUNT_PASSWORD);
    },
  });
  try {
    await companion.opened(connection);
  } catch (error) {
    // The next attempt opens a connection of its own: this one's pool (and postgres.js re-trying its LISTEN) must not linger
    companion.closing();
    await connection.close().catch(() => undefined);
    throw error;
  }
  return connection;
}

export function startDatabase(): Promise<DatabaseConnection> {
  if (!holder.__database) {
    const attempt = openDatabase();
    holder.__database = attempt;
    attempt.then(
      () => (holder.__databaseFailure = undefined),
      (error: unknown) => {
        // Forget the failed attempt so the next call opens the database again
        if (holder.__database === attempt) holder.__database = undefined;
        holder.__databaseFailure = { error, at: Date.now() };
      },
    );
  }
  return holder.__database;
}

export async function getDb(): Promise<Database> {
  const failure = holder.__databaseFailure;
  if (!holder.__database && failure && Date.now() - failure.at < failFastMilliseconds) throw serviceUnavailable();
  try {
    return (await startDatabase()).db;
  } catch {
    // Whatever stopped the database from opening (logged by app/http/start.server.ts), the site is unavailable until it opens
    throw serviceUnavailable();
  }
}

/** For /healthz: null when the database answers a query, else the reason it does not */
export async function databaseProblem(): Promise<string | null> {
  try {
    const connection = await startDatabase();
    await connection.db.execute(sql`select 1`);
    return null;
  } catch (error) {
    return describeError(error);
  }
}

export async function stopDatabase(): Promise<void> {
  const pending = holder.__database;
  holder.__database = undefined;
  companion.closing();
  if (pending) await (await pending).close();
}

/** The response a loader throws while the database cannot be reached */
export function serviceUnavailable(): Response {
  return new Response("The database is temporarily unavailable", {
    status: 503,
    statusText: "Service Unavailable",
    headers: { "Retry-After": String(retryAfterSeconds), "Cache-Control": "no-store" },
  });
}

// Node's socket errors, postgres.js's own connection errors, PostgreSQL's class 08 (connection
// exception) and the server shutting down or starting up (57P01–57P03)
const connectionErrorCodes = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ENOTFOUND",
  "EAI_AGAIN",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "EPIPE",
  "CONNECTION_CLOSED",
  "CONNECTION_DESTROYED",
  "CONNECTION_ENDED",
  "CONNECT_TIMEOUT",
  "57P01",
  "57P02",
  "57P03",
]);

/** Whether an error (or its cause: drizzle wraps the driver's errors) means the database cannot be reached */
export function isConnectionError(error: unknown): boolean {
  for (let current = error, depth = 0; current && typeof current === "object" && depth < 5; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string" && (connectionErrorCodes.has(code) || code.startsWith("08"))) return true;
    if (current instanceof AggregateError && current.errors.some(isConnectionError)) return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}

/** Called for each error of a loader or action (entry.server.tsx handleError): whether it was a lost connection */
export function noteIfConnectionError(error: unknown): boolean {
  if (!isConnectionError(error)) return false;
  holder.__lastConnectionError = error;
  return true;
}

function describeError(error: unknown): string {
  if (error instanceof Response) error = holder.__lastConnectionError ?? holder.__databaseFailure?.error ?? "unavailable";
  for (let current = error, depth = 0; current && typeof current === "object" && depth < 5; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string") return `${code}: ${(current as Error).message}`;
    if (current instanceof AggregateError && current.errors.length > 0) current = current.errors[0];
    else current = (current as { cause?: unknown }).cause;
  }
  return error instanceof Error ? error.message : String(error);
}
