// One comment of the moderation queue, and the badge of a comment's status. The comment's text is
// rendered as plain text (React escapes it), in its article's language and direction.
import { useTranslation } from "react-i18next";
import { findEdition } from "~/editions";
import { decisionsFor, type CommentStatus } from "~/domain/comment-moderation";
import { secondaryButtonClassName } from "~/admin/ui/AdminUi";
import { href } from "~/routing/href";

const statusColours: Record<CommentStatus, string> = {
  pending: "bg-amber-100 text-amber-900",
  approved: "bg-emerald-100 text-emerald-900",
  rejected: "bg-stone-200 text-stone-800",
  spam: "bg-red-100 text-red-900",
};

export function CommentStatusBadge({ status }: { status: CommentStatus }) {
  const { t } = useTranslation("admin-moderation");
  return <span className={`inline-block rounded px-2 py-0.5 text-xs font-semibold ${statusColours[status]}`}>{t(`comments.status.${status}`)}</span>;
}

export interface ModerationItem {
  id: number;
  status: CommentStatus;
  authorName: string;
  body: string;
  /** Already formatted on the server */
  createdAt: string;
  articleTitle: string;
  articleSlug: string;
  edition: string;
}

/**
 * Inside the queue's one form: the checkbox selects the comment for a decision on several at once, the
 * buttons decide for this comment alone (decision=approve:<id>), so all of it works without JavaScript
 */
export function CommentModerationItem({ comment }: { comment: ModerationItem }) {
  const { t } = useTranslation("admin-moderation");
  const edition = findEdition(comment.edition);
  const headingId = `comment-${comment.id}-heading`;
  return (
    <li className="rounded bg-surface p-4 shadow" data-comment-id={comment.id}>
      <article aria-labelledby={headingId}>
        <div className="flex flex-wrap items-start gap-3">
          <input
            type="checkbox"
            name="id"
            value={comment.id}
            aria-label={t("comments.select", { name: comment.authorName })}
            className="mt-1 size-4 accent-brand"
          />
          <div className="min-w-0 flex-1">
            <h2 id={headingId} className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
              {/* A reader's name may be in any script: isolate its direction */}
              <bdi className="font-semibold">{comment.authorName}</bdi>
              <span className="text-sm text-stone-600">{comment.createdAt}</span>
              <CommentStatusBadge status={comment.status} />
            </h2>
            <p className="mt-1 text-sm text-stone-700">
              {t("comments.onArticle")}{" "}
              <a
                href={`${href(comment.edition, "article", comment.articleSlug)}#comments`}
                lang={comment.edition}
                dir={edition?.dir}
                className="font-medium text-brand hover:underline"
              >
                {comment.articleTitle}
              </a>{" "}
              · <bdi lang={comment.edition}>{edition?.nativeName ?? comment.edition}</bdi>
            </p>
            {/* In the article's direction, as readers will see it under the article */}
            <p lang={comment.edition} dir={edition?.dir} className="mt-3 whitespace-pre-line break-words text-stone-900">
              {comment.body}
            </p>
            <div className="mt-3 flex flex-wrap gap-2">
              {decisionsFor(comment.status).map((decision) => (
                <button
                  key={decision}
                  type="submit"
                  name="decision"
                  value={`${decision}:${comment.id}`}
                  className={`${secondaryButtonClassName} text-sm`}
                >
                  {t(`comments.actions.${decision}`)}
                  {/* "Approve comment by Sara on <article>": every comment's buttons have their own names */}
                  <span className="sr-only"> {t("comments.actionTarget", { name: comment.authorName, article: comment.articleTitle })}</span>
                </button>
              ))}
            </div>
          </div>
        </div>
      </article>
    </li>
  );
}
