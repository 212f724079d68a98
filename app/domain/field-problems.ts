// A form field's problem, named by a key of admin.json's "errors": content rules report them, screens show them.
export type FieldProblemKey = "required" | "tooLong" | "slugTaken" | "invalid";
export interface FieldProblem {
  key: FieldProblemKey;
  /** For tooLong: the maximum length */
  max?: number;
}
export type FieldProblems = Record<string, FieldProblem>;
