// From what a reader typed to a PostgreSQL text-search query (to_tsquery('simple', …)) and the list of
// normalized words that count as a match when the results are highlighted.
import { searchWords } from "./normalize";

/** Words beyond this many are ignored (a 200-character query has room for many one-letter words) */
export const maxQueryWords = 24;

export interface SearchQuery {
  /** The words as the index sees them, in the reader's order */
  words: string[];
  /** Text for to_tsquery('simple', …): every word must match, each in one of its accepted forms */
  tsquery: string;
  /** Every form that counts as a match, for highlighting */
  matchingWords: string[];
}

// After normalization (ي ك, no hamza on alef): letters of the Arabic script
const arabicScriptWord = /^[\u0620-\u064A\u066E-\u06D3\u06D5]+$/u;
// The Arabic definite article with the proclitics that attach to it ("the", "and the", "with the", …)
const definiteArticles = ["وال", "بال", "فال", "كال", "ال", "لل"];

/**
 * The forms of an Arabic-script word with and without the definite article: a reader looking for
 * "مدرسة" expects "المدرسة" too, and the other way round. Only for words of three letters or more
 * once the article is off, so that short words (Persian ones that merely begin with ال among them)
 * keep their meaning. Harmless in the other editions: a form that exists in no article matches nothing.
 */
function articleForms(word: string): string[] {
  if (!arabicScriptWord.test(word)) return [word];
  const prefix = definiteArticles.find((article) => word.startsWith(article) && word.length - article.length >= 3);
  const stem = prefix ? word.slice(prefix.length) : word;
  if (stem.length < 3) return [word];
  return [word, stem, ...definiteArticles.map((article) => article + stem)];
}

function quote(word: string): string {
  // Normalized words hold letters and digits only; the escaping is a second line of defence
  return `'${word.replace(/['\\]/g, "")}'`;
}

/**
 * Every word must be found, in one of its forms: itself (with or without the Arabic article), or joined
 * to its neighbour. The joined forms make a query typed with a space ("می شود") find the word written
 * with a zero-width non-joiner ("می‌شود"), which the index holds joined ("میشود"), and "data base"
 * find "database". Returns undefined when nothing searchable is left ("?!", only punctuation).
 */
export function buildSearchQuery(text: string): SearchQuery | undefined {
  const words = searchWords(text).slice(0, maxQueryWords);
  if (words.length === 0) return undefined;
  const matching = new Set<string>();
  const groups = words.map((word, index) => {
    const forms = new Set(articleForms(word));
    const previous = words[index - 1];
    const next = words[index + 1];
    if (previous !== undefined) forms.add(previous + word);
    if (next !== undefined) forms.add(word + next);
    for (const form of forms) matching.add(form);
    const alternatives = [...forms].map(quote);
    return alternatives.length === 1 ? alternatives[0]! : `(${alternatives.join(" | ")})`;
  });
  return { words, tsquery: groups.join(" & "), matchingWords: [...matching] };
}
