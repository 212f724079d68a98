// The whole HTTP layer in the order a request meets it (docs/decisions/013-http-layer.md). Each step is a
// module of its own; this is the only place that knows the order, and the only one that wires the page
// cache to the steps that use it.
import type { IncomingMessage, ServerResponse } from "node:http";
import type { ServerBuild } from "@remix-run/node";
import express, { type NextFunction, type Request, type Response } from "express";
import { pageCache, storedPage } from "~/cache/page-cache.server";
import type { Environment } from "~/env.server";
import { createHttpLogger, logStoredAnswer, requestIdOf } from "~/logging.server";
import { earlyRefusal, type RefusalPages } from "~/security/early-refusal.server";
import { createAnswer, type AnswerContext } from "./answer.server";
import { choosesPseudoLocale } from "./caching-policy";
import { crossSiteGuard, originMiddleware, requestOrigin, requestProtocol, type TrustsProxy } from "./origin.server";
import { createPageCacheLookup, type PageCacheTicket } from "./page-cache-lookup.server";
import { pathGuard } from "./path-guard.server";
import { remixHandler } from "./remix-handler.server";
import { constantSecurityHeaders, hstsHeader, isStoredFilePath, newNonce, perAnswerSecurityHeaders } from "./security-headers.server";
import { staticFiles } from "./static-files.server";
import { sendStoredPage } from "./stored-answer.server";
import { trailingSlashRedirect } from "./trailing-slash.server";

type Settings = Pick<Environment, "SITE_URL" | "TRUST_PROXY" | "HSTS" | "PSEUDO_LOCALES" | "NODE_ENV" | "REMIX_BUILD_DIR">;

/** The request listener of the site: cache hits first, then Express's chain ending in Remix */
export function createSite(build: ServerBuild, settings: Settings): (req: IncomingMessage, res: ServerResponse) => void {
  const cache = pageCache();
  const pseudoLocales = settings.NODE_ENV === "development" || settings.PSEUDO_LOCALES === "1";
  const hsts = settings.HSTS === "on";
  const app = express();
  app.disable("x-powered-by");
  // Behind a proxy only: then X-Forwarded-For, -Proto and -Host count (origin.server.ts)
  if (settings.TRUST_PROXY) app.set("trust proxy", /^\d+$/.test(settings.TRUST_PROXY) ? Number(settings.TRUST_PROXY) : settings.TRUST_PROXY);
  const trustsProxy = app.get("trust proxy fn") as TrustsProxy;

  // What a page keeps (refused reader posts' 429 pages included): the page cache
  const refusalPages: RefusalPages | null = cache && {
    send(key, req, res, retryAfterSeconds) {
      const kept = cache.get(key);
      if (!kept?.fresh) return false;
      sendStoredPage(req, res, kept.page, ["Retry-After", String(retryAfterSeconds), "X-Page-Cache", "refused"], 429);
      return true;
    },
    keeper(key) {
      const generationAtStart = cache.generation;
      return (headers, body) => {
        if (cache.generation === generationAtStart) cache.set(key, storedPage(429, headers, body, constantSecurityHeaders));
      };
    },
  };
  const answer = createAnswer({ cache, constantHeaders: constantSecurityHeaders });
  const answerContext = (req: Request, res: Response): AnswerContext => ({
    nonce: res.locals.cspNonce as string,
    pseudoLocale: pseudoLocales && choosesPseudoLocale(req.headers.cookie),
    ticket: res.locals.pageCacheTicket as PageCacheTicket | undefined,
    keepRefusal: res.locals.keepRefusal as AnswerContext["keepRefusal"],
  });
  const constantHeaders = constantSecurityHeaders.flat();

  // 1. One JSON log line per request, with its id (also sent as X-Request-Id)
  app.use(createHttpLogger());
  // 2. Security headers on every answer, with this answer's nonce; the reader's address for rate limits
  app.use((req: Request, res: Response, next: NextFunction) => {
    const nonce = newNonce();
    res.locals.cspNonce = nonce;
    res.locals.clientAddress = req.ip ?? req.socket.remoteAddress ?? "unknown";
    for (let index = 0; index < constantHeaders.length; index += 2) res.setHeader(constantHeaders[index]!, constantHeaders[index + 1]!);
    for (const [name, value] of perAnswerSecurityHeaders(nonce, { storedFile: isStoredFilePath(req.path), secure: req.secure, hsts })) res.setHeader(name, value);
    next();
  });
  // 3. The origin of every absolute URL and of the page cache's keys: SITE_URL, or a Host that names a host
  app.use(originMiddleware(settings.SITE_URL));
  // 4. Files of public/ and of the build, compressed (static-files.server.ts)
  app.use(staticFiles({ buildDirectory: settings.REMIX_BUILD_DIR, development: settings.NODE_ENV === "development" }));
  // 5. No trailing slash; 6. addresses the router cannot take
  app.use(trailingSlashRedirect);
  app.use(pathGuard);
  // 7. Another site's form post: 403 (origin.server.ts); 8. a reader form's post from an address known to be over its limit: the kept 429
  app.use(crossSiteGuard);
  app.use(earlyRefusal(refusalPages));
  // 9. Remix, then the answer step (caching policy, ETag/304, storing into the page cache, compression)
  app.use(remixHandler(build, answer, answerContext));
  // The app answers its own errors; what reaches here before an answer began is the adapter failing to
  // build a Fetch Request (a Host "a b", "a:99999", "a@b"): the client's mistake, 400
  app.use((error: unknown, _req: Request, res: Response, next: NextFunction) => {
    if (!(error instanceof TypeError) || res.headersSent) return next(error);
    res.status(400).type("text/plain").send("Bad Request");
  });

  // 0. Before all of that: a fresh page from the page cache, answered from its stored bytes
  const siteOrigin = settings.SITE_URL ? new URL(settings.SITE_URL).origin : undefined;
  const lookup =
    cache &&
    createPageCacheLookup({
      cache,
      originOf: siteOrigin ? () => siteOrigin : (req) => requestOrigin(req, trustsProxy, undefined),
      ownHeaders(req) {
        const id = requestIdOf(req);
        const headers = ["Content-Security-Policy", perAnswerSecurityHeaders(newNonce(), { storedFile: false, secure: false, hsts: false })[0]![1], "X-Request-Id", id];
        if (hsts && requestProtocol(req, trustsProxy) === "https") headers.push(...hstsHeader);
        return { headers, id };
      },
      logged: (req, status, id) => logStoredAnswer(req, status, id),
    });
  const afterLookup = (req: IncomingMessage, res: ServerResponse, outcome: PageCacheTicket | "answered" | undefined) => {
    if (outcome === "answered") return;
    if (outcome) {
      res.setHeader("X-Page-Cache", "miss");
      (res as ServerResponse & { locals?: Record<string, unknown> }).locals = { pageCacheTicket: outcome };
    }
    app(req, res);
  };
  return (req, res) => {
    if (!lookup) return app(req, res);
    let outcome: ReturnType<typeof lookup>;
    try {
      outcome = lookup(req, res);
    } catch (error) {
      // Thrown in the request listener it would end the process: this request alone fails, as when the lookup was async
      res.destroy(error as Error);
      return;
    }
    if (outcome instanceof Promise) outcome.then((waited) => afterLookup(req, res, waited), (error: unknown) => res.destroy(error as Error));
    else afterLookup(req, res, outcome);
  };
}
