// The answer step: turns the app's Fetch Response into the HTTP answer. It applies the caching policy
// (caching-policy.ts), adds the ETag and answers 304, keeps what the page cache may keep (with its
// compressed copies, made once), sends the last good copy instead of a 503, and compresses. Text answers
// that may be validated or kept are read whole first (pages are a few tens of KB); others stream.
import { createHash } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as NodeReadableStream } from "node:stream/web";
import { storedPage, type PageCache } from "~/cache/page-cache.server";
import { compressBody, compressingStream } from "./compression.server";
import { carriesEtag, compressionThreshold, finalCacheControl, isText, notModified, pageCacheMayKeep, staleCopyCacheControl } from "./caching-policy";
import type { PageCacheTicket } from "./page-cache-lookup.server";
import type { HeaderList } from "./security-headers.server";
import { chooseCoding, sendStoredPage } from "./stored-answer.server";

export interface AnswerContext {
  nonce: string;
  pseudoLocale: boolean;
  /** Set when the page cache may keep this answer (page-cache-lookup.server.ts) */
  ticket: PageCacheTicket | undefined;
  /** Set by the early refusal for a reader form's post: keeps the app's 429 page */
  keepRefusal: ((headers: [string, string][], body: Buffer) => void) | undefined;
}

/** Strong validator of a body; the CSP nonce differs on every answer, the page does not, so it is left out */
export function etagOf(body: Buffer, nonce: string): string {
  const hashed = nonce && body.includes(nonce) ? body.toString("utf8").replaceAll(nonce, "") : body;
  return `"${createHash("sha1").update(hashed).digest("base64url")}"`;
}

/** The app's headers, with the policy's Cache-Control; Set-Cookie kept apart (it is never stored) */
function appHeaders(response: Response, cacheControl: string | undefined): [string, string][] {
  const headers: [string, string][] = [];
  response.headers.forEach((value, name) => {
    if (name !== "set-cookie" && name !== "cache-control" && name !== "content-length") headers.push([name, value]);
  });
  if (cacheControl) headers.push(["cache-control", cacheControl]);
  return headers;
}

function setHeaders(res: ServerResponse, headers: [string, string][], setCookies: string[]): void {
  for (const [name, value] of headers) res.setHeader(name, value);
  if (setCookies.length > 0) res.setHeader("Set-Cookie", setCookies);
}

const compressedCodings = new Set(["br", "gzip"]);

