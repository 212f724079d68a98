// Pseudo-locales: development-only interface languages generated from English at load time, so a
// string that did not come from the locale files stands out (no accents, no brackets) and layouts are
// tested with longer text and with right-to-left direction before any translator has worked.
// Never offered to readers: the server only selects one when pseudo-locales are enabled (pseudo.server.ts).
import type { Direction } from "~/editions";

export interface PseudoLocale {
  /** Chosen with the `pseudo` cookie (`pseudo=accented`) */
  name: "accented" | "rtl";
  /** The i18next language; its region decides the plural rules (en-XA: English, ar-XB: Arabic) */
  code: string;
  dir: Direction;
  /** The edition whose number formatting the pseudo-locale borrows */
  formatsLike: string;
}

export const pseudoLocales = [
  { name: "accented", code: "en-XA", dir: "ltr", formatsLike: "en" },
  { name: "rtl", code: "ar-XB", dir: "rtl", formatsLike: "ar" },
] as const satisfies readonly PseudoLocale[];

export const pseudoLocaleCodes: readonly string[] = pseudoLocales.map((locale) => locale.code);

/** The English source of every pseudo-locale */
export const pseudoSourceLanguage = "en";

export function findPseudoLocale(codeOrName: string | undefined | null): PseudoLocale | undefined {
  return pseudoLocales.find((locale) => locale.code === codeOrName || locale.name === codeOrName);
}

/**
 * The language the interface is shown in: the pseudo-locale the page was rendered in (the i18next
 * instance's current language) stays across client navigations; otherwise the edition's own language.
 */
export function interfaceLanguage(editionCode: string, currentLanguage: string | undefined): string {
  return findPseudoLocale(currentLanguage)?.code ?? editionCode;
}

const accents: Record<string, string> = {
  a: "á", b: "ƀ", c: "ç", d: "ð", e: "é", f: "ƒ", g: "ĝ", h: "ĥ", i: "í", j: "ĵ", k: "ķ", l: "ļ", m: "ɱ",
  n: "ñ", o: "ö", p: "þ", q: "ǫ", r: "ŕ", s: "š", t: "ţ", u: "ü", v: "ṽ", w: "ŵ", x: "ẋ", y: "ý", z: "ž",
  A: "Á", B: "Ɓ", C: "Ç", D: "Ð", E: "É", F: "Ƒ", G: "Ĝ", H: "Ĥ", I: "Í", J: "Ĵ", K: "Ķ", L: "Ļ", M: "Ṁ",
  N: "Ñ", O: "Ö", P: "Þ", Q: "Ǫ", R: "Ŕ", S: "Š", T: "Ţ", U: "Û", V: "Ṽ", W: "Ŵ", X: "Ẋ", Y: "Ý", Z: "Ž",
};

/** Every letter a pseudo-locale writes: text without any of them did not come from a locale file */
export const pseudoLetters: string = Object.values(accents).join("");

/** What i18next or the code fills in, kept byte for byte: {{placeholders}}, $t(nesting), <0>…</0> and <tag/> markup */
const preserved = /(\{\{[^}]*\}\}|\$t\([^)]*\)|<\/?[A-Za-z0-9_-]+\s*\/?>)/;

export const pseudoOpen = "[";
export const pseudoClose = "]";

/** "Home" → "[Ĥöɱé ~~]": every letter accented, about a third longer, bracketed */
export function pseudoString(source: string): string {
  let letters = 0;
  const body = source
    .split(preserved)
    .map((part, index) => {
      if (index % 2 === 1) return part;
      return part.replace(/[A-Za-z]/g, (letter) => {
        letters += 1;
        return accents[letter] ?? letter;
      });
    })
    .join("");
  const padding = "~".repeat(Math.max(2, Math.ceil(letters / 3)));
  return `${pseudoOpen}${body} ${padding}${pseudoClose}`;
}

type Resources = { [key: string]: string | Resources };

const pluralSuffix = /_(zero|one|two|few|many|other)$/;

/**
 * A namespace of the pseudo-locale from the English one. Plural groups get the forms of the
 * pseudo-locale's own plural rules (Arabic has six): "one" comes from English one, the others from English other.
 */
export function pseudoNamespace(english: Record<string, unknown>, locale: PseudoLocale): Record<string, unknown> {
  const categories = new Intl.PluralRules(locale.code).resolvedOptions().pluralCategories;
  const convert = (node: Record<string, unknown>): Resources => {
    const result: Resources = {};
    const pluralBases = new Set<string>();
    for (const [key, value] of Object.entries(node)) {
      if (typeof value === "string") {
        const base = key.replace(pluralSuffix, "");
        if (base !== key) pluralBases.add(base);
        else result[key] = pseudoString(value);
      } else if (value && typeof value === "object") {
        result[key] = convert(value as Record<string, unknown>);
      }
    }
    for (const base of pluralBases) {
      const one = node[`${base}_one`];
      const other = node[`${base}_other`] ?? one;
      for (const category of categories) {
        const source = category === "one" && typeof one === "string" ? one : other;
        if (typeof source === "string") result[`${base}_${category}`] = pseudoString(source);
      }
    }
    return result;
  };
  return convert(english);
}
