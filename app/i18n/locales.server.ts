// Reads the translators' files, locales/<lng>/<namespace>.json. In development every read checks the
// file's modification time so an edited string shows on the next reload; in production files are read once.
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { getEnvironment } from "~/env.server";

const localesDirectory = () => path.resolve(getEnvironment().LOCALES_DIR);
const namePattern = /^[a-z]{2,3}(-[a-z0-9]+)?$|^[a-z][a-z0-9-]*$/;
const cache = new Map<string, { mtimeMs: number; resources: Record<string, unknown> }>();

export function isValidLocaleName(name: string): boolean {
  return namePattern.test(name) && name.length <= 40;
}

export async function readNamespace(language: string, namespace: string): Promise<Record<string, unknown> | null> {
  if (!isValidLocaleName(language) || !isValidLocaleName(namespace)) return null;
  const file = path.join(localesDirectory(), language, `${namespace}.json`);
  const cached = cache.get(file);
  if (cached && process.env.NODE_ENV !== "development") return cached.resources;
  let mtimeMs: number;
  try {
    mtimeMs = (await stat(file)).mtimeMs;
  } catch {
    return null;
  }
  if (cached && cached.mtimeMs === mtimeMs) return cached.resources;
  const resources = JSON.parse(await readFile(file, "utf8")) as Record<string, unknown>;
  cache.set(file, { mtimeMs, resources });
  return resources;
}