export function createAnswer(options: { cache: PageCache | null; constantHeaders: HeaderList }) {
  const { cache } = options;
  return async function answer(req: IncomingMessage, res: ServerResponse, response: Response, context: AnswerContext): Promise<void> {
    const method = req.method ?? "GET";
    const status = response.status;
    const setCookies = response.headers.getSetCookie();
    const contentType = response.headers.get("content-type");
    const cacheControl = finalCacheControl({
      status,
      cacheControl: response.headers.get("cache-control") ?? undefined,
      setsCookie: setCookies.length > 0,
      pseudoLocale: context.pseudoLocale,
    });
    const headers = appHeaders(response, cacheControl);
    const { ticket } = context;
    const validated = carriesEtag({ method, status, cacheControl, contentType, hasEtag: response.headers.has("etag") });
    const mayKeep = ticket !== undefined && cache !== null && method === "GET" && isText(contentType) && /\bpublic\b/.test(cacheControl ?? "");
    const keepsRefusal = status === 429 && context.keepRefusal !== undefined && setCookies.length === 0;
    const sendsStale = status === 503 && ticket?.stale !== undefined;

    res.statusMessage = response.statusText;
    if (sendsStale) {
      // The database is unreachable: the last good copy, marked as such, stored by no one else
      await response.body?.cancel();
      const page = ticket.stale!;
      const variant = page.variants[chooseCoding(req.headers["accept-encoding"])] ?? page.variants.identity;
      const pairs: string[] = [];
      for (let index = 0; index < variant.headers.length; index += 2) {
        const name = variant.headers[index]!;
        if (!/^(etag|cache-control)$/i.test(name)) pairs.push(name, variant.headers[index + 1]!);
      }
      res.writeHead(page.status, [...pairs, "Cache-Control", staleCopyCacheControl, "X-Page-Cache", "stale"]);
      res.end(method === "HEAD" ? undefined : variant.body);
      return;
    }
    if (!(validated || mayKeep || keepsRefusal) || !response.body) return stream(req, res, response, headers, setCookies);

    const body = Buffer.from(await response.arrayBuffer());
    if (validated) headers.push(["etag", etagOf(body, context.nonce)]);
    if (keepsRefusal) context.keepRefusal!(headers.filter(([name]) => name !== "retry-after"), body);
    if (
      mayKeep &&
      cache.generation === ticket.generationAtStart &&
      pageCacheMayKeep({ method, status, cacheControl, setsCookie: setCookies.length > 0, contentType, body, nonce: context.nonce })
    ) {
      const page = storedPage(status, headers, body, options.constantHeaders);
      cache.set(ticket.key, page);
      // This answer's own headers (already on res: policy, request id, X-Page-Cache) stay; the page's are prepared
      sendStoredPage(req, res, page, []);
      return;
    }
    setHeaders(res, headers, setCookies);
    const etag = validated ? headers[headers.length - 1]![1] : undefined;
    if (etag && notModified(req.headers, etag)) {
      for (const name of ["Content-Type", "Content-Security-Policy"]) res.removeHeader(name);
      res.writeHead(304);
      res.end();
      return;
    }
    res.setHeader("Vary", appendVary(res.getHeader("Vary")));
    const coding = body.length >= compressionThreshold && isText(contentType) ? chooseCoding(req.headers["accept-encoding"]) : "identity";
    const sent = coding === "identity" ? body : compressBody(body, coding, "once");
    if (coding !== "identity") res.setHeader("Content-Encoding", coding);
    res.setHeader("Content-Length", sent.length);
    res.writeHead(status);
    res.end(method === "HEAD" ? undefined : sent);
  };
}

function appendVary(vary: ReturnType<ServerResponse["getHeader"]>): string {
  const current = vary === undefined ? "" : String(vary);
  return /\baccept-encoding\b/i.test(current) ? current : current ? `${current}, Accept-Encoding` : "Accept-Encoding";
}

/** An answer sent as it comes (the editorial screens' streamed HTML, files, redirects), compressed when it is text */
async function stream(req: IncomingMessage, res: ServerResponse, response: Response, headers: [string, string][], setCookies: string[]): Promise<void> {
  setHeaders(res, headers, setCookies);
  const contentType = response.headers.get("content-type");
  const compressible = response.body && isText(contentType) && !response.headers.has("content-encoding") && !/\bno-transform\b/.test(response.headers.get("cache-control") ?? "");
  const coding = compressible ? chooseCoding(req.headers["accept-encoding"]) : "identity";
  if (compressible) res.setHeader("Vary", appendVary(res.getHeader("Vary")));
  if (compressedCodings.has(coding)) {
    res.setHeader("Content-Encoding", coding);
    res.removeHeader("Content-Length");
  } else if (response.headers.has("content-length")) {
    res.setHeader("Content-Length", response.headers.get("content-length")!);
  }
  res.writeHead(response.status);
  if (!response.body || req.method === "HEAD") {
    await response.body?.cancel();
    res.end();
    return;
  }
  const source = Readable.fromWeb(response.body as NodeReadableStream<Uint8Array>);
  try {
    if (coding === "identity") await pipeline(source, res);
    else await pipeline(source, compressingStream(coding), res);
  } catch (error) {
    // The reader went away mid-answer (a closed tab, a load generator stopping): nothing left to answer or report
    if (res.destroyed && (error as NodeJS.ErrnoException).code === "ERR_STREAM_PREMATURE_CLOSE") return;
    throw error;
  }
}
