/** `text` when it is at most `maxLength` characters; else cut at the last word that fits, with an ellipsis */
export function truncateAtWord(text: string, maxLength: number): string {
  if (text.length <= maxLength) return text;
  const cut = text.slice(0, maxLength - 1);
  const lastSpace = cut.lastIndexOf(" ");
  // Trailing punctuation (Latin and Arabic-script comma, semicolon) would sit oddly before the ellipsis
  return `${(lastSpace > maxLength / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,.;:،؛]+$/, "")}…`;
}
