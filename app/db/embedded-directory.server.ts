// The embedded database's directory: created when missing, held by one process at a time (a lock file
// beside it), and every way it can fail to open told in one sentence that names the fix.
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from "node:fs";
import path from "node:path";

/** A start-up failure that waiting cannot mend: the server prints its message and stops */
export class DatabaseStartError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "DatabaseStartError";
  }
}

export function lockFileOf(dataDir: string): string {
  return `${path.resolve(dataDir)}.lock`;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function holderOf(lockFile: string): number | undefined {
  try {
    const pid = Number.parseInt(readFileSync(lockFile, "utf8"), 10);
    return Number.isSafeInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Creates the directory (and its parents) and takes its lock file for this process; returns the function
 * that gives the lock back. A lock left by a process that no longer runs is taken over.
 */
export function claimEmbeddedDirectory(dataDir: string): () => void {
  const directory = path.resolve(dataDir);
  try {
    mkdirSync(directory, { recursive: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new DatabaseStartError(
      `The embedded database directory ${directory} cannot be created (${code}): set PGLITE_DIR to a directory this user may write to.`,
      { cause: error },
    );
  }
  const lockFile = lockFileOf(directory);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const descriptor = openSync(lockFile, "wx");
      writeSync(descriptor, String(process.pid));
      closeSync(descriptor);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        process.off("exit", release);
        if (holderOf(lockFile) === process.pid) rmSync(lockFile, { force: true });
      };
      process.on("exit", release);
      return release;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== "EEXIST") {
        throw new DatabaseStartError(
          `The embedded database directory ${directory} is not writable (${code}): set PGLITE_DIR to a directory this user may write to.`,
          { cause: error },
        );
      }
      const holder = holderOf(lockFile);
      if (holder !== undefined && holder !== process.pid && isRunning(holder)) {
        throw new DatabaseStartError(
          `The embedded database in ${directory} is in use by another running server (process ${holder}): stop that server first, or set PGLITE_DIR to another directory. (If no such server runs, delete ${lockFile}.)`,
        );
      }
      // Left behind by a process that has ended
      rmSync(lockFile, { force: true });
    }
  }
  throw new DatabaseStartError(`The lock file ${lockFile} could not be taken: delete it if no server is running, then start again.`);
}

/** PGlite's own failure to open an existing directory, told as what to do about it */
export function damagedDirectoryError(dataDir: string, cause: unknown): DatabaseStartError {
  const directory = path.resolve(dataDir);
  const detail = cause instanceof Error ? cause.message : String(cause);
  return new DatabaseStartError(
    `The embedded database in ${directory} could not be opened; it looks damaged (${detail}): restore a backup into a new directory (npm run restore), or move the directory aside to start with a new, empty database.`,
    { cause },
  );
}
