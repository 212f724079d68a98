// npm run backup [-- --out FILE]
// Writes one file holding the configured database (DATABASE_URL, or the embedded one in PGLITE_DIR) and
// every file of UPLOADS_DIR; the format is in docs/decisions/011-backup-format.md. PostgreSQL is backed up
// while the site runs; the embedded database only with the server stopped (it holds the directory).
import { existsSync } from "node:fs";
import { chmod, mkdir, mkdtemp, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { getEnvironment } from "~/env.server";
import { describeFile, describeUploads, writeArchive } from "./archive";
import { backupUsage, parseBackupArguments } from "./arguments";
import { readJournal } from "./database-facts";
import { archivePaths, backupFormat, backupFormatVersion, databaseDumpPath, defaultBackupPath, type Driver, type Manifest } from "./manifest";
import { dumpEmbedded, pgliteDumpTool } from "./pglite";
import { dumpServer, pgDumpVersion } from "./postgres";
import { Refusal, runScript } from "./refusal";

const megabytes = (bytes: number) => `${(bytes / 1_000_000).toFixed(1)} MB`;

await runScript(async () => {
  const parsed = parseBackupArguments(process.argv.slice(2));
  if (!parsed.ok) throw new Refusal(parsed.message);
  if (parsed.value.help) {
    console.log(backupUsage);
    return;
  }
  const environment = getEnvironment();
  const driver: Driver = environment.DATABASE_URL ? "postgres" : "pglite";
  const uploadsDir = path.resolve(environment.UPLOADS_DIR);
  const createdAt = new Date();
  const out = path.resolve(parsed.value.out ?? defaultBackupPath(createdAt));
  if (existsSync(out)) throw new Refusal(`${out} exists already: choose another name with --out.`);
  await mkdir(path.dirname(out), { recursive: true });

  // Beside the backup (same disk, room for it), readable by this user only: dumps hold password hashes and readers' messages
  const staging = await mkdtemp(path.join(path.dirname(out), ".ngo-news-backup-"));
  const partial = `${out}.partial`;
  try {
    const journal = readJournal();
    const dumpPath = databaseDumpPath(driver);
    const dumpFile = path.join(staging, dumpPath);
    await mkdir(path.dirname(dumpFile), { recursive: true });
    const facts = environment.DATABASE_URL ? await dumpServer(environment.DATABASE_URL, dumpFile, journal) : await dumpEmbedded(environment.PGLITE_DIR, dumpFile, journal);
    // After the dump: stored files are only ever added, never changed or deleted, so every file the dump names is there
    const uploads = await describeUploads(uploadsDir);
    const manifest: Manifest = {
      format: backupFormat,
      formatVersion: backupFormatVersion,
      createdAt: createdAt.toISOString(),
      driver,
      database: {
        dump: await describeFile(dumpFile, dumpPath),
        tool: driver === "postgres" ? await pgDumpVersion() : pgliteDumpTool,
        serverVersion: facts.serverVersion,
      },
      migrations: facts.migrations,
      tables: facts.tables,
      uploads,
    };
    await writeFile(path.join(staging, archivePaths.manifest), `${JSON.stringify(manifest, null, 2)}\n`);
    await writeFile(partial, "", { mode: 0o600 });
    await writeArchive(partial, staging, manifest, uploadsDir);
    await chmod(partial, 0o600);
    // Only a complete file bears the backup's name
    await rename(partial, out);

    const rows = Object.values(manifest.tables).reduce((sum, count) => sum + count, 0);
    const uploadBytes = uploads.reduce((sum, upload) => sum + upload.bytes, 0);
    console.log(
      `Backup written to ${out} (${megabytes((await stat(out)).size)}): the ${driver === "postgres" ? `PostgreSQL ${facts.serverVersion} database` : "embedded database"} ` +
        `(${Object.keys(manifest.tables).length} tables, ${rows} rows, migration ${manifest.migrations.latest ?? "none"}) and ${uploads.length} uploaded files (${megabytes(uploadBytes)}).`,
    );
    const shown = out.startsWith(process.cwd() + path.sep) ? path.relative(process.cwd(), out) : out;
    console.log(`Restore it into a new installation with: npm run restore -- ${shown}`);
  } finally {
    await rm(staging, { recursive: true, force: true });
    await rm(partial, { force: true });
  }
});
