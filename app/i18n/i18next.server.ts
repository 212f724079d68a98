import { createCookie } from "@remix-run/node";
import { createInstance, type BackendModule, type i18n as I18n } from "i18next";
import { initReactI18next } from "react-i18next";
import { RemixI18Next } from "remix-i18next/server";
import { defaultEdition, editionCodes } from "~/editions";
import { editionFormatters, i18nConfig } from "./config";
import { pseudoLocaleOf, readInterfaceNamespace } from "./pseudo.server";

/** The reader's chosen edition, remembered so that `/` leads back to it */
export const editionCookie = createCookie("lng", { path: "/", sameSite: "lax", maxAge: 60 * 60 * 24 * 365 });

/** An i18next backend that reads locales/<lng>/<ns>.json from disk (see locales.server.ts) */
export const localeFileBackend: BackendModule = {
  type: "backend",
  init() {},
  read(language, namespace, callback) {
    readInterfaceNamespace(language, namespace).then(
      (resources) => callback(resources ? null : `missing ${language}/${namespace}`, resources ?? false),
      (error: Error) => callback(error, false),
    );
  },
};

export const remixI18next = new RemixI18Next({
  detection: {
    supportedLanguages: [...editionCodes],
    fallbackLanguage: defaultEdition.code,
    // Pages take their edition from the URL; `/` negotiates with negotiation.server.ts
    order: [],
  },
  i18next: i18nConfig,
  backend: localeFileBackend,
  plugins: [editionFormatters],
});

/**
 * Outside development the locale files are read once and never change while the server runs (see
 * locales.server.ts), so one i18next instance per language serves every request, its namespaces loaded
 * as pages first need them. Building an instance per request (a resource store, the backend's reads, the
 * formatters) cost about 4 ms of each page. In development every request gets a fresh instance, so an
 * edited string shows on the next reload.
 */
const reuseInstances = process.env.NODE_ENV !== "development";
const instances = new Map<string, Promise<I18n>>();

/** An i18next instance in `language` with `namespaces` loaded, for rendering a page (entry.server.tsx) or a loader's t */
export async function interfaceI18n(language: string, namespaces: readonly string[]): Promise<I18n> {
  const reuse = reuseInstances && (i18nConfig.supportedLngs as readonly string[]).includes(language);
  let ready = reuse ? instances.get(language) : undefined;
  if (!ready) {
    const instance = createInstance().use(initReactI18next).use(localeFileBackend).use(editionFormatters);
    ready = instance.init({ ...i18nConfig, lng: language, ns: [...namespaces] }).then(() => instance);
    if (reuse) {
      instances.set(language, ready);
      ready.catch(() => instances.delete(language));
    }
  }
  const instance = await ready;
  await instance.loadNamespaces([...namespaces]);
  return instance;
}

/**
 * A loader's translator in `language` (its edition's, or another edition's for the switcher's notices),
 * from the shared instance of that language; a request in a pseudo-locale (pseudo.server.ts) gets the
 * pseudo-locale's strings, like the rest of its page.
 */
export async function translatorFor(request: Request, language: string, namespaces?: string | readonly [string, ...string[]], options: { keyPrefix?: string } = {}) {
  const translated = pseudoLocaleOf(request)?.code ?? language;
  const loaded: readonly string[] = namespaces === undefined ? [i18nConfig.defaultNS] : typeof namespaces === "string" ? [namespaces] : namespaces;
  const instance = await interfaceI18n(translated, loaded);
  return instance.getFixedT(translated, namespaces === undefined ? null : (namespaces as string | string[]), options.keyPrefix);
}
