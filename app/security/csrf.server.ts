// Protection against cross-site request forgery for every form that changes something:
// a signed double-submit token (the same design as remix-utils' CSRF, which the Epic Stack uses),
// on node:crypto. The token lives in an HttpOnly cookie signed with the cookie secrets and is
// repeated in a hidden form field; a POST whose field does not match its cookie is refused.
import { randomBytes, timingSafeEqual } from "node:crypto";
import { createCookie } from "@remix-run/node";
import { csrfFieldName } from "./field-names";
import { cookieSecrets } from "./session-secret.server";

const csrfCookie = createCookie("csrf", {
  path: "/",
  httpOnly: true,
  // Lax: the cookie comes along on a top-level navigation from elsewhere, never on another site's POST
  sameSite: "lax",
  secrets: cookieSecrets(),
});

export type CsrfFailure =
  | "cross-site"
  | "missing-cookie"
  | "tampered-cookie"
  | "missing-field"
  | "mismatch";

export class CsrfError extends Error {
  constructor(readonly reason: CsrfFailure) {
    super(`CSRF check failed: ${reason}`);
    this.name = "CsrfError";
  }
}

/**
 * The reader's token, and the Set-Cookie header to send when the reader has none yet (or one signed
 * with a secret we no longer know). A page that renders a token must not be cached (Cache-Control: no-store).
 */
export async function commitCsrfToken(request: Request): Promise<{ token: string; setCookie: string | null }> {
  const existing: unknown = await csrfCookie.parse(request.headers.get("Cookie"));
  if (typeof existing === "string" && existing.length > 0) return { token: existing, setCookie: null };
  const token = randomBytes(32).toString("base64url");
  const secure = new URL(request.url).protocol === "https:";
  return { token, setCookie: await csrfCookie.serialize(token, { secure }) };
}

/** Throws a CsrfError unless the form's token matches the reader's cookie */
export async function checkCsrf(formData: FormData, request: Request): Promise<void> {
  // Browsers say where a request comes from; another site's POST is refused whatever it carries.
  if (request.headers.get("Sec-Fetch-Site") === "cross-site") throw new CsrfError("cross-site");
  const cookieHeader = request.headers.get("Cookie");
  const fromCookie: unknown = await csrfCookie.parse(cookieHeader);
  if (fromCookie === null || fromCookie === undefined || fromCookie === "") {
    // parse() answers null both for no cookie and for a bad signature; tell them apart for the logs
    throw new CsrfError(cookieHeader?.includes(`${csrfCookie.name}=`) ? "tampered-cookie" : "missing-cookie");
  }
  if (typeof fromCookie !== "string") throw new CsrfError("tampered-cookie");
  const fromForm = formData.get(csrfFieldName);
  if (typeof fromForm !== "string" || fromForm === "") throw new CsrfError("missing-field");
  const expected = Buffer.from(fromCookie);
  const received = Buffer.from(fromForm);
  if (expected.length !== received.length || !timingSafeEqual(expected, received)) throw new CsrfError("mismatch");
}

/**
 * For actions: a failed check answers 400, which the localized error page explains ("the form
 * contained something we cannot read"): most often a form left open across a restart or with cookies off.
 */
export async function requireValidCsrf(formData: FormData, request: Request): Promise<void> {
  try {
    await checkCsrf(formData, request);
  } catch (error) {
    if (error instanceof CsrfError) throw new Response(error.message, { status: 400 });
    throw error;
  }
}

/**
 * For the readers' comment form, which sits on article pages that every reader shares (cached by the
 * server, proxies and browsers) and so can carry no per-reader token. What a token would prevent, another
 * site making a reader's browser post, is refused from the browser's own account of where the request
 * comes from: Sec-Fetch-Site (every current browser), else Origin (OWASP's "verifying origin with
 * standard headers"). A request with neither comes from no browser, so it cannot be forged through one;
 * robots meet the honeypot and the rate limit. The editorial screens and the contact form keep tokens.
 */
export function requireSameOriginPost(request: Request, siteOrigin: string): void {
  const fetchSite = request.headers.get("Sec-Fetch-Site");
  if (fetchSite !== null) {
    if (fetchSite === "same-origin" || fetchSite === "none") return;
    throw new Response(new CsrfError("cross-site").message, { status: 400 });
  }
  const origin = request.headers.get("Origin");
  if (origin !== null && origin !== siteOrigin && origin !== new URL(request.url).origin) {
    throw new Response(new CsrfError("cross-site").message, { status: 400 });
  }
}
