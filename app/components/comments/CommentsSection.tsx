import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Field } from "~/components/form/Field";
import { ErrorSummary, summaryErrors } from "~/components/form/ErrorSummary";
import { SecurityFields } from "~/components/form/SecurityFields";
import { SubmitButton } from "~/components/form/SubmitButton";
import { TextArea } from "~/components/form/TextArea";
import { PublishedDate } from "~/components/PublishedDate";
import { useMirror } from "~/mirror/context";
import { MirrorFormNote } from "~/mirror/MirrorFormNote";
import { commentFields, commentLimits, type CommentField, type CommentSubmission } from "./comment-fields";

export interface CommentItem {
  id: number;
  authorName: string;
  body: string;
  createdAt: Date;
}

/**
 * The comments under an article: the approved ones, oldest first, then the form. Comment text is
 * rendered as plain text (React escapes it), never as HTML.
 */
export function CommentsSection({
  comments,
  action,
  awaitingModeration,
  submission,
  now,
}: {
  comments: CommentItem[];
  /** The article's canonical path: the form posts there whatever query the page was opened with */
  action: string;
  /** The reader just sent a comment (post/redirect/get): say it waits for moderation */
  awaitingModeration: boolean;
  submission?: CommentSubmission;
  now: Date;
}) {
  const { t } = useTranslation(["comments", "forms"]);
  const mirror = useMirror();

  const errorsFor = (field: CommentField): string[] | undefined => {
    const key = submission?.errors[field];
    if (!key) return undefined;
    return [key === "required" ? t(`comments:required.${field}`) : t(`forms:errors.${key}`, { count: commentLimits[field] })];
  };
  const fieldProps = (field: CommentField) => ({
    name: field,
    label: t(`comments:form.${field}`),
    errors: errorsFor(field),
    defaultValue: submission?.values[field],
    maxLength: commentLimits[field],
    required: true,
  });

  return (
    <section id="comments" aria-labelledby="comments-title" className="mt-10 border-t border-stone-200 pt-6 print:hidden">
      <h2 id="comments-title" className="text-2xl font-bold">
        {t("comments:count", { count: comments.length })}
      </h2>
      {awaitingModeration ? (
        <p role="status" className="mt-4 rounded border-s-4 border-brand bg-surface px-4 py-3 font-semibold text-stone-800">
          {t("comments:awaitingModeration")}
        </p>
      ) : null}
      {comments.length > 0 ? (
        <ol className="mt-4 space-y-4">
          {comments.map((comment) => (
            <li key={comment.id} className="rounded-lg bg-surface p-4 shadow-sm ring-1 ring-stone-200">
              <article aria-labelledby={`comment-${comment.id}-author`}>
                <p className="flex flex-wrap items-baseline gap-x-3 text-sm text-stone-600">
                  {/* A name may be in another script than the edition's: isolate its direction */}
                  <bdi id={`comment-${comment.id}-author`} className="text-base font-semibold text-stone-900" data-content>
                    {comment.authorName}
                  </bdi>
                  <PublishedDate date={comment.createdAt} now={now} />
                </p>
                <p dir="auto" className="mt-2 whitespace-pre-line break-words" data-content>
                  {comment.body}
                </p>
              </article>
            </li>
          ))}
        </ol>
      ) : (
        <p className="mt-4 text-stone-600">{t("comments:none")}</p>
      )}
      <h3 id="comment-form-title" className="mt-8 text-xl font-bold">
        {t("comments:form.title")}
      </h3>
      {mirror ? (
        <MirrorFormNote kind="comments" path={`${action}#comments`} />
      ) : (
        <>
          <p className="mt-1 text-sm text-stone-600">{t("comments:form.intro")}</p>
          {/* noValidate: the server's messages, in the edition's language, rather than the browser's */}
          <Form method="post" action={action} noValidate aria-labelledby="comment-form-title" className="mt-4 max-w-2xl space-y-5">
            {submission?.errors ? (
              <ErrorSummary
                heading={t("comments:errorSummary")}
                errors={summaryErrors(commentFields, errorsFor, (field) => t(`comments:form.${field}`))}
              />
            ) : null}
            <SecurityFields honeypotLabel={t("forms:honeypotLabel")} />
            <Field {...fieldProps("name")} autoComplete="name" />
            {/* Addresses are written left to right whatever the edition's direction */}
            <Field {...fieldProps("email")} type="email" autoComplete="email" dir="ltr" hint={t("comments:form.emailHint")} />
            <TextArea {...fieldProps("comment")} rows={6} />
            <SubmitButton pendingLabel={t("forms:sending")}>{t("comments:form.submit")}</SubmitButton>
          </Form>
        </>
      )}
    </section>
  );
}
