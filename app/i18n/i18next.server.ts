import { createCookie } from "@remix-run/node";
import type { BackendModule } from "i18next";
import { RemixI18Next } from "remix-i18next/server";
import { defaultEdition, editionCodes } from "~/editions";
import { editionFormatters, i18nConfig } from "./config";
import { currentPseudoLocale, readInterfaceNamespace } from "./pseudo.server";

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

// Loaders translate with getFixedT(edition.code): in a pseudo-locale request (pseudo.server.ts) that
// edition's strings become the pseudo-locale's, like the rest of the page.
const fixedTInLanguage = remixI18next.getFixedT.bind(remixI18next);
remixI18next.getFixedT = ((requestOrLocale: string | Request, ...rest: Parameters<typeof fixedTInLanguage> extends [unknown, ...infer R] ? R : never) =>
  fixedTInLanguage(
    (typeof requestOrLocale === "string" ? (currentPseudoLocale()?.code ?? requestOrLocale) : requestOrLocale) as string,
    ...rest,
  )) as typeof remixI18next.getFixedT;
