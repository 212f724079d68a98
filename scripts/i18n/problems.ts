// What i18n:check reports: one line per problem, "file:line:column  key  what is wrong  (kind)".
// A note is printed the same way, marked "note:", and does not fail the check.

export type ProblemKind =
  | "invalid-json"
  | "duplicate-key"
  | "invalid-value"
  | "missing-folder"
  | "missing-file"
  | "extra-file"
  | "missing-key"
  | "extra-key"
  | "empty-value"
  | "placeholder"
  | "placeholder-format"
  | "lookalike-letter"
  | "teh-marbuta"
  | "plural-forms"
  | "nesting"
  | "unknown-namespace"
  | "missing-in-english"
  | "plural-without-count"
  | "unused-key"
  | "unanalysable";

export interface Problem {
  kind: ProblemKind;
  /** Relative to the repository root, forward slashes */
  file: string;
  line?: number;
  column?: number;
  /** In a locale file: the key in that file ("pagination.label"); in code: "namespace:key" */
  key?: string;
  message: string;
  /** A note is worth a look but may be right: it is printed and does not fail the check */
  severity?: "note";
}

export function isNote(problem: Problem): boolean {
  return problem.severity === "note";
}

export function formatProblem(problem: Problem): string {
  const location = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}:${problem.column ?? 1}`;
  return [location, problem.key, `${isNote(problem) ? "note: " : ""}${problem.message}  (${problem.kind})`].filter(Boolean).join("  ");
}

export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0) ||
      a.kind.localeCompare(b.kind),
  );
}

export function summarizeKinds(problems: Problem[]): string {
  const counts = new Map<ProblemKind, number>();
  for (const problem of problems) counts.set(problem.kind, (counts.get(problem.kind) ?? 0) + 1);
  return [...counts].map(([kind, count]) => `${count} ${kind}`).join(", ");
}
