// What changed in a translation's source since the version the translation follows: the source's text
// then (articles.source_snapshot) against its text now, word by word, as parts to show removed, added and unchanged.
import { diffWordsWithSpace } from "diff";

export interface ChangePart {
  kind: "same" | "added" | "removed";
  text: string;
}

export function sourceChanges(before: string, after: string): ChangePart[] {
  // Texts saved before line breaks were normalized may hold CRLF: not a change a translator must see
  const lines = (text: string) => text.replace(/\r\n?/g, "\n");
  return diffWordsWithSpace(lines(before), lines(after)).map((change) => ({
    kind: change.added ? "added" : change.removed ? "removed" : "same",
    text: change.value,
  }));
}
