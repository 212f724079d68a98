// Text that readers, robots and attackers put into the site, as fast-check arbitraries: the property
// tests (app/**/*.property.test.ts) and the path fuzzer (e2e/fuzz-paths.spec.ts) share them.
import fc from "fast-check";

/**
 * Characters that have broken text handling somewhere before: the URL's own delimiters, percent signs,
 * whitespace of every kind, the characters the editions' scripts treat specially (ZWNJ, tatweel, harakat,
 * Arabic/Persian letter variants and digits, Albanian ë/ç), case mappings that change length or depend on
 * context (İ, ß, ẞ, Σ/ς, ﬁ), bidi controls, combining marks, letters outside the BMP (two UTF-16 units),
 * emoji sequences, a lone surrogate, NUL, U+FFFD.
 */
export const trickyCharacters = [
  "/", "?", "#", "%", "&", "=", "+", ";", ":", "@", ".", "..", "-", "_", "~", "'", '"', "<", ">", "\\", "`",
  " ", "\t", "\n", "\r", "\u00a0", "\u2003", "\u3000", "\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u202e", "\u2066", "\ufeff", "\u00ad",
  "\u0640", "\u064b", "\u0651", "\u0670", "\u0654", "ي", "ى", "ی", "ك", "ک", "ة", "ۀ", "أ", "إ", "آ", "ٱ", "ؤ", "ئ", "ال", "۰", "۹", "٠", "٩", "،", "؟", "«", "»",
  "ë", "Ë", "ç", "Ç", "e\u0308", "İ", "ı", "ß", "ẞ", "Σ", "ς", "σ", "ﬁ", "Ǆ", "ǅ", "\u0301", "\u0300",
  "𠀀", "𝐀", "😀", "👩‍👩‍👧", "🇦🇱", "\ud83d", "\udc00", "\u0000", "\u0007", "\u007f", "\u0085", "\ufffd", "\uffff",
];

/** Strings of UTF-16 code units: anything JavaScript can hold, lone surrogates included */
const utf16Unit = fc.integer({ min: 0, max: 0xffff }).map((unit) => String.fromCharCode(unit));

/** Any text, weighted towards the characters above and the scripts of the editions */
export function anyText(maxLength = 60): fc.Arbitrary<string> {
  return fc.oneof(
    fc.string({ unit: "grapheme", maxLength }),
    fc.string({ unit: "binary", maxLength }),
    fc.string({ unit: utf16Unit, maxLength }),
    fc.string({ unit: fc.constantFrom(...trickyCharacters), maxLength }),
    fc.string({ unit: fc.oneof(fc.constantFrom(...trickyCharacters), fc.string({ unit: "grapheme-ascii", minLength: 1, maxLength: 3 })), maxLength }),
  );
}

/** Text holding at least one letter of the editions' scripts (or another script's), anywhere */
export function textWithLetter(maxLength = 60): fc.Arbitrary<string> {
  const letter = fc.constantFrom("a", "Z", "ë", "Ç", "ب", "ک", "ی", "ژ", "Ω", "ж", "中", "ก", "ℵ", "ǅ", "İ");
  return fc.tuple(anyText(maxLength), letter, anyText(maxLength)).map(([before, middle, after]) => before + middle + after);
}

/** A header value the Fetch API accepts (Latin-1, no CR/LF/NUL): what can reach a request's headers */
export function headerText(maxLength = 80): fc.Arbitrary<string> {
  const unit = fc.oneof(
    fc.integer({ min: 0x20, max: 0x7e }).map((code) => String.fromCharCode(code)),
    fc.integer({ min: 0x80, max: 0xff }).map((code) => String.fromCharCode(code)),
    fc.constantFrom("\t", ",", ";", "=", "-", "*", "q=", ";q=0.", "en", "ar", "fa", "sq", "fa-IR", "sq-AL", "ar-EG", "en-GB", "lng="),
  );
  return fc.string({ unit, maxLength });
}

/** Percent-encoding, valid and not: "%41", "%e2%80", "%", "%G1", "%%", encoded multi-byte characters… */
export const percentSequence: fc.Arbitrary<string> = fc.oneof(
  fc.integer({ min: 0, max: 255 }).map((byte) => `%${byte.toString(16).padStart(2, "0")}`),
  fc.integer({ min: 0, max: 255 }).map((byte) => `%${byte.toString(16).toUpperCase().padStart(2, "0")}`),
  fc.constantFrom("%", "%%", "%G1", "%ZZ", "%0", "%E0%A4%A", "%C3%28", "%ED%A0%80", "%F4%90%80%80", "%C0%AF", "%2e%2e", "%2F", "%5C", "%00", "%25", "%u0041"),
  fc.string({ unit: "grapheme", minLength: 1, maxLength: 4 }).map((text) => encodeURIComponent(text)),
);

/**
 * Titles around a length limit, made of letters that take one or two UTF-16 units and of separators,
 * so that a cut at a fixed length lands anywhere: inside a surrogate pair, before a combining mark…
 */
export function textAroundLength(length: number): fc.Arbitrary<string> {
  const letter = fc.constantFrom("a", "ب", "ë", "e\u0301", "𠀀", "𝐀", "İ");
  const separator = fc.constantFrom(" ", "-", "\u200c", "/");
  return fc.oneof(
    // One long word: nowhere to cut but inside it
    fc.string({ unit: letter, minLength: Math.floor(length * 0.6), maxLength: length + 20 }),
    fc.string({ unit: fc.oneof({ arbitrary: letter, weight: 8 }, { arbitrary: separator, weight: 1 }), minLength: Math.floor(length * 0.6), maxLength: length + 20 }),
  );
}
