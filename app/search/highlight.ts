// Marks the words of a result that match the query, on the original text (with its diacritics, its
// zero-width non-joiners, its own letters): each word is normalized the way the index normalizes it
// (normalize.ts) and compared with the query's matching forms, and the original span is marked.
import { foldCharacter, isWordCharacter } from "./normalize";

export interface TextSegment {
  text: string;
  highlighted: boolean;
}

interface WordSpan {
  /** UTF-16 offsets in the original text */
  start: number;
  end: number;
  /** The word as the index holds it */
  normalized: string;
}

/**
 * The words of a text with their places, split exactly as search_normalize() splits them: ignored
 * characters (harakat, tatweel, ZWNJ…) belong to the word they sit in, other non-word characters separate.
 */
export function wordSpans(text: string): WordSpan[] {
  const spans: WordSpan[] = [];
  let current: WordSpan | undefined;
  let offset = 0;
  for (const character of text) {
    const folded = foldCharacter(character);
    const end = offset + character.length;
    if (folded === "") {
      if (current) current.end = end;
    } else if (isWordCharacter(folded)) {
      current ??= { start: offset, end, normalized: "" };
      current.normalized += folded;
      current.end = end;
    } else if (current) {
      spans.push(current);
      current = undefined;
    }
    offset = end;
  }
  if (current) spans.push(current);
  return spans;
}

function segmentsOf(text: string, spans: WordSpan[], matching: ReadonlySet<string>): TextSegment[] {
  const segments: TextSegment[] = [];
  let position = 0;
  for (const span of spans) {
    if (!matching.has(span.normalized)) continue;
    if (span.start > position) segments.push({ text: text.slice(position, span.start), highlighted: false });
    segments.push({ text: text.slice(span.start, span.end), highlighted: true });
    position = span.end;
  }
  if (position < text.length) segments.push({ text: text.slice(position), highlighted: false });
  return segments;
}

/** The whole text, its matching words highlighted */
export function highlightText(text: string, matchingWords: Iterable<string>): TextSegment[] {
  return segmentsOf(text, wordSpans(text), new Set(matchingWords));
}

export function hasHighlight(segments: TextSegment[]): boolean {
  return segments.some((segment) => segment.highlighted);
}

const ellipsis = "…";

/**
 * About `maxLength` characters of `text` around its first matching word, cut between words, with an
 * ellipsis where it was cut; undefined when no word matches.
 */
export function snippetAround(text: string, matchingWords: Iterable<string>, maxLength = 240): TextSegment[] | undefined {
  const matching = new Set(matchingWords);
  const spans = wordSpans(text);
  const first = spans.findIndex((span) => matching.has(span.normalized));
  if (first === -1) return undefined;
  if (text.length <= maxLength) return segmentsOf(text, spans, matching);

  // Start a little before the match (about a quarter of the snippet), at the beginning of a word
  const lead = Math.floor(maxLength / 4);
  let startIndex = first;
  while (startIndex > 0 && spans[first]!.start - spans[startIndex - 1]!.start <= lead) startIndex -= 1;
  const start = startIndex === 0 ? 0 : spans[startIndex]!.start;
  let endIndex = first;
  while (endIndex + 1 < spans.length && spans[endIndex + 1]!.end - start <= maxLength) endIndex += 1;
  const end = endIndex === spans.length - 1 ? text.length : spans[endIndex]!.end;

  const window = spans.slice(startIndex, endIndex + 1).map((span) => ({ ...span, start: span.start - start, end: span.end - start }));
  const segments = segmentsOf(text.slice(start, end), window, matching);
  if (start > 0) segments.unshift({ text: ellipsis, highlighted: false });
  if (end < text.length) segments.push({ text: ellipsis, highlighted: false });
  return segments;
}

/** The readable text of a Markdown body: image alt texts and link texts kept, addresses and markers left out */
export function plainTextFromMarkdown(markdown: string): string {
  return markdown
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/^[ \t]*((?:>[ \t]?)+|#{1,6}[ \t]+|[-*+][ \t]+|\d+\.[ \t]+)/gm, "")
    .replace(/\*\*|__|[*`]/g, "")
    .replace(/\s+/g, " ")
    .trim();
}
