// "Did you mean …?": the English key or placeholder a translator most likely meant by a misspelt one.

/**
 * Edits needed to turn one name into the other: a letter inserted, dropped or changed, or two neighbours swapped
 * (Damerau–Levenshtein, optimal string alignment). Counted in letters, not UTF-16 units.
 */
export function editDistance(a: string, b: string): number {
  const source = [...a];
  const target = [...b];
  // rows[i][j]: edits between the first i letters of source and the first j of target
  const rows = Array.from({ length: source.length + 1 }, (_, i) => Array.from({ length: target.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= source.length; i++) {
    for (let j = 1; j <= target.length; j++) {
      const row = rows[i] as number[];
      const previous = rows[i - 1] as number[];
      const change = source[i - 1] === target[j - 1] ? 0 : 1;
      row[j] = Math.min((previous[j] as number) + 1, (row[j - 1] as number) + 1, (previous[j - 1] as number) + change);
      if (i > 1 && j > 1 && source[i - 1] === target[j - 2] && source[i - 2] === target[j - 1]) {
        row[j] = Math.min(row[j] as number, ((rows[i - 2] as number[])[j - 2] as number) + 1);
      }
    }
  }
  return (rows[source.length] as number[])[target.length] as number;
}

/** One edit for names up to 7 letters, two from 8 on; none below 4, where one edit turns any name into another */
function allowance(a: string, b: string): number {
  return Math.min(2, Math.floor(Math.max([...a].length, [...b].length) / 4));
}

/** The candidate within reach of `name`; nothing when none is, or when two are equally close (a wrong guess misleads) */
export function closestMatch(name: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  let tied = false;
  for (const candidate of candidates) {
    const distance = editDistance(name, candidate);
    if (distance > allowance(name, candidate)) continue;
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
      tied = false;
    } else if (distance === bestDistance) {
      tied = true;
    }
  }
  return tied ? undefined : best;
}
