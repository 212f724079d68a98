// A form field's problem, named by a key of admin.json's "errors": content rules report them, screens show them.
export type FieldProblemKey = "required" | "tooLong" | "slugTaken" | "slugScript" | "slugSameAsOtherEdition" | "invalid" | "httpsUrl";
export interface FieldProblem {
  key: FieldProblemKey;
  /** For tooLong: the maximum length */
  max?: number;
  /** For the slug problems: the address made from the title, which the form offers instead */
  suggestion?: string;
}
export type FieldProblems = Record<string, FieldProblem>;
