// The files of public/ and of the build: bundles and fonts (content-hashed, kept a year) and the rest (an
// hour), compressed by the compression middleware. Only an address naming a file that exists reaches them,
// so the compression middleware never wraps an answer of the later steps, and a page waits for no disk lookup.
import { readdirSync } from "node:fs";
import path from "node:path";
import compression from "compression";
import express, { type NextFunction, type Request, type Response } from "express";
import { immutableMaxAge, publicFileMaxAge } from "./caching-policy";

/** Every file under directory, as URL paths under prefix */
function filesUnder(directory: string, prefix: string): string[] {
  try {
    return readdirSync(directory, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => `${prefix}/${path.relative(directory, path.join(entry.parentPath, entry.name)).split(path.sep).join("/")}`);
  } catch {
    return [];
  }
}

export function staticFiles(options: { buildDirectory: string | undefined; development: boolean }) {
  const assets = options.buildDirectory ? `${options.buildDirectory}/public/build` : "public/build";
  // redirect: false: serve-static would redirect a directory to it plus "/" (an off-site "/\evil/.." too)
  const immutable = { immutable: true, maxAge: immutableMaxAge, redirect: false } as const;
  const mounts = [
    { prefix: "/build", serve: express.static(assets, immutable), files: () => filesUnder(assets, "/build") },
    { prefix: "/fonts", serve: express.static("public/fonts", immutable), files: () => filesUnder("public/fonts", "/fonts") },
    { prefix: "", serve: express.static("public", { maxAge: publicFileMaxAge, redirect: false }), files: () => filesUnder("public", "").filter((file) => !file.startsWith("/build/")) },
  ];
  const known = () => new Set(mounts.flatMap((mount) => mount.files()));
  // In development the build changes under the running server: looked up again on each request
  let files = known();
  const compress = compression();
  return (req: Request, res: Response, next: NextFunction): void => {
    if (req.method !== "GET" && req.method !== "HEAD") return next();
    if (options.development) files = known();
    let file: string;
    try {
      file = decodeURIComponent(req.path);
    } catch {
      return next();
    }
    if (!files.has(file)) return next();
    const mount = mounts.find(({ prefix }) => prefix === "" || file.startsWith(`${prefix}/`))!;
    const url = req.url;
    if (mount.prefix) req.url = req.url.slice(mount.prefix.length);
    compress(req, res, (error?: unknown) => {
      if (error) return next(error);
      mount.serve(req, res, (fallThrough?: unknown) => {
        req.url = url;
        next(fallThrough);
      });
    });
  };
}
