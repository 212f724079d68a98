// The production server's entry: finds the build and hands it to the HTTP layer it carries
// (app/http/start.server.ts, bundled by Remix from app/entry.server.tsx). See docs/decisions/013-http-layer.md.
import { existsSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

// Production unless told otherwise: React and Express pick their slower development builds when NODE_ENV
// is unset. Set before the build (and React with it) is loaded.
process.env.NODE_ENV ??= "production";

// Where the build is (REMIX_BUILD_DIR, see remix.config.js): read here only to find it; the app reads it
// through its validated environment
const buildEntry = path.resolve(process.env.REMIX_BUILD_DIR ?? "build", "index.js");
if (!existsSync(buildEntry)) {
  console.error(`There is no build at ${buildEntry}: run npm run build first (npm start builds, then serves).`);
  process.exit(1);
}
// Every setting is validated once, as the build loads (app/env.server.ts): a wrong one stops the start with what is wrong
let build;
try {
  build = await import(pathToFileURL(buildEntry).href);
} catch (error) {
  if (!String(error?.message).startsWith("Invalid environment")) throw error;
  console.error(error.message);
  process.exit(1);
}
await build.entry.module.startSite(build);
