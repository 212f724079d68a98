// The embedded database's part of a backup: PGlite's own data-directory dump (dumpDataDir) and its
// loadDataDir option. The directory belongs to one process, so both take its lock (the server's own,
// app/db/embedded-directory.server.ts): a backup or restore never runs beside a server on it.
import { existsSync, openAsBlob } from "node:fs";
import { mkdir, readdir, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { claimEmbeddedDirectory } from "~/db/embedded-directory.server";
import { databaseFacts, type DatabaseFacts, type Query } from "./database-facts";
import type { JournalEntry } from "./manifest";
import { Refusal } from "./refusal";

function queryOn(client: PGlite): Query {
  return async <Row>(text: string) => (await client.query<Row>(text)).rows;
}

function embeddedDirectory(dataDir: string): string {
  if (dataDir.startsWith("memory://")) throw new Refusal(`PGLITE_DIR is ${dataDir}, a database kept in memory only: set PGLITE_DIR to a directory.`);
  return path.resolve(dataDir);
}

/** Takes the directory's lock, or says that a server holds it */
function claim(directory: string, purpose: "backup" | "restore"): () => void {
  try {
    return claimEmbeddedDirectory(directory);
  } catch (error) {
    const why = purpose === "backup" ? "a backup of the embedded database needs the server stopped (PostgreSQL is backed up while it runs)" : "a restore needs the server stopped";
    throw new Refusal(`${(error as Error).message} (${why})`, { cause: error });
  }
}

export const pgliteDumpTool = "PGlite dumpDataDir (gzip)";

/** Dumps the data directory to `toFile` and returns what the manifest records of it */
export async function dumpEmbedded(dataDir: string, toFile: string, journal: readonly JournalEntry[]): Promise<DatabaseFacts> {
  const directory = embeddedDirectory(dataDir);
  if (!existsSync(path.join(directory, "PG_VERSION"))) {
    throw new Refusal(`There is no embedded database in ${directory} (PGLITE_DIR): nothing to back up.`);
  }
  const release = claim(directory, "backup");
  try {
    const client = new PGlite(directory);
    try {
      await client.waitReady;
      const facts = await databaseFacts(queryOn(client), journal);
      // Everything written so far into the data files: less WAL to replay once restored
      await client.exec("checkpoint");
      const dump = await client.dumpDataDir("gzip");
      await writeFile(toFile, Buffer.from(await dump.arrayBuffer()), { mode: 0o600 });
      return facts;
    } finally {
      await client.close();
    }
  } finally {
    release();
  }
}

export interface EmbeddedTarget {
  directory: string;
  /** It holds something (allowed by --force): moved aside, never deleted, right before the load */
  occupied: boolean;
  /** Where it was moved */
  movedAside?: string;
  release(): void;
}

/**
 * Claims PGLITE_DIR for a restore: it must not exist yet or be empty, unless `force`. Call release() when done.
 */
export async function claimRestoreTarget(dataDir: string, force: boolean, forceHint: string): Promise<EmbeddedTarget> {
  const directory = embeddedDirectory(dataDir);
  const release = claim(directory, "restore");
  try {
    const occupied = (await readdir(directory)).length > 0;
    if (occupied && !force) {
      throw new Refusal(
        `${directory} (PGLITE_DIR) already holds a database or other files: restore into a new, empty directory, or add --force to move it aside first.${forceHint}`,
      );
    }
    return { directory, occupied, release };
  } catch (error) {
    release();
    throw error;
  }
}

/** Loads the dumped data directory into the target (moving aside what it held) and returns what it then holds */
export async function loadEmbedded(target: EmbeddedTarget, fromFile: string, journal: readonly JournalEntry[], dumpedVersion: string): Promise<DatabaseFacts> {
  if (target.occupied) {
    target.movedAside = `${target.directory}.before-restore-${new Date().toISOString().replace(/[:.]/g, "-")}`;
    await rename(target.directory, target.movedAside);
    await mkdir(target.directory);
  }
  let client: PGlite | undefined;
  try {
    client = new PGlite(target.directory, { loadDataDir: await openAsBlob(fromFile) });
    await client.waitReady;
    return await databaseFacts(queryOn(client), journal);
  } catch (error) {
    // Leave the directory as empty as it was found, for the next attempt
    await client?.close().catch(() => undefined);
    client = undefined;
    for (const entry of await readdir(target.directory)) await rm(path.join(target.directory, entry), { recursive: true, force: true });
    throw new Refusal(
      `This installation's PGlite could not open the backup's embedded database (PostgreSQL ${dumpedVersion}): ${(error as Error).message}. Restore it with the version of the site that made it.`,
      { cause: error },
    );
  } finally {
    await client?.close();
  }
}
