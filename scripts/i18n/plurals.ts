// Plural keys the way i18next v23 reads them: `key_one`, `key_other`, … (cardinal) and
// `key_ordinal_one`, … (ordinal), one form per CLDR category of the language, found with
// Intl.PluralRules exactly as i18next does at run time.

export const pluralCategoryNames = ["zero", "one", "two", "few", "many", "other"] as const;
export type PluralCategory = (typeof pluralCategoryNames)[number];

export interface PluralKey {
  /** The key the code passes to t(), e.g. "comments" for "comments_one" */
  base: string;
  ordinal: boolean;
  category: PluralCategory;
}

const pluralSuffix = /^(.+?)(_ordinal)?_(zero|one|two|few|many|other)$/;

export function parsePluralKey(key: string): PluralKey | null {
  const match = pluralSuffix.exec(key);
  if (!match) return null;
  return { base: match[1] as string, ordinal: match[2] !== undefined, category: match[3] as PluralCategory };
}

export function pluralFormKey(base: string, ordinal: boolean, category: PluralCategory): string {
  return `${base}${ordinal ? "_ordinal" : ""}_${category}`;
}

/** The forms a language needs, in CLDR order: Arabic zero, one, two, few, many, other; English one, other */
export function cldrCategories(language: string, ordinal = false): PluralCategory[] {
  const categories = new Intl.PluralRules(language, { type: ordinal ? "ordinal" : "cardinal" }).resolvedOptions()
    .pluralCategories as string[];
  return pluralCategoryNames.filter((category) => categories.includes(category));
}

/**
 * Categories that stand for exactly one whole number in this language (Arabic zero = 0, one = 1, two = 2;
 * English one = 1), so the word itself can say the number and the form may leave out {{count}}.
 * Persian "one" covers 0 and 1, so a Persian "one" form must keep {{count}}.
 */
export function singleNumberCategories(language: string): Set<PluralCategory> {
  const rules = new Intl.PluralRules(language);
  const numbersPerCategory = new Map<string, number>();
  for (let n = 0; n <= 1000; n++) {
    const category = rules.select(n);
    numbersPerCategory.set(category, (numbersPerCategory.get(category) ?? 0) + 1);
  }
  return new Set(
    pluralCategoryNames.filter((category) => numbersPerCategory.get(category) === 1),
  );
}

const languageNames = new Intl.DisplayNames(["en"], { type: "language" });

/** "Persian (fa)" for messages that translators read */
export function languageLabel(language: string): string {
  let name: string | undefined;
  try {
    name = languageNames.of(language);
  } catch {
    name = undefined;
  }
  return name && name !== language ? `${name} (${language})` : language;
}
