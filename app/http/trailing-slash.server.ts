// One canonical form per page: no trailing slash (routes handle the rest, see canonical.server.ts).
import type { NextFunction, Request, Response } from "express";
import { addressTooLong } from "./path-guard.server";

/** Where a path with a trailing slash is redirected, or undefined when it has none */
export function withoutTrailingSlash(path: string, originalUrl: string): string | undefined {
  if (path.length <= 1 || !path.endsWith("/") || addressTooLong(originalUrl)) return undefined;
  const queryStart = originalUrl.indexOf("?");
  const query = queryStart === -1 ? "" : originalUrl.slice(queryStart);
  // Leading slashes (and backslashes, which browsers read as slashes) collapse too, so "//example.com/"
  // or "/\example.com/" can never become an off-site redirect
  return `/${path.replace(/^[/\\]+|\/+$/g, "")}${query}`;
}

export function trailingSlashRedirect(req: Request, res: Response, next: NextFunction): void {
  const location = withoutTrailingSlash(req.path, req.originalUrl);
  if (location === undefined) return next();
  res.redirect(301, location);
}
