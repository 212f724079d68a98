// The PostgreSQL part of a backup: pg_dump in its custom format (-Fc), restored by pg_restore. The dump
// runs in a snapshot exported by our own transaction, so the manifest's row counts describe exactly the
// rows dumped while the site goes on writing.
import { spawn } from "node:child_process";
import postgres from "postgres";
import { databaseFacts, type DatabaseFacts, type Query } from "./database-facts";
import type { JournalEntry } from "./manifest";
import { Refusal } from "./refusal";

/** The URL as it may be shown: without its password */
export function shownUrl(databaseUrl: string): string {
  const url = new URL(databaseUrl);
  url.password = "";
  return url.toString();
}

/** libpq's connection string and environment: the password goes in PGPASSWORD, not on a command line others may read */
function libpqConnection(databaseUrl: string): { dbname: string; env: NodeJS.ProcessEnv } {
  const url = new URL(databaseUrl);
  const password = decodeURIComponent(url.password);
  url.password = "";
  return { dbname: url.toString(), env: password ? { ...process.env, PGPASSWORD: password } : process.env };
}

/** Runs pg_dump or pg_restore; its own message when it fails */
function runTool(tool: string, args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(tool, args, { env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("error", (error) => {
      const missing = (error as NodeJS.ErrnoException).code === "ENOENT";
      reject(new Refusal(missing ? `${tool} was not found: install PostgreSQL's client tools (of the server's major version or newer).` : `${tool} could not be started: ${error.message}`, { cause: error }));
    });
    child.on("close", (code) => {
      if (code === 0) resolve(output.trim());
      else reject(new Refusal(`${tool} failed (exit code ${code}): ${output.trim().split("\n").slice(0, 5).join(" ")}`));
    });
  });
}

function connect(databaseUrl: string) {
  return postgres(databaseUrl, { max: 1, onnotice: () => {}, connect_timeout: 10, connection: { application_name: "ngo-news backup" } });
}

function queryOn(sql: postgres.Sql | postgres.TransactionSql): Query {
  return async <Row>(text: string) => (await sql.unsafe(text)) as unknown as Row[];
}

function unreachable(databaseUrl: string, error: unknown): Refusal {
  const code = (error as { code?: string }).code;
  const name = new URL(databaseUrl).pathname.slice(1);
  if (code === "3D000") return new Refusal(`The database ${name} does not exist on ${shownUrl(databaseUrl)}: create it first (createdb ${name}).`, { cause: error });
  return new Refusal(`The database at ${shownUrl(databaseUrl)} cannot be reached (${(error as Error).message}): check DATABASE_URL.`, { cause: error });
}

export async function pgDumpVersion(): Promise<string> {
  return runTool("pg_dump", ["--version"], process.env);
}

/** Dumps the database to `toFile` and returns what the manifest records of it */
export async function dumpServer(databaseUrl: string, toFile: string, journal: readonly JournalEntry[]): Promise<DatabaseFacts> {
  const sql = connect(databaseUrl);
  const { dbname, env } = libpqConnection(databaseUrl);
  try {
    return await sql
      .begin("isolation level repeatable read, read only", async (transaction) => {
        const [row] = await transaction<{ snapshot: string }[]>`select pg_export_snapshot() as snapshot`;
        const facts = await databaseFacts(queryOn(transaction), journal);
        // The snapshot lives as long as this transaction: pg_dump must finish inside it
        await runTool("pg_dump", ["--format=custom", `--snapshot=${row!.snapshot}`, `--file=${toFile}`, `--dbname=${dbname}`], env);
        return facts;
      })
      .catch((error: unknown) => {
        throw error instanceof Refusal ? error : unreachable(databaseUrl, error);
      });
  } finally {
    await sql.end({ timeout: 5 });
  }
}

/** The user tables of the target database (0 for a new, empty one) */
export async function countUserTables(databaseUrl: string): Promise<number> {
  const sql = connect(databaseUrl);
  try {
    const [row] = await sql<{ total: number }[]>`
      select count(*)::int as total from information_schema.tables
       where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema')`;
    return row?.total ?? 0;
  } catch (error) {
    throw unreachable(databaseUrl, error);
  } finally {
    await sql.end({ timeout: 5 });
  }
}

/**
 * Restores a dump in one transaction (all or nothing), without the original owner and grants, which
 * name roles the new server may not have; `replace` drops the dump's objects first (--force)
 */
export async function restoreServer(databaseUrl: string, fromFile: string, replace: boolean, journal: readonly JournalEntry[]): Promise<DatabaseFacts> {
  const { dbname, env } = libpqConnection(databaseUrl);
  await runTool(
    "pg_restore",
    ["--no-owner", "--no-privileges", "--exit-on-error", "--single-transaction", ...(replace ? ["--clean", "--if-exists"] : []), `--dbname=${dbname}`, fromFile],
    env,
  );
  const sql = connect(databaseUrl);
  try {
    return await databaseFacts(queryOn(sql), journal);
  } finally {
    await sql.end({ timeout: 5 });
  }
}
