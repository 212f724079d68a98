// Server-side validation of the comment form (zod stays out of the browser bundle).
import { z } from "zod";
import { emailAddress } from "~/security/email-address.server";
import {
  commentErrorKeys,
  commentFields,
  commentLimits,
  type CommentErrorKey,
  type CommentField,
  type CommentSubmission,
} from "./comment-fields";

function commentSchema() {
  const text = (max: number) =>
    z.string({ error: "required" }).trim().min(1, { error: "required" }).max(max, { error: "tooLong" });
  return z.object({
    name: text(commentLimits.name),
    email: text(commentLimits.email).pipe(emailAddress()),
    comment: text(commentLimits.comment),
  });
}

export type ValidComment = Record<CommentField, string>;

/** The form's fields checked against the schema: the trimmed values, or what to show the reader */
export function parseCommentForm(formData: FormData): { ok: true; comment: ValidComment } | ({ ok: false } & CommentSubmission) {
  const values = Object.fromEntries(
    commentFields.map((field) => {
      const value = formData.get(field);
      return [field, typeof value === "string" ? value : ""];
    }),
  ) as Record<CommentField, string>;
  const result = commentSchema().safeParse(values);
  if (result.success) return { ok: true, comment: result.data };
  const errors: CommentSubmission["errors"] = {};
  for (const issue of result.error.issues) {
    const field = issue.path[0] as CommentField;
    errors[field] ??= (commentErrorKeys as readonly string[]).includes(issue.message) ? (issue.message as CommentErrorKey) : "invalid";
  }
  return { ok: false, values, errors };
}
