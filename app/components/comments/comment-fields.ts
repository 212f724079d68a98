// The comment form's fields and limits, shared by the form (maxLength) and the server's schema
// (comment-schema.server.ts), so the browser and the server hold readers to the same lengths.

export const commentLimits = { name: 100, email: 254, comment: 3000 } as const;
export type CommentField = keyof typeof commentLimits;
export const commentFields = Object.keys(commentLimits) as CommentField[];

/** The error keys a field can come back with: forms.json `errors.*`, or comments.json `required.*` */
export const commentErrorKeys = ["required", "tooLong", "email", "invalid"] as const;
export type CommentErrorKey = (typeof commentErrorKeys)[number];

/** What a refused submission brings back to the form: the reader's input and one error per field */
export interface CommentSubmission {
  values: Record<CommentField, string>;
  errors: Partial<Record<CommentField, CommentErrorKey>>;
}

/** The query parameter the article page reads after a comment was stored (post/redirect/get) */
export const commentNoticeParameter = "comment";
export const commentPendingValue = "pending";
