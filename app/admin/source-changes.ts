// What changed in a translation's source since the version the translation follows: the source's text
// then (articles.source_snapshot) against its text now, as parts to show removed, added and unchanged.
// Paragraph by paragraph, by presence only, until a real diff library (npm `diff`) is a dependency:
// requested in issue #18; then this becomes diffWordsWithSpace(before, after) and the view stays.

export interface ChangePart {
  kind: "same" | "added" | "removed";
  text: string;
}

const paragraphsOf = (text: string) =>
  text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);

export function sourceChanges(before: string, after: string): ChangePart[] {
  const old = paragraphsOf(before);
  const now = paragraphsOf(after);
  const kept = new Set(now);
  const parts: ChangePart[] = old.filter((paragraph) => !kept.has(paragraph)).map((text) => ({ kind: "removed" as const, text }));
  const previous = new Set(old);
  for (const text of now) parts.push({ kind: previous.has(text) ? "same" : "added", text });
  return parts;
}
