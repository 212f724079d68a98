// The decisions an editor takes on a reader's comment and the status each leaves it in, shared by the
// moderation queue's model (server) and its screen (which offers only decisions that change something).
export const commentStatuses = ["pending", "approved", "rejected", "spam"] as const;
export type CommentStatus = (typeof commentStatuses)[number];

export const moderationDecisions = ["approve", "reject", "spam"] as const;
export type ModerationDecision = (typeof moderationDecisions)[number];

export const statusAfter: Record<ModerationDecision, CommentStatus> = { approve: "approved", reject: "rejected", spam: "spam" };

export function isCommentStatus(value: string | null | undefined): value is CommentStatus {
  return (commentStatuses as readonly string[]).includes(value ?? "");
}

export function isModerationDecision(value: string | null | undefined): value is ModerationDecision {
  return (moderationDecisions as readonly string[]).includes(value ?? "");
}

/** The decisions that would change a comment in `status` */
export function decisionsFor(status: CommentStatus): ModerationDecision[] {
  return moderationDecisions.filter((decision) => statusAfter[decision] !== status);
}
