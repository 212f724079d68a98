// The language of the editorial screens: the signed-in editor's choice (kept on the account), else the
// one picked on the sign-in page (a cookie), else the browser's Accept-Language among the editions' languages.
import { createCookie } from "@remix-run/node";
import Negotiator from "negotiator";
import { defaultEdition, editionCodes, findEdition } from "~/editions";
import type { SignedInUser } from "~/auth/permissions";

export const interfaceLanguageCookie = createCookie("admin_lng", {
  // "/": the client-side data requests of the editorial screens go to /admin.data, outside a /admin path
  path: "/",
  sameSite: "lax",
  httpOnly: true,
  maxAge: 60 * 60 * 24 * 365,
});

export async function resolveInterfaceLanguage(request: Request, user: SignedInUser | null): Promise<string> {
  if (user && findEdition(user.interfaceLanguage)) return user.interfaceLanguage;
  const chosen: unknown = await interfaceLanguageCookie.parse(request.headers.get("Cookie")).catch(() => null);
  if (typeof chosen === "string" && findEdition(chosen)) return chosen;
  const acceptLanguage = request.headers.get("Accept-Language");
  if (acceptLanguage) {
    const [preferred] = new Negotiator({ headers: { "accept-language": acceptLanguage } }).languages([...editionCodes]);
    if (preferred && findEdition(preferred)) return preferred;
  }
  return defaultEdition.code;
}
