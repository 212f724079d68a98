// Editorial forms are validated with zod on the server; each field's first problem becomes a key of
// admin.json's "errors" (shown by FieldProblemText), so every message is in the editor's language.
import type { z } from "zod";

import type { FieldProblems } from "~/domain/field-problems";

export type { FieldProblem, FieldProblemKey, FieldProblems } from "~/domain/field-problems";

/**
 * The form's text fields as a plain object (files and repeated names are left to the caller), with the
 * browser's CRLF line breaks stored as LF, so a text saved unchanged stays byte for byte the same
 */
export function formValues(form: FormData, fields: readonly string[]): Record<string, string> {
  return Object.fromEntries(fields.map((field) => [field, (form.get(field)?.toString() ?? "").replace(/\r\n?/g, "\n")]));
}

export type Validation<T> = { success: true; data: T } | { success: false; problems: FieldProblems };

export function validate<S extends z.ZodType>(schema: S, values: unknown): Validation<z.infer<S>> {
  const result = schema.safeParse(values);
  if (result.success) return { success: true, data: result.data };
  const problems: FieldProblems = {};
  for (const issue of result.error.issues) {
    const field = String(issue.path[0] ?? "form");
    if (problems[field]) continue;
    if (issue.code === "too_big" && typeof issue.maximum === "number") problems[field] = { key: "tooLong", max: Number(issue.maximum) };
    else if (issue.code === "too_small" || (issue.code === "invalid_type" && issue.input === undefined)) problems[field] = { key: "required" };
    else problems[field] = { key: issue.message === "slugTaken" ? "slugTaken" : "invalid" };
  }
  return { success: false, problems };
}
