// What the search box accepts. Everything here is a reader's mistake, answered with a message and
// status 400, never an exception.

export const maxQueryLength = 200;

export type SearchInput =
  | { kind: "empty" }
  | { kind: "tooLong"; length: number }
  | { kind: "malformed" }
  | { kind: "query"; text: string };

// Control characters other than tab, line feed and carriage return (which a pasted query may hold)
const controlCharacter = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
// A surrogate without its pair cannot be stored or searched (lib ES2023 has no String#isWellFormed)
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
// U+FFFD is what URL decoding leaves for bytes that were not UTF-8
const replacementCharacter = /\uFFFD/;

/** `?q=` as the reader sent it (null when absent) */
export function readSearchInput(raw: string | null): SearchInput {
  if (raw === null) return { kind: "empty" };
  if (loneSurrogate.test(raw) || controlCharacter.test(raw) || replacementCharacter.test(raw)) return { kind: "malformed" };
  const text = raw.normalize("NFC").trim();
  if (text === "") return { kind: "empty" };
  const length = [...text].length;
  if (length > maxQueryLength) return { kind: "tooLong", length };
  return { kind: "query", text };
}
