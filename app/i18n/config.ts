// Shared i18next configuration for the server and the browser.
import type { i18n as I18n, InitOptions, ThirdPartyModule } from "i18next";
import { editionCodes, findEdition } from "~/editions";
import { formatNumber } from "~/utils/format";
import { findPseudoLocale, pseudoLocaleCodes } from "./pseudo";

export const defaultNamespace = "common";

export const i18nConfig = {
  // The pseudo-locales are only ever selected by a server that offers them (pseudo.server.ts)
  supportedLngs: [...editionCodes, ...pseudoLocaleCodes],
  // No fallback language: a missing string must show up (npm run i18n:check), not leak English.
  fallbackLng: false,
  defaultNS: defaultNamespace,
  ns: [defaultNamespace],
  interpolation: { escapeValue: false },
  react: { useSuspense: false },
} satisfies InitOptions;

/** `{{count, number}}` in a locale string formats with the edition's own digits */
function addEditionFormatters(instance: I18n): void {
  instance.services.formatter?.add("number", (value, lng) => {
    const edition = findEdition(findPseudoLocale(lng)?.formatsLike ?? lng);
    return edition && typeof value === "number" ? formatNumber(edition, value) : String(value);
  });
}

/**
 * As an i18next plugin, so that every instance gets it: the page's (server and browser) and the
 * ones remix-i18next creates for loaders' getFixedT (page titles with numbers).
 */
export const editionFormatters: ThirdPartyModule = { type: "3rdParty", init: addEditionFormatters };
