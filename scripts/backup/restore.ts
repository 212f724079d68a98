// npm run restore -- FILE [--force]
// Brings a new, empty installation (PGLITE_DIR or the database of DATABASE_URL, and UPLOADS_DIR) to the
// state of a backup made by npm run backup. Everything is checked against the manifest before anything is
// written; a database or uploads directory that already holds something is refused unless --force.
import { existsSync } from "node:fs";
import { cp, mkdir, mkdtemp, rm } from "node:fs/promises";
import path from "node:path";
import { getEnvironment } from "~/env.server";
import { extractArchive, listFiles, readManifest, verifyExtracted } from "./archive";
import { npmKeptForce, parseRestoreArguments, restoreUsage } from "./arguments";
import { readJournal, type DatabaseFacts } from "./database-facts";
import { archivePaths, migrationProblem, tableDifferences, type Manifest } from "./manifest";
import { claimRestoreTarget, loadEmbedded, type EmbeddedTarget } from "./pglite";
import { countUserTables, restoreServer, shownUrl } from "./postgres";
import { Refusal, runScript } from "./refusal";

/** The backup's driver must be this installation's: moving between PGlite and PostgreSQL needs an export this tool does not make */
function driverProblem(manifest: Manifest, databaseUrl: string | undefined): string | undefined {
  if (manifest.driver === "pglite" && databaseUrl) {
    return "This backup holds an embedded (PGlite) database, but DATABASE_URL points this installation at PostgreSQL: unset DATABASE_URL to restore it into PGLITE_DIR (a PGlite backup cannot be restored into PostgreSQL).";
  }
  if (manifest.driver === "postgres" && !databaseUrl) {
    return "This backup holds a PostgreSQL database: set DATABASE_URL to a new, empty PostgreSQL database to restore it (a PostgreSQL backup cannot be restored into the embedded database).";
  }
  return undefined;
}

await runScript(async () => {
  const parsed = parseRestoreArguments(process.argv.slice(2));
  if (!parsed.ok) throw new Refusal(parsed.message);
  if (parsed.value.help) {
    console.log(restoreUsage);
    return;
  }
  const { force } = parsed.value;
  const file = path.resolve(parsed.value.file);
  const forceHint = npmKeptForce(process.env) ? ` (npm kept --force for itself: write npm run restore -- ${parsed.value.file} --force)` : "";
  if (!existsSync(file)) throw new Refusal(`There is no file ${file}.`);
  const read = await readManifest(file);
  if (!read.ok) throw new Refusal(`${file} is not a backup of this site: ${read.problem}.`);
  const { manifest } = read;

  const environment = getEnvironment();
  const databaseUrl = environment.DATABASE_URL;
  const driverRefusal = driverProblem(manifest, databaseUrl);
  if (driverRefusal) throw new Refusal(driverRefusal);
  const journal = readJournal();
  const tooNew = migrationProblem(manifest.migrations, journal);
  if (tooNew) throw new Refusal(`This backup cannot be restored here: ${tooNew}.`);

  const uploadsDir = path.resolve(environment.UPLOADS_DIR);
  const existingUploads = await listFiles(uploadsDir);
  if (existingUploads.length > 0 && !force) {
    throw new Refusal(`${uploadsDir} (UPLOADS_DIR) already holds ${existingUploads.length} files: restore into a new installation with an empty uploads directory, or add --force to add the backup's files to them.${forceHint}`);
  }

  let embedded: EmbeddedTarget | undefined;
  if (databaseUrl) {
    const tables = await countUserTables(databaseUrl);
    if (tables > 0 && !force) {
      throw new Refusal(`The database at ${shownUrl(databaseUrl)} already has ${tables} tables: restore into a new, empty database, or add --force to replace what the backup holds.${forceHint}`);
    }
  } else {
    embedded = await claimRestoreTarget(environment.PGLITE_DIR, force, forceHint);
  }

  // Extracted beside UPLOADS_DIR (same disk), then checked file by file before anything is restored
  await mkdir(path.dirname(uploadsDir), { recursive: true });
  const staging = await mkdtemp(path.join(path.dirname(uploadsDir), ".ngo-news-restore-"));
  try {
    await extractArchive(file, staging);
    const problems = await verifyExtracted(staging, manifest);
    if (problems.length > 0) {
      throw new Refusal(`${file} is damaged, nothing was restored: ${problems.slice(0, 5).join("; ")}${problems.length > 5 ? `; and ${problems.length - 5} more` : ""}.`);
    }

    const dumpFile = path.join(staging, manifest.database.dump.path);
    let facts: DatabaseFacts;
    if (embedded) facts = await loadEmbedded(embedded, dumpFile, journal, manifest.database.serverVersion);
    else facts = await restoreServer(databaseUrl!, dumpFile, force, journal);
    const differences = tableDifferences(manifest.tables, facts.tables);
    if (differences.length > 0) {
      throw new Refusal(`The restored database does not hold what the backup recorded (rows per table: ${differences.slice(0, 5).join("; ")}): do not use it; restore again into a new, empty database.`);
    }

    if (manifest.uploads.length > 0) {
      await cp(path.join(staging, archivePaths.uploads), uploadsDir, { recursive: true, force: true });
    }
    const restoredUploads = new Set(await listFiles(uploadsDir));
    const missing = manifest.uploads.filter((upload) => !restoredUploads.has(upload.path));
    if (missing.length > 0) throw new Refusal(`${missing.length} uploaded files could not be copied into ${uploadsDir}, e.g. ${missing[0]!.path}.`);

    const rows = Object.values(facts.tables).reduce((sum, count) => sum + count, 0);
    const where = embedded ? `the embedded database into ${embedded.directory}` : `the PostgreSQL database into ${shownUrl(databaseUrl!)}`;
    console.log(
      `Restored ${file} (made ${manifest.createdAt}): ${where} (${Object.keys(facts.tables).length} tables, ${rows} rows, as recorded; migration ${facts.migrations.latest ?? "none"}) ` +
        `and ${manifest.uploads.length} uploaded files into ${uploadsDir}, each checked against its SHA-256.`,
    );
    if (embedded?.movedAside) console.log(`What PGLITE_DIR held before is in ${embedded.movedAside}.`);
    console.log("Start the server: it applies any newer migrations of this version of the site on start.");
  } finally {
    await rm(staging, { recursive: true, force: true });
    embedded?.release();
  }
});
