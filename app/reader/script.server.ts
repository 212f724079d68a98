import { readFileSync } from "node:fs";
import path from "node:path";

/** Read once per process from the server build (null in a development build made without the script) */
export const readerScriptSrc: string | null = (() => {
  try {
    const manifest = JSON.parse(readFileSync(path.resolve(process.env.REMIX_BUILD_DIR ?? "build", "reader-script.json"), "utf8")) as { src?: unknown };
    return typeof manifest.src === "string" ? manifest.src : null;
  } catch {
    return null;
  }
})();
