// Writes search_normalize(text) for PostgreSQL from the table in normalization-rules.ts.
// The migration that creates the function holds this exact text (app/search/normalize.test.ts checks it);
// after a change to the table, add a new custom migration holding exactly the new definition, and a
// second one with `update articles set title = title;` so the stored search_vector is computed again:
//   npx drizzle-kit generate --custom --name search_normalize_v2
//   npx tsx -e 'import { searchNormalizeFunctionSql as f } from "./app/search/normalize-sql"; process.stdout.write(f())' > drizzle/<that file>.sql
import { foldingRules, wordCharacterRanges } from "./normalization-rules";

/** A PostgreSQL escape string constant (E'…') holding `text`, non-ASCII characters written as \uXXXX */
function escapeStringConstant(text: string): string {
  let body = "";
  for (const character of text) {
    const codePoint = character.codePointAt(0)!;
    if (character === "'" || character === "\\") body += `\\${character}`;
    else if (codePoint >= 0x20 && codePoint < 0x7f) body += character;
    else if (codePoint <= 0xffff) body += `\\u${codePoint.toString(16).toUpperCase().padStart(4, "0")}`;
    else body += `\\U${codePoint.toString(16).toUpperCase().padStart(8, "0")}`;
  }
  return `E'${body}'`;
}

/** translate()'s two arguments: folded characters first, then the removed ones (beyond the end of `to`) */
function translateArguments(): { from: string; to: string } {
  let from = "";
  let to = "";
  let removed = "";
  for (const rule of foldingRules) {
    const targets = [...rule.to];
    [...rule.from].forEach((character, index) => {
      if (targets.length === 0) {
        removed += character;
        return;
      }
      from += character;
      to += targets.length > 1 ? targets[index]! : targets[0]!;
    });
  }
  return { from: from + removed, to };
}

function separatorPattern(): string {
  const character = (codePoint: number) => String.fromCodePoint(codePoint);
  const ranges = wordCharacterRanges
    .map(([first, last]) => (first === last ? character(first) : `${character(first)}-${character(last)}`))
    .join("");
  return `[^${ranges}]+`;
}

export function searchNormalizeFunctionSql(): string {
  const { from, to } = translateArguments();
  return [
    "-- search_normalize(text): generated from app/search/normalization-rules.ts by app/search/normalize-sql.ts.",
    "-- Folds the characters search treats as the same, removes the ignored ones, and turns every run of",
    "-- non-word characters into one space. Same result as normalizeSearchText() in app/search/normalize.ts.",
    "CREATE OR REPLACE FUNCTION search_normalize(input text) RETURNS text",
    "  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE",
    "  RETURN regexp_replace(",
    "    translate(",
    "      input,",
    `      ${escapeStringConstant(from)},`,
    `      ${escapeStringConstant(to)}`,
    "    ),",
    `    ${escapeStringConstant(separatorPattern())},`,
    "    ' ',",
    "    'g'",
    "  );",
    "",
  ].join("\n");
}
