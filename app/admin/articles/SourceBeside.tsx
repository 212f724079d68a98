// Translating side by side: the source's text of a field, read only, in its own language and direction,
// at the start of a row whose other half is the translation's field (in the target's direction). On the
// translate screen each source text has a "copy" button: a submit button, so it works without JavaScript
// (the server answers the form with that one field filled from the source).
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { CopyableField, SourceTexts } from "./translation-fields";
import { findEdition } from "~/editions";
import { secondaryButtonClassName } from "~/admin/ui/AdminUi";

export function SourceBeside({
  source,
  field,
  label,
  copy,
  stacked,
  children,
}: {
  source: SourceTexts | null;
  field: CopyableField;
  label: string;
  /** Offer the "copy into the translation" button */
  copy?: boolean;
  /** In a narrow column: the source above the field rather than beside it */
  stacked?: boolean;
  children: ReactNode;
}) {
  const { t } = useTranslation("admin-articles");
  if (!source) return <>{children}</>;
  const edition = findEdition(source.edition);
  const text = source[field];
  const id = `source-${field}`;
  return (
    <div className={`grid gap-3 ${stacked ? "" : "lg:grid-cols-2"}`} data-source-field={field}>
      <div className="rounded border border-dashed border-stone-500 bg-stone-50 p-3">
        <p id={id} className="text-sm font-semibold text-stone-700">
          {t("source.label", { field: label, edition: edition?.nativeName ?? source.edition })}
        </p>
        {text ? (
          <div
            lang={source.edition}
            dir={edition?.dir}
            aria-labelledby={id}
            // Long bodies scroll; a scrollable region must be reachable by keyboard
            tabIndex={field === "body" ? 0 : undefined}
            role={field === "body" ? "region" : undefined}
            className={`mt-1 whitespace-pre-wrap break-words text-stone-900 ${field === "body" ? "max-h-96 overflow-auto" : ""}`}
          >
            {text}
          </div>
        ) : (
          <p className="mt-1 text-sm text-stone-600">{t("source.empty")}</p>
        )}
        {copy && text ? (
          <button type="submit" name="copy" value={field} formNoValidate className={`${secondaryButtonClassName} mt-2 text-sm`}>
            {t("source.copy", { field: label })}
          </button>
        ) : null}
      </div>
      <div>{children}</div>
    </div>
  );
}
