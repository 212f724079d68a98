// Sends a page the page cache holds: its prepared headers and bytes in the best coding the reader accepts,
// plus the few headers that belong to this answer alone. No per-answer work the stored copy did once.
import type { IncomingMessage, ServerResponse } from "node:http";
import Negotiator from "negotiator";
import type { CachedPage, ContentCoding } from "~/cache/page-cache.server";
import { notModified } from "./caching-policy";

const offeredCodings = ["br", "gzip", "identity"];
/** Accept-Encoding values seen, and the coding each chooses (browsers send a handful of distinct ones) */
const chosenCodings = new Map<string, ContentCoding>();

export function chooseCoding(acceptEncoding: string | undefined): ContentCoding {
  const header = acceptEncoding ?? "";
  let coding = chosenCodings.get(header);
  if (!coding) {
    coding = (new Negotiator({ headers: { "accept-encoding": header } }).encoding(offeredCodings) as ContentCoding | undefined) ?? "identity";
    if (chosenCodings.size < 256) chosenCodings.set(header, coding);
  }
  return coding;
}

/** Headers a 304 leaves out: the body's own, and the policy whose nonce belongs to the kept copy's answer */
const leftOutOf304 = new Set(["content-type", "content-length", "content-encoding", "content-security-policy"]);

/**
 * Writes the stored page (status 304 when the reader's copy is current) with ownHeaders (this answer's
 * policy, request id, HSTS…, a flat name/value list) added. Headers already set on res are kept.
 */
export function sendStoredPage(req: IncomingMessage, res: ServerResponse, page: CachedPage, ownHeaders: string[], status = page.status): void {
  if (page.etag && notModified(req.headers, page.etag)) {
    const headers = page.variants.identity.headers;
    const pairs: string[] = [];
    for (let index = 0; index < headers.length; index += 2) if (!leftOutOf304.has(headers[index]!.toLowerCase())) pairs.push(headers[index]!, headers[index + 1]!);
    for (let index = 0; index < ownHeaders.length; index += 2) if (ownHeaders[index]!.toLowerCase() !== "content-security-policy") pairs.push(ownHeaders[index]!, ownHeaders[index + 1]!);
    if (res.hasHeader("Content-Security-Policy")) res.removeHeader("Content-Security-Policy");
    res.writeHead(304, pairs);
    res.end();
    return;
  }
  const variant = page.variants[chooseCoding(req.headers["accept-encoding"])] ?? page.variants.identity;
  res.writeHead(status, ownHeaders.length === 0 ? variant.headers : variant.headers.concat(ownHeaders));
  res.end(req.method === "HEAD" ? undefined : variant.body);
}
