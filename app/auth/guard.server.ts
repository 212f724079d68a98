// The checks every editorial loader and action starts with. The screens hide what a role cannot do,
// but only these decide: a signed-out request goes to the sign-in page, a forbidden one gets 403 and
// changes nothing.
import { redirect } from "@remix-run/node";
import { resolveInterfaceLanguage } from "~/admin/interface-language.server";
import { defaultEdition, findEdition, type Edition } from "~/editions";
import { readFormData } from "~/security/body-limit.server";
import { requireValidCsrf } from "~/security/csrf.server";
import { can, type Permission, type SignedInUser } from "./permissions";
import { findSessionUser } from "./session.server";

export function forbidden(): Response {
  return new Response("Forbidden", { status: 403, headers: { "Cache-Control": "no-store" } });
}

/** Where the sign-in page sends the editor back to: only a path of the editorial screens */
export function safeReturnPath(value: string | null | undefined): string {
  return value && /^\/admin(\/[^/\\]*)*(\?[^\\]*)?$/.test(value) && !value.startsWith("//") ? value : "/admin";
}

/** The signed-in user; a signed-out request is sent to sign in and brought back here afterwards */
export async function requireUser(request: Request): Promise<SignedInUser> {
  const user = await findSessionUser(request);
  if (user) return user;
  const url = new URL(request.url);
  const back = request.method === "GET" ? `${url.pathname}${url.search}` : "/admin";
  throw redirect(`/admin/sign-in?next=${encodeURIComponent(safeReturnPath(back))}`, { headers: { "Cache-Control": "no-store" } });
}

/** Throws 403 unless `user` may do `permission` (in `edition`, when the action concerns one edition) */
export function requirePermission(user: SignedInUser, permission: Permission, edition?: string | null): void {
  if (!can(user, permission, edition)) throw forbidden();
}

/** A signed-in user allowed to do `permission` somewhere: the guard of a screen's loader */
export async function requireUserWith(request: Request, permission: Permission, edition?: string | null): Promise<SignedInUser> {
  const user = await requireUser(request);
  requirePermission(user, permission, edition);
  return user;
}

/** The edition whose language, calendar and digits the editor's screens are written in */
export async function interfaceEditionOf(request: Request, user: SignedInUser): Promise<Edition> {
  return findEdition(await resolveInterfaceLanguage(request, user)) ?? defaultEdition;
}

/** The guard of an editorial loader: the signed-in user (allowed `permission` somewhere, when named) and their interface edition */
export async function requireEditor(request: Request, permission?: Permission): Promise<{ user: SignedInUser; interfaceEdition: Edition }> {
  const user = permission ? await requireUserWith(request, permission) : await requireUser(request);
  return { user, interfaceEdition: await interfaceEditionOf(request, user) };
}

/**
 * The body of an editorial form: signed-in user first (a signed-out POST changes nothing), then the
 * size limit (413) and the CSRF token (400). `maxBytes` raises the limit for forms that carry long Markdown.
 */
export async function readEditorialForm(request: Request, maxBytes?: number): Promise<{ user: SignedInUser; form: FormData }> {
  const user = await requireUser(request);
  const form = await readFormData(request, maxBytes);
  await requireValidCsrf(form, request);
  return { user, form };
}
