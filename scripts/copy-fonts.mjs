// Self-hosted fonts: copies the font packages' stylesheets and woff2 files from node_modules
// into public/fonts/<package>/ (git-ignored). Which packages an edition uses is in app/editions.ts;
// this copies every @fontsource package the project depends on.
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const manifest = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8"));
const packages = Object.keys(manifest.dependencies).filter((name) => name.startsWith("@fontsource/"));

for (const name of packages) {
  const source = path.join(root, "node_modules", name);
  const target = path.join(root, "public", "fonts", name.slice("@fontsource/".length));
  rmSync(target, { recursive: true, force: true });
  mkdirSync(path.join(target, "files"), { recursive: true });
  for (const file of readdirSync(source)) {
    if (/^\d{3}\.css$/.test(file)) cpSync(path.join(source, file), path.join(target, file));
  }
  for (const file of readdirSync(path.join(source, "files"))) {
    if (file.endsWith(".woff2")) cpSync(path.join(source, "files", file), path.join(target, "files", file));
  }
}
console.log(`fonts: copied ${packages.length} packages to public/fonts`);
