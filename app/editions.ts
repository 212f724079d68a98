// THE edition configuration. Everything that differs between editions is read from here:
// components never ask "is this Persian?", they read a field of the edition.
// Adding an edition means one entry below and one folder in locales/, nothing else.

export type Direction = "ltr" | "rtl";

export interface EditionFont {
  /** Folder under public/fonts/ that scripts/copy-fonts.mjs fills from the npm package */
  package: string;
  /** Stylesheets of that package to load (one per weight); each covers its subsets via unicode-range */
  stylesheets: string[];
  /** Files (under the package's files/) every page of the edition needs at once: preloaded, so text shows in its font sooner */
  preload?: string[];
}

export interface Edition {
  code: string;
  /** The edition's name in its own language and script, used in the edition switcher */
  nativeName: string;
  dir: Direction;
  /** BCP 47 locale for Intl (dates, numbers, plural rules) */
  intlLocale: string;
  /** Unicode calendar identifier passed to Intl.DateTimeFormat */
  calendar: "gregory" | "persian";
  /** Unicode numbering system: Persian pages use Persian digits, Arabic ones Latin digits as Arabic news services do */
  numberingSystem: "latn" | "arabext" | "arab";
  /** How units are written (file sizes): Persian writes "کیلوبایت" where Intl's short form leaves a Latin "kB" */
  unitDisplay: "short" | "long";
  /** Also show the Gregorian date next to a date in another calendar */
  showGregorianAlongside: boolean;
  timeZone: string;
  /** ISO 15924 code of the edition's script (a Unicode Script value): its slugs' letters are of this script */
  script: string;
  /** CSS font-family stack, script-appropriate */
  fontFamily: string;
  fonts: EditionFont[];
  /** Open Graph locale (issue: social metadata) */
  ogLocale: string;
}

const notoSans: EditionFont = { package: "noto-sans", stylesheets: ["400.css", "700.css"] };

export const editions = [
  {
    code: "en",
    nativeName: "English",
    dir: "ltr",
    intlLocale: "en-GB",
    calendar: "gregory",
    numberingSystem: "latn",
    unitDisplay: "short",
    showGregorianAlongside: false,
    timeZone: "Europe/London",
    script: "Latn",
    fontFamily: "'Noto Sans', system-ui, sans-serif",
    fonts: [{ ...notoSans, preload: ["noto-sans-latin-400-normal.woff2"] }],
    ogLocale: "en_GB",
  },
  {
    code: "ar",
    nativeName: "العربية",
    dir: "rtl",
    intlLocale: "ar",
    calendar: "gregory",
    numberingSystem: "latn",
    unitDisplay: "short",
    showGregorianAlongside: false,
    timeZone: "Asia/Beirut",
    script: "Arab",
    // Vazirmatn covers Arabic as well as Persian at 21 KB a weight (Noto Naskh Arabic: 52 KB, and its
    // symbol and Latin subsets on top): the edition stays within the 100 KB of fonts a page may cost a reader
    fontFamily: "'Vazirmatn', 'Noto Sans', sans-serif",
    fonts: [{ package: "vazirmatn", stylesheets: ["400.css", "700.css"], preload: ["vazirmatn-arabic-400-normal.woff2"] }],
    ogLocale: "ar_AR",
  },
  {
    code: "fa",
    nativeName: "فارسی",
    dir: "rtl",
    intlLocale: "fa-IR",
    calendar: "persian",
    numberingSystem: "arabext",
    unitDisplay: "long",
    showGregorianAlongside: true,
    timeZone: "Asia/Tehran",
    script: "Arab",
    fontFamily: "'Vazirmatn', 'Noto Sans', sans-serif",
    fonts: [{ package: "vazirmatn", stylesheets: ["400.css", "700.css"], preload: ["vazirmatn-arabic-400-normal.woff2"] }],
    ogLocale: "fa_IR",
  },
  {
    code: "sq",
    nativeName: "Shqip",
    dir: "ltr",
    intlLocale: "sq-AL",
    calendar: "gregory",
    numberingSystem: "latn",
    unitDisplay: "short",
    showGregorianAlongside: false,
    timeZone: "Europe/Tirane",
    script: "Latn",
    fontFamily: "'Noto Sans', system-ui, sans-serif",
    fonts: [{ ...notoSans, preload: ["noto-sans-latin-400-normal.woff2"] }],
    ogLocale: "sq_AL",
  },
] as const satisfies readonly Edition[];

export type EditionCode = (typeof editions)[number]["code"];

export const editionCodes: readonly string[] = editions.map((edition) => edition.code);
export const defaultEdition: Edition = editions[0];

export function findEdition(code: string | undefined): Edition | undefined {
  return editions.find((edition) => edition.code === code);
}

export function isEditionCode(code: string | undefined): code is EditionCode {
  return findEdition(code) !== undefined;
}

export function getEdition(code: string): Edition {
  const edition = findEdition(code);
  if (!edition) throw new Error(`Unknown edition "${code}"`);
  return edition;
}
