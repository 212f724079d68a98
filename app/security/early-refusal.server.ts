// Refused reader-form posts answered before Remix: a process that knows an address's window is full
// (knownRefusals) sends the 429 page the app rendered for an earlier refusal at the same address, with the
// current Retry-After, without reading the body or rendering (docs/reliability.md, "Load"). Where such
// pages are kept (the page cache, so a change readers could see empties them too) is given by the
// server's wiring (app/http/site.server.ts): this module imports no cache.
import type { NextFunction, Request, Response } from "express";
import { choosesPseudoLocale } from "~/http/caching-policy";
import { editionCodes } from "~/editions";
import { knownRefusals, type ReaderForm } from "./rate-limit.server";

const editionSegment = `(?:${editionCodes.join("|")})`;
/** The addresses the readers' forms post to (app/routes/$lang.contact.tsx, $lang.articles.$slug.tsx) */
const readerFormPosts: { form: ReaderForm; path: RegExp }[] = [
  { form: "contact", path: new RegExp(`^/${editionSegment}/contact$`) },
  { form: "comments", path: new RegExp(`^/${editionSegment}/articles/[^/]+$`) },
];

/** Where refusal pages are kept, by key */
export interface RefusalPages {
  /** Sends the page kept under key as a 429 with this Retry-After; false when none is kept */
  send(key: string, req: Request, res: Response, retryAfterSeconds: number): boolean;
  /** A function that keeps the 429 page the app is about to render under key (if still valid when it comes) */
  keeper(key: string): (headers: [string, string][], body: Buffer) => void;
}

/** Express middleware: the early 429; otherwise res.locals.keepRefusal receives the app's own 429 page */
export function earlyRefusal(pages: RefusalPages | null) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const form = req.method === "POST" ? readerFormPosts.find(({ path }) => path.test(req.path))?.form : undefined;
    const address = res.locals.clientAddress as string | undefined;
    if (!form || !pages || !address || choosesPseudoLocale(req.headers.cookie)) return next();
    const key = `refused ${res.locals.origin ?? ""}${req.originalUrl}`;
    const refusal = knownRefusals.refusal(form, address);
    if (refusal && pages.send(key, req, res, refusal.retryAfterSeconds)) return;
    res.locals.keepRefusal = pages.keeper(key);
    next();
  };
}
