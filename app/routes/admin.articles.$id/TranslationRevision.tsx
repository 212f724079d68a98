// On a translation's edit page: what changed in its source since the version it follows (removed and
// added text, in the source's language), and a translator's proposed update with the editor's one
// action to publish it (docs/decisions/016).
import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { ChangePart } from "./source-changes";
import { findEdition } from "~/editions";
import { buttonClassName, secondaryButtonClassName } from "~/admin/ui/AdminUi";
import { CsrfField } from "~/admin/ui/CsrfField";

export function SourceChangesPanel({ edition, changes }: { edition: string; changes: ChangePart[] | "unknown" }) {
  const { t } = useTranslation("admin-articles");
  const dir = findEdition(edition)?.dir;
  return (
    <section aria-labelledby="source-changes-title" className="rounded bg-surface p-4 shadow">
      <h2 id="source-changes-title" className="text-lg font-semibold">
        {t("sourceChanges.title")}
      </h2>
      {changes === "unknown" ? (
        <p className="mt-2 text-sm text-stone-700">{t("sourceChanges.unknown")}</p>
      ) : (
        <p lang={edition} dir={dir} className="mt-2 whitespace-pre-wrap leading-relaxed text-stone-700">
          {changes.map((part, index) =>
            part.kind === "same" ? (
              <span key={index}>{part.text}</span>
            ) : part.kind === "added" ? (
              <ins key={index} className="bg-emerald-50 text-emerald-950 no-underline" data-change="added">
                <span className="sr-only">{t("sourceChanges.added")}: </span>
                {part.text}
              </ins>
            ) : (
              <del key={index} className="bg-red-50 text-red-950" data-change="removed">
                <span className="sr-only">{t("sourceChanges.removed")}: </span>
                {part.text}
              </del>
            ),
          )}
        </p>
      )}
    </section>
  );
}

export interface RevisionView {
  title: string;
  excerpt: string;
  body: string;
  inSync: boolean;
  proposedBy: string | null;
  when: string;
}

/** The proposal as an editor of the edition sees it: its texts, and publish or discard */
export function RevisionPanel({ revision, edition }: { revision: RevisionView; edition: string }) {
  const { t } = useTranslation("admin-articles");
  const dir = findEdition(edition)?.dir;
  return (
    <section aria-labelledby="revision-title" className="rounded border-s-4 border-sky-700 bg-surface p-4 shadow">
      <h2 id="revision-title" className="text-lg font-semibold">
        {t("revision.title")}
      </h2>
      <p className="mt-1 text-sm text-stone-700">{t("revision.by", { who: revision.proposedBy ?? "—", when: revision.when })}</p>
      <p className="mt-1 text-sm font-semibold">{revision.inSync ? t("revision.inSync") : t("revision.notInSync")}</p>
      <div lang={edition} dir={dir} className="mt-3 space-y-2">
        <p className="text-lg font-semibold">{revision.title}</p>
        {revision.excerpt ? <p className="text-stone-800">{revision.excerpt}</p> : null}
        <div className="max-h-96 overflow-auto whitespace-pre-wrap text-stone-900">{revision.body}</div>
      </div>
      <Form method="post" className="mt-4 flex flex-wrap gap-3">
        <CsrfField />
        <button type="submit" name="intent" value="publishRevision" className={buttonClassName}>
          {t("revision.publish")}
        </button>
        <button type="submit" name="intent" value="discardRevision" className={secondaryButtonClassName}>
          {t("revision.discard")}
        </button>
      </Form>
    </section>
  );
}
