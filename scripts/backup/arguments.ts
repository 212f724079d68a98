// The command lines of npm run backup and npm run restore. Pure, so it is tested without a database.
import { parseArgs } from "node:util";

export const backupUsage = "Usage: npm run backup [-- --out FILE]";
export const restoreUsage = "Usage: npm run restore -- FILE [--force]";

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

export interface BackupArguments {
  /** undefined: the default name under backups/ */
  out?: string;
  help: boolean;
}

export interface RestoreArguments {
  file: string;
  /** Restore into a database or uploads directory that already holds something */
  force: boolean;
  help: boolean;
}

function failure(error: unknown, usage: string): { ok: false; message: string } {
  return { ok: false, message: `${(error as Error).message}\n${usage}` };
}

/** `--out FILE`, or the file as the only argument (`npm run backup FILE`) */
export function parseBackupArguments(args: readonly string[]): Parsed<BackupArguments> {
  try {
    const { values, positionals } = parseArgs({
      args: [...args],
      options: { out: { type: "string", short: "o" }, help: { type: "boolean", short: "h", default: false } },
      allowPositionals: true,
      strict: true,
    });
    if (positionals.length > 1 || (positionals.length === 1 && values.out !== undefined)) {
      return { ok: false, message: `One output file, please.\n${backupUsage}` };
    }
    const out = values.out ?? positionals[0];
    if (out === "") return { ok: false, message: `The output file's name is empty.\n${backupUsage}` };
    return { ok: true, value: { out, help: values.help } };
  } catch (error) {
    return failure(error, backupUsage);
  }
}

export function parseRestoreArguments(args: readonly string[]): Parsed<RestoreArguments> {
  try {
    const { values, positionals } = parseArgs({
      args: [...args],
      options: { force: { type: "boolean", default: false }, help: { type: "boolean", short: "h", default: false } },
      allowPositionals: true,
      strict: true,
    });
    if (values.help) return { ok: true, value: { file: "", force: false, help: true } };
    if (positionals.length !== 1 || !positionals[0]) {
      return { ok: false, message: `${positionals.length === 0 ? "Which backup file?" : "One backup file, please."}\n${restoreUsage}` };
    }
    return { ok: true, value: { file: positionals[0], force: values.force, help: false } };
  } catch (error) {
    return failure(error, restoreUsage);
  }
}

/**
 * npm keeps options written before `--` for itself: `npm run restore FILE --force` reaches the script
 * without --force (npm sets npm_config_force instead). A refusal then says how to write it.
 */
export function npmKeptForce(environment: Record<string, string | undefined>): boolean {
  return environment.npm_config_force === "true";
}
