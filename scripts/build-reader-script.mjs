// Bundles app/reader/enhance.ts, the only script reader pages load, into the Remix assets directory
// under a content-hashed name (served with a one-year immutable Cache-Control like the rest of
// /build), and writes its address to reader-script.json in the server build for root.tsx to use.
import { createHash } from "node:crypto";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { build } from "esbuild";

const buildDirectory = process.env.REMIX_BUILD_DIR;
const serverDirectory = buildDirectory ?? "build";
const assetsDirectory = buildDirectory ? `${buildDirectory}/public/build` : "public/build";

const result = await build({
  entryPoints: ["app/reader/enhance.ts"],
  bundle: true,
  minify: true,
  format: "iife",
  target: ["es2020"],
  write: false,
});
const code = result.outputFiles[0].contents;
const hash = createHash("sha256").update(code).digest("hex").slice(0, 10);
const fileName = `reader-${hash}.js`;
await mkdir(assetsDirectory, { recursive: true });
await writeFile(path.join(assetsDirectory, fileName), code);
await writeFile(path.join(serverDirectory, "reader-script.json"), JSON.stringify({ src: `/build/${fileName}` }));
console.log(`reader script: /build/${fileName} (${code.byteLength} bytes)`);
