import { PassThrough, Transform } from "node:stream";
import { createReadableStreamFromReadable, type AppLoadContext, type EntryContext } from "@remix-run/node";
import { RemixServer } from "@remix-run/react";
import { isbot } from "isbot";
import { renderToPipeableStream, renderToString } from "react-dom/server";
import { I18nextProvider } from "react-i18next";
import { noteIfConnectionError, retryAfterSeconds } from "./db/database.server";
import { editionFromPath } from "./routing/edition-path";
import { interfaceI18n, remixI18next } from "./i18n/i18next.server";
import { pseudoLocaleOf } from "./i18n/pseudo.server";
import { logger } from "./logging.server";
import { MirrorContext } from "./mirror/context";
import { ReaderScriptContext } from "./reader/script";
import { readerScriptSrc } from "./reader/script.server";
import { NonceContext } from "./security/nonce";

/** For server.mjs: the HTTP layer (app/http/), started with this build */
export { startSite } from "./http/start.server";
/** For scripts/bench/explain.mjs: closing the database it opened */
export { lifecycle } from "./lifecycle.server";
/** For the mirror export (app/mirror/export.server.ts): what each item page is made from, through this build's database */
export { mirrorIdentityVersion, mirrorRenderInputs } from "./mirror/render-keys.server";

export const streamTimeout = 5_000;

/**
 * React 18's streaming renderer can leave NUL bytes in the HTML where a multi-byte character
 * (Arabic, Persian, ë) straddles its 2 KB chunk boundary (facebook/react#26228, fixed in React 19).
 * HTML never legitimately contains U+0000, so drop those bytes on the way out.
 */
function withoutNulBytes(): Transform {
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      callback(null, chunk.includes(0) ? chunk.filter((byte) => byte !== 0) : chunk);
    },
  });
}

/** Whether the page's routes ask for React in the browser (handle.hydrate: the editorial screens, see root.tsx) */
function hydrates(remixContext: EntryContext): boolean {
  return remixContext.staticHandlerContext.matches.some(
    (match) => (remixContext.routeModules[match.route.id]?.handle as { hydrate?: boolean } | undefined)?.hydrate === true,
  );
}

/** Errors of loaders, actions and rendering, as one JSON log line each (never the request's body or cookies) */
export function handleError(error: unknown, { request, context }: { request: Request; context: AppLoadContext }) {
  if (request.signal.aborted) return;
  // A lost connection becomes the 503 page (app/http/remix-handler.server.ts), not a server error
  if (noteIfConnectionError(error) && context.databaseLost) {
    context.databaseLost.lost = true;
    return;
  }
  logger.error({ err: error, method: request.method, path: new URL(request.url).pathname }, "request failed");
}

export default async function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
  loadContext: AppLoadContext,
) {
  const nonce = loadContext.cspNonce ?? "";
  // The database is unreachable (app/db/database.server.ts): tell readers and crawlers when to come back
  if (responseStatusCode === 503 && !responseHeaders.has("Retry-After")) responseHeaders.set("Retry-After", String(retryAfterSeconds));
  const edition = editionFromPath(new URL(request.url).pathname);
  // The editorial screens speak the language their layout's loader chose (routes/admin/route.tsx)
  const editorialLanguage = (remixContext.staticHandlerContext.loaderData["routes/admin"] as { language?: string } | undefined)?.language;
  // A developer's pseudo-locale (cookie `pseudo`, only where enabled) replaces the edition's interface language
  const language = pseudoLocaleOf(request)?.code ?? editorialLanguage ?? edition.code;
  const i18n = await interfaceI18n(language, remixI18next.getRouteNamespaces(remixContext));

  const page = (
    <NonceContext.Provider value={nonce}>
      <ReaderScriptContext.Provider value={readerScriptSrc}>
        <MirrorContext.Provider value={loadContext.mirror ?? null}>
          <I18nextProvider i18n={i18n}>
            <RemixServer context={remixContext} url={request.url} abortDelay={streamTimeout} nonce={nonce} />
          </I18nextProvider>
        </MirrorContext.Provider>
      </ReaderScriptContext.Provider>
    </NonceContext.Provider>
  );

  // Reader pages do not hydrate (root.tsx) and wait for nothing: they have no deferred data and no
  // Suspense, so streaming gains them nothing. Rendered to one string they skip the stream plumbing (a
  // third of a page's server time went to passing React's 2 KB chunks through Node and web streams),
  // and React's chunk-boundary bug (below) cannot occur.
  if (!hydrates(remixContext)) {
    responseHeaders.set("Content-Type", "text/html; charset=utf-8");
    return new Response(`<!DOCTYPE html>${renderToString(page)}`, { headers: responseHeaders, status: responseStatusCode });
  }

  const waitForEverything = isbot(request.headers.get("user-agent") ?? "");

  return new Promise((resolve, reject) => {
    let shellRendered = false;
    const { pipe, abort } = renderToPipeableStream(
      page,
      {
        nonce,
        [waitForEverything ? "onAllReady" : "onShellReady"]() {
          shellRendered = true;
          const body = new PassThrough();
          const cleaned = withoutNulBytes();
          responseHeaders.set("Content-Type", "text/html; charset=utf-8");
          resolve(
            new Response(createReadableStreamFromReadable(body), { headers: responseHeaders, status: responseStatusCode }),
          );
          cleaned.pipe(body);
          pipe(cleaned);
        },
        onShellError(error: unknown) {
          reject(error);
        },
        onError(error: unknown) {
          responseStatusCode = 500;
          if (shellRendered) logger.error({ err: error }, "rendering failed after the shell was sent");
        },
      },
    );
    // unref: a pending abort timer must not keep the process alive at shutdown
    setTimeout(abort, streamTimeout + 1_000).unref();
  });
}
