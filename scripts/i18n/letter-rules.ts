// Letters of the wrong language in Arabic-script editions. Persian writes ی (U+06CC) and ک (U+06A9) where Arabic
// writes ي (U+064A) and ك (U+0643); inside a word they are drawn alike, so text typed on the other language's
// keyboard or copied from the other edition looks right, yet search, sorting and the word's final form differ.
import type { Edition } from "../../app/editions";
import { localeEntries, localeFilePath, type LocaleSet } from "./locale-files";
import type { Problem } from "./problems";

export type EditionLanguage = Pick<Edition, "code" | "intlLocale">;

interface LetterRule {
  letter: string;
  /** The language the letter belongs to, for the message: "Arabic letter ي (U+064A)" */
  from: string;
  instead: string;
  /** Said after the fix when the letter ends a word (Arabic: ی there may stand for alef maksura ى) */
  atWordEnd?: string;
  reason?: string;
}

const codePoint = (letter: string) => `U+${(letter.codePointAt(0) as number).toString(16).toUpperCase().padStart(4, "0")}`;
const named = (letter: string) => `${letter} (${codePoint(letter)})`;

const persianLetters: LetterRule[] = [
  { letter: "\u064A", from: "Arabic", instead: "\u06CC" },
  { letter: "\u0643", from: "Arabic", instead: "\u06A9" },
  { letter: "\u0649", from: "Arabic", instead: "\u06CC", reason: "Persian writes ی for Arabic's alef maksura too (حتی, مصطفی)" },
];

// Keyed by language, because the letters belong to the language, not to the script: app/editions.ts says which
// editions write in Arabic script (through their Intl locale) but not which of its letters each language uses.
// An Arabic-script edition without a row here gets no letter check. Urdu writes ی and ک like Persian.
const lettersOfOtherLanguages: Record<string, LetterRule[]> = {
  fa: persianLetters,
  ur: persianLetters,
  ar: [
    {
      letter: "\u06CC",
      from: "Persian",
      instead: "\u064A",
      atWordEnd: `or ${named("\u0649")} where the word ends in alef maksura (على, إلى)`,
    },
    { letter: "\u06A9", from: "Persian", instead: "\u0643" },
  ],
};

// Teh marbuta ة is a note in Persian, not an error: Persian writes most Arabic words that end in it with ه or ت
// (صفحه, رحمت), so in interface text it is nearly always copied from Arabic, but the standard orthography keeps it in
// some Arabic phrases and names (دائرة‌المعارف), which a check must not forbid.
const tehMarbutaNote: Record<string, string> = {
  fa: "Persian usually writes ه or ت instead (صفحه, رحمت); keep ة only in an Arabic phrase that Persian writes with it (دائرة\u200Cالمعارف)",
};

function writesArabicScript(edition: EditionLanguage): boolean {
  return new Intl.Locale(edition.intlLocale).maximize().script === "Arab";
}

const wordPattern = /[\p{L}\p{M}\u200C]+/gu;

/** The words of a text that contain a letter, each once, and whether the letter ends one of them */
function wordsWith(text: string, letter: string): { words: string[]; atWordEnd: boolean } {
  const words = [...new Set((text.match(wordPattern) ?? []).filter((word) => word.includes(letter)))];
  return { words, atWordEnd: words.some((word) => word.replace(/\p{M}+$/u, "").endsWith(letter)) };
}

const quoted = (words: string[]) => `${words.slice(0, 3).map((word) => `"${word}"`).join(", ")}${words.length > 3 ? ", …" : ""}`;

export function checkLetters(set: LocaleSet, editions: readonly EditionLanguage[]): Problem[] {
  const problems: Problem[] = [];
  for (const edition of editions.filter(writesArabicScript)) {
    const language = new Intl.Locale(edition.intlLocale).language;
    const rules = lettersOfOtherLanguages[language] ?? [];
    const note = tehMarbutaNote[language];
    for (const namespace of set.namespaces) {
      const file = localeFilePath(set, edition.code, namespace);
      for (const entry of localeEntries(set, edition.code, namespace)?.values() ?? []) {
        const text = entry.value ?? "";
        const at = { file, line: entry.line, column: entry.column, key: entry.key };
        for (const rule of rules) {
          if (!text.includes(rule.letter)) continue;
          const { words, atWordEnd } = wordsWith(text, rule.letter);
          const fix = `use ${named(rule.instead)} instead of ${named(rule.letter)}${atWordEnd && rule.atWordEnd ? `, ${rule.atWordEnd}` : ""}`;
          problems.push({
            ...at,
            kind: "lookalike-letter",
            message: `${rule.from} letter ${named(rule.letter)} in ${quoted(words)}: ${fix}${rule.reason ? `; ${rule.reason}` : ""}`,
          });
        }
        if (note && text.includes("\u0629")) {
          problems.push({
            ...at,
            kind: "teh-marbuta",
            severity: "note",
            message: `\u0629 (${codePoint("\u0629")}, teh marbuta) in ${quoted(wordsWith(text, "\u0629").words)}: ${note}`,
          });
        }
      }
    }
  }
  return problems;
}
