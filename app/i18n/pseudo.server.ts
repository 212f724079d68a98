// Which pseudo-locale (pseudo.ts) a request asks for, and its generated namespaces. Only when the
// server runs in development or with PSEUDO_LOCALES=1: otherwise asking for one changes nothing.
import { getEnvironment, type Environment } from "~/env.server";
import { readNamespace } from "./locales.server";
import { findPseudoLocale, pseudoNamespace, pseudoSourceLanguage, type PseudoLocale } from "./pseudo";

export const pseudoCookieName = "pseudo";

export function pseudoLocalesEnabled(environment: Pick<Environment, "NODE_ENV" | "PSEUDO_LOCALES"> = getEnvironment()): boolean {
  return environment.NODE_ENV === "development" || environment.PSEUDO_LOCALES === "1";
}

/** The pseudo-locale named by a Cookie header (`pseudo=accented` or `pseudo=rtl`), when enabled */
export function pseudoLocaleFromCookieHeader(cookieHeader: string | null | undefined): PseudoLocale | undefined {
  if (!cookieHeader || !pseudoLocalesEnabled()) return undefined;
  for (const pair of cookieHeader.split(";")) {
    const [name, value] = pair.trim().split("=");
    if (name === pseudoCookieName) return findPseudoLocale(value);
  }
  return undefined;
}

export function pseudoLocaleOf(request: Request): PseudoLocale | undefined {
  return pseudoLocaleFromCookieHeader(request.headers.get("Cookie"));
}

const generated = new WeakMap<object, Map<string, Record<string, unknown>>>();

/**
 * A namespace of an edition's language or, when enabled, of a pseudo-locale (generated from the
 * English file as it is now: an edited English string shows on the next read in development).
 */
export async function readInterfaceNamespace(language: string, namespace: string): Promise<Record<string, unknown> | null> {
  const pseudo = findPseudoLocale(language);
  if (!pseudo || pseudo.code !== language) return readNamespace(language, namespace);
  if (!pseudoLocalesEnabled()) return null;
  const english = await readNamespace(pseudoSourceLanguage, namespace);
  if (!english) return null;
  let byLocale = generated.get(english);
  if (!byLocale) generated.set(english, (byLocale = new Map()));
  let resources = byLocale.get(pseudo.code);
  if (!resources) byLocale.set(pseudo.code, (resources = pseudoNamespace(english, pseudo)));
  return resources;
}
