// Whose site a request is for: SITE_URL when set, else the request's own Host, read from X-Forwarded-Host
// and X-Forwarded-Proto only behind a trusted proxy (TRUST_PROXY). Shared pages are kept per origin, so a
// forged Host can only ever change what its own sender receives. See docs/decisions/008-request-origin.md.
import type { IncomingMessage } from "node:http";
import type { NextFunction, Request, Response } from "express";
import { editionCodes } from "~/editions";

/** A host as a URL may hold it: a name or an IPv4 address, or a bracketed IPv6 address, and a port */
const hostPattern = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*\.?|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;

/** Express's compiled "trust proxy" setting: whether the peer at this address may speak for the client */
export type TrustsProxy = (address: string | undefined, hop: number) => boolean;

const firstValue = (header: string | string[] | undefined) => (typeof header === "string" ? header.split(",")[0]!.trim() : undefined);

/** The host the request is addressed to (with its port), or undefined when it has none or an impossible one */
export function requestHost(req: IncomingMessage, trustsProxy: TrustsProxy): string | undefined {
  const forwarded = trustsProxy(req.socket.remoteAddress, 0) ? firstValue(req.headers["x-forwarded-host"]) : undefined;
  const host = forwarded || req.headers.host;
  if (!host || host.length > 261) return undefined;
  // Checked once per distinct Host (a cache hit should not run the pattern again); only short ones are remembered
  let checked = checkedHosts.get(host);
  if (checked === undefined) {
    checked = hostPattern.test(host) ? host.toLowerCase() : null;
    if (checkedHosts.size >= 1_000) checkedHosts.clear();
    checkedHosts.set(host, checked);
  }
  return checked ?? undefined;
}
const checkedHosts = new Map<string, string | null>();

/** http or https, as Express's req.protocol reads it (X-Forwarded-Proto only from a trusted proxy) */
export function requestProtocol(req: IncomingMessage, trustsProxy: TrustsProxy): string {
  const own = (req.socket as { encrypted?: boolean }).encrypted ? "https" : "http";
  return trustsProxy(req.socket.remoteAddress, 0) ? (firstValue(req.headers["x-forwarded-proto"]) ?? own) : own;
}

/** The origin every absolute URL of this answer is built on, or undefined for a request to no valid host */
export function requestOrigin(req: IncomingMessage, trustsProxy: TrustsProxy, siteUrl: string | undefined): string | undefined {
  if (siteUrl) return new URL(siteUrl).origin;
  const host = requestHost(req, trustsProxy);
  return host ? `${requestProtocol(req, trustsProxy)}://${host}` : undefined;
}

/**
 * Decides the request's origin (res.locals.origin) and shows the app only that: Remix's adapter builds the
 * request's URL from Host (and X-Forwarded-Host, trusted or not), so both are set to the decided origin.
 */
export function originMiddleware(siteUrl: string | undefined) {
  return (req: Request, res: Response, next: NextFunction) => {
    const origin = requestOrigin(req, req.app.get("trust proxy fn") as TrustsProxy, siteUrl);
    if (!origin) {
      res.status(400).type("text/plain").send("Bad Request: the Host header names no valid host");
      return;
    }
    res.locals.origin = origin;
    req.headers.host = new URL(origin).host;
    delete req.headers["x-forwarded-host"];
    next();
  };
}

const unsafeMethods = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/** Whether the browser says this request was sent by a page of another site */
export function isCrossSite(headers: Request["headers"], origin: string): boolean {
  if (headers["sec-fetch-site"] === "cross-site") return true;
  const sentFrom = headers.origin;
  if (sentFrom === undefined) return false;
  try {
    // As Remix's own check does: the host decides (an http page of the same host is the same site)
    return new URL(sentFrom).host !== new URL(origin).host;
  } catch {
    // "null" (a sandboxed frame, a file) or garbage: no page of this site
    return true;
  }
}

/**
 * Another site's form post is answered 403 with the localized error page, and no action runs: the request
 * goes on as a GET of its section's plainest page (the edition's home, the sign-in screen, without
 * cookies), whose layout loader refuses it (context.crossSiteRefused); a page whose own loader redirects
 * would otherwise win over the layout's error. Other addresses have no form: a plain 403.
 */
const sectionsWithForms: ReadonlySet<string> = new Set([...editionCodes, "admin"]);

export function crossSiteGuard(req: Request, res: Response, next: NextFunction): void {
  if (!unsafeMethods.has(req.method) || !isCrossSite(req.headers, res.locals.origin as string)) return next();
  res.setHeader("Cache-Control", "no-store");
  const section = req.path.split("/")[1] ?? "";
  if (!sectionsWithForms.has(section)) {
    res.status(403).type("text/plain").send("Forbidden: a form of another site");
    return;
  }
  res.locals.crossSiteRefused = true;
  req.method = "GET";
  // Remix's adapter reads originalUrl
  req.url = req.originalUrl = section === "admin" ? "/admin/sign-in" : `/${section}`;
  delete req.headers.cookie;
  next();
}
