// The Markdown body of an article or a page, with a preview that works without JavaScript: the
// "Preview" button submits the form with intent=preview, the action renders the body with the very
// renderer and sanitizer readers get (app/utils/markdown.server.ts, previewMarkdown below) and the
// form comes back, unsaved, with the preview under it.
import { useActionData } from "@remix-run/react";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import type { FieldProblem } from "~/admin/form-validation.server";
import { TextArea } from "~/components/form/TextArea";
import type { Edition } from "~/editions";
import { secondaryButtonClassName, useFieldProblemText } from "./AdminUi";

export const previewIntent = "preview";

export function MarkdownField({
  name = "body",
  label,
  defaultValue,
  problem,
  edition,
  maxLength,
  previewHtml,
}: {
  name?: string;
  label: string;
  defaultValue?: string;
  problem?: FieldProblem;
  edition: Edition;
  maxLength: number;
  /** Set when the form comes back from a preview: the sanitized HTML readers would see */
  previewHtml?: string | null;
}) {
  const { t } = useTranslation("admin");
  const problemText = useFieldProblemText();
  // Each answer to Preview moves the focus to the preview: it is below the fold, and its title is read out
  const answer = useActionData();
  const preview = useRef<HTMLElement>(null);
  useEffect(() => {
    if (previewHtml != null) preview.current?.focus();
  }, [answer, previewHtml]);
  return (
    <div className="space-y-3">
      <TextArea
        name={name}
        label={label}
        hint={t("markdown.hint")}
        defaultValue={defaultValue}
        errors={problemText(problem)}
        lang={edition.code}
        dir={edition.dir}
        rows={18}
        maxLength={maxLength}
      />
      {/* formNoValidate: previewing an unfinished article is fine */}
      <button type="submit" name="intent" value={previewIntent} formNoValidate className={secondaryButtonClassName}>
        {t("markdown.preview")}
      </button>
      {previewHtml != null ? (
        <section ref={preview} tabIndex={-1} aria-labelledby="markdown-preview-title" className="rounded border-2 border-dashed border-brand/40 bg-surface p-4">
          <h2 id="markdown-preview-title" className="text-sm font-semibold uppercase tracking-wide text-stone-600">
            {t("markdown.previewTitle")}
          </h2>
          <div
            lang={edition.code}
            dir={edition.dir}
            className="prose-article mt-3 text-[1.075rem]"
            data-content
            style={{ fontFamily: edition.fontFamily }}
            dangerouslySetInnerHTML={{ __html: previewHtml }}
          />
        </section>
      ) : null}
    </div>
  );
}
