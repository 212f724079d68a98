// manifest.json, the first entry of every backup: what the file holds and how to check it
// (docs/decisions/011-backup-format.md). Pure: the scripts read and write files around it.
import { z } from "zod";

export const backupFormat = "ngo-news-backup";
export const backupFormatVersion = 1;

/** Where each part lives inside the archive */
export const archivePaths = {
  manifest: "manifest.json",
  pgliteDump: "database/pglite-data-dir.tar.gz",
  postgresDump: "database/postgres.dump",
  uploads: "uploads",
} as const;

export type Driver = "pglite" | "postgres";

export function databaseDumpPath(driver: Driver): string {
  return driver === "pglite" ? archivePaths.pgliteDump : archivePaths.postgresDump;
}

const sha256 = z.string().regex(/^[0-9a-f]{64}$/);
// What node-tar writes and extracts as given: relative, forward slashes, no "." or ".." segments
const relativePath = z
  .string()
  .min(1)
  .refine((value) => !value.startsWith("/") && !value.includes("\\") && value.split("/").every((part) => part !== "" && part !== "." && part !== ".."), "not a plain relative path");

const storedFile = z.object({ path: relativePath, bytes: z.number().int().min(0), sha256 });

export const manifestSchema = z.object({
  format: z.literal(backupFormat),
  formatVersion: z.number().int().min(1),
  createdAt: z.iso.datetime(),
  driver: z.enum(["pglite", "postgres"]),
  database: z.object({
    /** The dump tool's own format: PGlite's data directory tarball, or pg_dump's custom format */
    dump: storedFile,
    tool: z.string(),
    serverVersion: z.string(),
  }),
  /** The app's drizzle/ migrations applied to the database when it was dumped */
  migrations: z.object({ applied: z.number().int().min(0), latest: z.string().nullable(), latestWhen: z.number().int().nullable() }),
  /** Rows per table ("schema.table") at the moment of the dump: checked again after a restore */
  tables: z.record(z.string(), z.number().int().min(0)),
  /** Every file of UPLOADS_DIR, paths relative to it (stored under uploads/ in the archive) */
  uploads: z.array(storedFile),
});

export type Manifest = z.infer<typeof manifestSchema>;
export type StoredFile = z.infer<typeof storedFile>;
export type MigrationLevel = Manifest["migrations"];

/** An entry of drizzle/meta/_journal.json */
export interface JournalEntry {
  tag: string;
  when: number;
}

/**
 * The migration level of a database from drizzle's own table (__drizzle_migrations: one row per applied
 * migration, created_at = the journal's `when`), named by this app's journal when it knows that migration
 */
export function migrationLevel(applied: number, latestWhen: number | null, journal: readonly JournalEntry[]): MigrationLevel {
  const latest = latestWhen === null ? null : (journal.find((entry) => entry.when === latestWhen)?.tag ?? null);
  return { applied, latest, latestWhen };
}

/** Reads manifest.json; a sentence on what is wrong with it otherwise */
export function parseManifest(json: string): { ok: true; manifest: Manifest } | { ok: false; problem: string } {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return { ok: false, problem: "its manifest.json is not valid JSON" };
  }
  const format = (value as { format?: unknown; formatVersion?: unknown } | null) ?? {};
  if (format.format !== backupFormat) return { ok: false, problem: `its manifest.json is not that of a ${backupFormat} file` };
  if (typeof format.formatVersion === "number" && format.formatVersion > backupFormatVersion) {
    return { ok: false, problem: `it was written in backup format ${format.formatVersion}, newer than this version of the site reads (${backupFormatVersion}): restore it with the version of the site that made it` };
  }
  const parsed = manifestSchema.safeParse(value);
  if (!parsed.success) return { ok: false, problem: `its manifest.json is incomplete (${z.prettifyError(parsed.error).replace(/\n/g, " ")})` };
  return { ok: true, manifest: parsed.data };
}

/**
 * Whether this app can take a database at the backup's migration level: one it migrates forward on
 * start, never one made by a newer version (unknown migrations)
 */
export function migrationProblem(backup: MigrationLevel, journal: readonly JournalEntry[]): string | undefined {
  const newest = journal.at(-1);
  if (backup.applied > journal.length || (backup.latestWhen !== null && (!newest || backup.latestWhen > newest.when))) {
    return `its database has migrations this version of the site does not know (${backup.applied} applied, the latest ${backup.latest ?? `made at ${backup.latestWhen}`}; this version has ${journal.length}): restore it with the version of the site that made it, or a newer one`;
  }
  if (backup.latestWhen !== null && !journal.some((entry) => entry.when === backup.latestWhen)) {
    return `its database's latest migration (made at ${backup.latestWhen}) is not one of this version's: restore it with the version of the site that made it`;
  }
  return undefined;
}

/** The tables whose row counts differ between the manifest and a restored database, as "name: expected → found" */
export function tableDifferences(expected: Record<string, number>, found: Record<string, number>): string[] {
  const names = [...new Set([...Object.keys(expected), ...Object.keys(found)])].sort();
  return names
    .filter((name) => expected[name] !== found[name])
    .map((name) => `${name}: ${expected[name] ?? "absent"} → ${found[name] ?? "absent"}`);
}

/** The backup's default name: backups/ngo-news-2026-05-20T13-45-07Z.tar (sorts by time, safe on every file system) */
export function defaultBackupPath(now: Date): string {
  return `backups/ngo-news-${now.toISOString().replace(/\.\d{3}Z$/, "Z").replace(/:/g, "-")}.tar`;
}
