// The Remix app as the last step of the chain: the Express request as a Fetch Request, Remix's handler
// (@remix-run/node) for the Fetch Response, and the answer step (answer.server.ts) to send it.
import { createReadableStreamFromReadable, createRequestHandler, type AppLoadContext, type ServerBuild } from "@remix-run/node";
import type { NextFunction, Request, Response } from "express";
import { serviceUnavailable } from "~/db/database.server";
import type { AnswerContext } from "./answer.server";
import { addressTooLong } from "./path-guard.server";

/** The request as the app sees it; throws a TypeError for an address that is no URL (the error handler's 400) */
export function fetchRequest(req: Request, res: Response): globalThis.Request {
  const url = new URL(`${req.protocol}://${req.headers.host}${req.originalUrl}`);
  const controller = new AbortController();
  // Loaders and actions are aborted when the client leaves before its answer was sent
  res.on("close", () => {
    if (!res.writableFinished) controller.abort();
  });
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    if (Array.isArray(value)) for (const each of value) headers.append(name, each);
    else headers.set(name, value);
  }
  const hasBody = req.method !== "GET" && req.method !== "HEAD";
  return new Request(url.href, {
    method: req.method,
    headers,
    signal: controller.signal,
    ...(hasBody ? { body: createReadableStreamFromReadable(req), duplex: "half" } : {}),
  } as RequestInit);
}

export function loadContextOf(req: Request, res: Response): AppLoadContext {
  return {
    databaseLost: { lost: false },
    clientAddress: res.locals.clientAddress as string,
    cspNonce: res.locals.cspNonce as string,
    addressTooLong: addressTooLong(req.originalUrl),
    crossSiteRefused: res.locals.crossSiteRefused === true,
  };
}

/**
 * A loader or action lost the database connection (entry.server.tsx's handleError said so): a page goes
 * through once more as a GET, its layout answering the localized 503 page without a query; a feed, a
 * sitemap or data gets the plain 503. (docs/decisions/014-lost-connections.md)
 */
async function unavailable(
  handle: (request: globalThis.Request, context: AppLoadContext) => Promise<globalThis.Response>,
  request: globalThis.Request,
  loadContext: AppLoadContext,
  response: globalThis.Response,
): Promise<globalThis.Response> {
  const page = /^text\/html\b/.test(response.headers.get("content-type") ?? "");
  await response.body?.cancel();
  if (!page) return serviceUnavailable();
  const again = new globalThis.Request(request.url, { method: "GET", headers: request.headers, signal: request.signal });
  return handle(again, { ...loadContext, databaseLost: { lost: false }, databaseUnavailable: true });
}

export function remixHandler(
  build: ServerBuild,
  answer: (req: Request, res: Response, response: globalThis.Response, context: AnswerContext) => Promise<void>,
  contextOf: (req: Request, res: Response) => AnswerContext,
) {
  const handle = createRequestHandler(build, build.mode);
  return async (req: Request, res: Response, next: NextFunction): Promise<void> => {
    try {
      const request = fetchRequest(req, res);
      const loadContext = loadContextOf(req, res);
      let response = await handle(request, loadContext);
      if (loadContext.databaseLost?.lost && response.status >= 500) response = await unavailable(handle, request, loadContext, response);
      await answer(req, res, response, contextOf(req, res));
    } catch (error) {
      next(error);
    }
  };
}
