// Validation of what readers put in URLs: a bad edition, slug or page number is a 404, never a 500.
import type { AppLoadContext } from "@remix-run/node";
import type { Params } from "@remix-run/react";
import { findEdition, type Edition } from "~/editions";
import { serviceUnavailable } from "~/db/database.server";
import { getEnvironment } from "~/env.server";
import { maxPageNumber, parsePositiveInt } from "./ids";

export function notFound(): Response {
  return new Response("Not Found", { status: 404 });
}

export function requireEdition(params: Params): Edition {
  const edition = findEdition(params.lang);
  if (!edition) throw notFound();
  return edition;
}

/**
 * A path with malformed percent-encoding ("%ZZ", or bytes that are not UTF-8) is a 400: the router
 * leaves such a path undecoded, so its slug would otherwise be looked up as typed and answer 404.
 */
export function requireDecodablePath(request: Request): void {
  try {
    decodeURIComponent(new URL(request.url).pathname);
  } catch {
    throw new Response("Bad Request", { status: 400 });
  }
}

/** An address longer than any page's (app/http/path-guard.server.ts decides, as it must not redirect to it either) is a 414 */
export function requireAddressOfPageLength(context: AppLoadContext): void {
  if (context.addressTooLong) throw new Response("URI Too Long", { status: 414 });
}

/** Another site's form post (app/http/origin.server.ts) is refused with the localized 403 page */
export function requireSameSiteForm(context: AppLoadContext): void {
  if (context.crossSiteRefused) throw new Response("crossSite", { status: 403 });
}

/** A loader or action lost the database (app/http/remix-handler.server.ts): the localized 503 page */
export function requireDatabase(context: AppLoadContext): void {
  if (context.databaseUnavailable) throw serviceUnavailable();
}

const maxSlugLength = 200;

// No stored slug holds a control character; NUL ("%00" in an address) cannot even be sent to PostgreSQL
const controlCharacter = /[\u0000-\u001F\u007F]/;

/** The slug as stored: Unicode NFC (the seed and the editor store NFC), bounded in length */
export function requireSlug(params: Params, name = "slug"): string {
  const slug = params[name]?.normalize("NFC");
  if (!slug || slug.length > maxSlugLength || controlCharacter.test(slug)) throw notFound();
  return slug;
}

/** `?page=N`: absent means 1; anything but a whole number from 1 up is a 404 */
export function pageNumber(request: Request): number {
  const raw = new URL(request.url).searchParams.get("page");
  if (raw === null) return 1;
  const page = parsePositiveInt(raw, maxPageNumber);
  if (page === null) throw notFound();
  return page;
}

/** The id an address names (`/admin/media/12`): anything else is a 404 */
export function requireId(param: string | undefined): number {
  const id = parsePositiveInt(param);
  if (id === null) throw notFound();
  return id;
}

/** The id a form field names (which image, which comment): anything else is a 400 */
export function requireFormId(form: FormData, name: string): number {
  const id = parsePositiveInt(form.get(name)?.toString());
  if (id === null) throw new Response("Bad Request", { status: 400 });
  return id;
}

/** A page past the last one does not exist (page 1 of an empty listing does) */
export function requireExistingPage(page: number, pageCount: number): void {
  if (page > 1 && page > pageCount) throw notFound();
}

/** The public origin for absolute links (share links): SITE_URL when set, else the request's own */
export function siteOrigin(request: Request): string {
  return getEnvironment().SITE_URL?.replace(/\/$/, "") ?? new URL(request.url).origin;
}
