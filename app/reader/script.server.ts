import { readFileSync } from "node:fs";
import path from "node:path";
import { getEnvironment } from "~/env.server";

/** Read once per process from the server build (null in a development build made without the script) */
export const readerScriptSrc: string | null = (() => {
  try {
    const manifest = JSON.parse(readFileSync(path.resolve(getEnvironment().REMIX_BUILD_DIR ?? "build", "reader-script.json"), "utf8")) as { src?: unknown };
    return typeof manifest.src === "string" ? manifest.src : null;
  } catch {
    return null;
  }
})();
