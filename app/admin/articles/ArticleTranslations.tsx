// The translation group of an article on its edit page: the other editions' versions with their status
// and whether they lag behind their source, and the form that starts a translation into another edition.
import { Form, Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { ArticleStatus } from "~/db/schema";
import { findEdition } from "~/editions";
import { EditionOptions, secondaryButtonClassName, StatusBadge } from "~/admin/ui/AdminUi";

export interface TranslationView {
  id: number;
  edition: string;
  title: string;
  status: ArticleStatus;
  stale: boolean;
  href: string;
}

/** The flag of a translation made before its source's last edit */
export function StaleFlag() {
  const { t } = useTranslation("admin-articles");
  return <span className="inline-block rounded bg-orange-100 px-2 py-0.5 text-xs font-semibold text-orange-900">{t("translations.stale")}</span>;
}

/** The flag of a translation with a translator's proposed update waiting for an editor */
export function ProposedFlag() {
  const { t } = useTranslation("admin-articles");
  return <span className="inline-block rounded bg-sky-100 px-2 py-0.5 text-xs font-semibold text-sky-900">{t("revision.title")}</span>;
}

export function TranslationsPanel({
  translations,
  translatedFrom,
  stale,
}: {
  translations: TranslationView[];
  /** The article this one was translated from, when it still exists */
  translatedFrom: TranslationView | null;
  /** This article is a translation older than its source's last edit */
  stale: boolean;
}) {
  const { t } = useTranslation("admin-articles");
  return (
    <section aria-labelledby="translations-title" className="rounded bg-surface p-4 shadow">
      <h2 id="translations-title" className="text-lg font-semibold">
        {t("translations.title")}
      </h2>
      {translatedFrom ? (
        <p className="mt-2 text-sm">
          {t("translations.translatedFrom")}{" "}
          <Link to={translatedFrom.href} lang={translatedFrom.edition} dir={findEdition(translatedFrom.edition)?.dir} className="text-brand underline hover:no-underline">
            {translatedFrom.title}
          </Link>{" "}
          (<bdi lang={translatedFrom.edition}>{findEdition(translatedFrom.edition)?.nativeName}</bdi>)
        </p>
      ) : null}
      {stale ? (
        <p role="note" className="mt-2 rounded border-s-4 border-orange-600 bg-orange-50 px-3 py-2 text-sm text-orange-950">
          {t("translations.thisStale")}
        </p>
      ) : null}
      {translations.length === 0 ? (
        <p className="mt-2 text-sm text-stone-600">{t("translations.none")}</p>
      ) : (
        <ul className="mt-2 divide-y divide-stone-200">
          {translations.map((translation) => {
            const edition = findEdition(translation.edition);
            return (
              <li key={translation.id} className="flex flex-wrap items-center gap-2 py-2" data-edition={translation.edition}>
                <span className="w-20 shrink-0 text-sm text-stone-700" lang={translation.edition}>
                  {edition?.nativeName ?? translation.edition}
                </span>
                <Link to={translation.href} lang={translation.edition} dir={edition?.dir} className="min-w-0 flex-1 text-brand hover:underline">
                  {translation.title}
                </Link>
                <StatusBadge status={translation.status} />
                {translation.stale ? <StaleFlag /> : null}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

/** "Translate into …": opens the translate screen for the chosen edition (a GET: nothing is made yet) */
export function TranslateForm({ sourceId, targets }: { sourceId: number; targets: string[] }) {
  const { t } = useTranslation("admin-articles");
  if (targets.length === 0) return null;
  return (
    <Form method="get" action={`/admin/articles/${sourceId}/translate`} className="flex flex-wrap items-end gap-3 rounded bg-surface p-4 shadow">
      <div className="flex flex-col">
        <label htmlFor="translate-edition" className="font-semibold">
          {t("translate.into")}
        </label>
        <select id="translate-edition" name="into" className="mt-1 rounded border border-stone-500 bg-surface px-2 py-1.5">
          <EditionOptions available={targets} />
        </select>
      </div>
      <button type="submit" className={secondaryButtonClassName}>
        {t("translate.open")}
      </button>
    </Form>
  );
}
