import { PassThrough, Transform } from "node:stream";
import { createReadableStreamFromReadable, type EntryContext } from "@remix-run/node";
import { RemixServer } from "@remix-run/react";
import { createInstance } from "i18next";
import { isbot } from "isbot";
import { renderToPipeableStream } from "react-dom/server";
import { I18nextProvider, initReactI18next } from "react-i18next";
import { startDatabase, stopDatabase } from "./db/database.server";
import { editionFromPath } from "./routing/edition-path";
import { addEditionFormatters, i18nConfig } from "./i18n/config";
import { localeFileBackend, remixI18next } from "./i18n/i18next.server";

export const streamTimeout = 5_000;

/** Called by server.mjs before it listens, and on SIGTERM/SIGINT: the database's life is the server's */
export const lifecycle = { start: startDatabase, stop: stopDatabase };

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

export default async function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
) {
  const edition = editionFromPath(new URL(request.url).pathname);
  const i18n = createInstance();
  await i18n
    .use(initReactI18next)
    .use(localeFileBackend)
    .init({ ...i18nConfig, lng: edition.code, ns: remixI18next.getRouteNamespaces(remixContext) });
  addEditionFormatters(i18n);

  const waitForEverything = isbot(request.headers.get("user-agent") ?? "");

  return new Promise((resolve, reject) => {
    let shellRendered = false;
    const { pipe, abort } = renderToPipeableStream(
      <I18nextProvider i18n={i18n}>
        <RemixServer context={remixContext} url={request.url} abortDelay={streamTimeout} />
      </I18nextProvider>,
      {
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
          if (shellRendered) console.error(error);
        },
      },
    );
    // unref: a pending abort timer must not keep the process alive at shutdown
    setTimeout(abort, streamTimeout + 1_000).unref();
  });
}
