// Search normalization in TypeScript: the same function as search_normalize() in the database, both
// derived from the table in normalization-rules.ts (checked against each other by the tests).
import { foldingRules, wordCharacterRanges } from "./normalization-rules";

function buildFolding(): Map<string, string> {
  const folding = new Map<string, string>();
  for (const rule of foldingRules) {
    const from = [...rule.from];
    const to = [...rule.to];
    if (to.length > 1 && to.length !== from.length) throw new Error(`Folding rule "${rule.name}": from and to differ in length`);
    from.forEach((character, index) => {
      if (folding.has(character)) throw new Error(`Folding rule "${rule.name}": ${character} is already folded by another rule`);
      folding.set(character, to.length > 1 ? to[index]! : (to[0] ?? ""));
    });
  }
  return folding;
}

/** Character → what it folds to ("" for a removed character); characters not in the map stay as they are */
export const folding: ReadonlyMap<string, string> = buildFolding();

const wordCharacterClass = wordCharacterRanges
  .map(([first, last]) => (first === last ? `\\u{${first.toString(16)}}` : `\\u{${first.toString(16)}}-\\u{${last.toString(16)}}`))
  .join("");
const separatorRun = new RegExp(`[^${wordCharacterClass}]+`, "gu");
const wordCharacter = new RegExp(`^[${wordCharacterClass}]$`, "u");

/** A single character, once folded: "" when it is ignored */
export function foldCharacter(character: string): string {
  return folding.get(character) ?? character;
}

export function isWordCharacter(character: string): boolean {
  return wordCharacter.test(character);
}

/**
 * The text as the search index sees it: characters folded (Arabic/Persian letter variants, digits,
 * diacritics, case), ignored characters removed, and every run of non-word characters turned into
 * one space. Identical to search_normalize() in the database (what PostgreSQL's translate() and
 * regexp_replace() do, step by step).
 */
export function normalizeSearchText(text: string): string {
  let folded = "";
  for (const character of text) folded += folding.get(character) ?? character;
  return folded.replace(separatorRun, " ");
}

/** The words of a normalized text, in order */
export function searchWords(text: string): string[] {
  return normalizeSearchText(text).split(" ").filter(Boolean);
}
