// What the manifest records of a database, read the same way on PGlite and PostgreSQL: its migration
// level and the rows of every table. Read again after a restore, they must match.
import { readFileSync } from "node:fs";
import path from "node:path";
import { migrationLevel, type JournalEntry, type MigrationLevel } from "./manifest";

/** Runs one SQL statement and returns its rows */
export type Query = <Row>(text: string) => Promise<Row[]>;

export interface DatabaseFacts {
  serverVersion: string;
  migrations: MigrationLevel;
  tables: Record<string, number>;
}

export function readJournal(migrationsFolder = path.resolve(process.cwd(), "drizzle")): JournalEntry[] {
  const journal = JSON.parse(readFileSync(path.join(migrationsFolder, "meta", "_journal.json"), "utf8")) as { entries: JournalEntry[] };
  return journal.entries.map(({ tag, when }) => ({ tag, when }));
}

const quoted = (identifier: string) => `"${identifier.replace(/"/g, '""')}"`;

/** Every user table of the database and its rows, as "schema.table" */
export async function tableRows(query: Query): Promise<Record<string, number>> {
  const tables = await query<{ table_schema: string; table_name: string }>(
    `select table_schema, table_name from information_schema.tables
      where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema')
      order by table_schema, table_name`,
  );
  const rows: Record<string, number> = {};
  for (const { table_schema: schema, table_name: name } of tables) {
    const [row] = await query<{ total: number }>(`select count(*)::int as total from ${quoted(schema)}.${quoted(name)}`);
    rows[`${schema}.${name}`] = row?.total ?? 0;
  }
  return rows;
}

export async function databaseFacts(query: Query, journal: readonly JournalEntry[]): Promise<DatabaseFacts> {
  const [version] = await query<{ server_version: string }>("show server_version");
  const tables = await tableRows(query);
  let applied = 0;
  let latestWhen: number | null = null;
  if ("drizzle.__drizzle_migrations" in tables) {
    const [row] = await query<{ applied: number; latest: string | null }>(
      "select count(*)::int as applied, max(created_at)::text as latest from drizzle.__drizzle_migrations",
    );
    applied = row?.applied ?? 0;
    latestWhen = row?.latest ? Number(row.latest) : null;
  }
  return { serverVersion: version?.server_version ?? "unknown", migrations: migrationLevel(applied, latestWhen, journal), tables };
}
