import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireEditor } from "~/auth/guard.server";
import { can, editionsOf } from "~/auth/permissions";
import { getDb } from "~/db/database.server";
import { findEdition } from "~/editions";
import { loadDashboard } from "~/models/dashboard.server";
import { formatDateTime, formatNumber } from "~/utils/format";

export async function loader({ request }: LoaderFunctionArgs) {
  const { user, interfaceEdition } = await requireEditor(request, "translation.edit");
  const dashboard = await loadDashboard(await getDb(), editionsOf(user));
  // Dates and numbers are written on the server, whose ICU knows every edition's locale
  const listed = (rows: typeof dashboard.drafts, date: "updatedAt" | "publishedAt") =>
    rows.map((row) => ({ id: row.id, edition: row.edition, title: row.title, when: row[date] ? formatDateTime(interfaceEdition, row[date]) : "" }));
  return {
    counts: Object.fromEntries(Object.entries(dashboard.counts).map(([key, value]) => [key, formatNumber(interfaceEdition, value)])) as Record<
      keyof typeof dashboard.counts,
      string
    >,
    drafts: listed(dashboard.drafts, "updatedAt"),
    scheduled: listed(dashboard.scheduled, "publishedAt"),
    translations: {
      items: dashboard.translations.items.map((row) => ({ id: row.id, edition: row.edition, title: row.title, stale: row.stale, proposed: row.proposed, when: formatDateTime(interfaceEdition, row.updatedAt) })),
      perEdition: dashboard.translations.perEdition.map((row) => ({ edition: row.edition, count: formatNumber(interfaceEdition, row.count) })),
    },
    show: { moderation: can(user, "comments.moderate"), inbox: can(user, "inbox.read") },
    editions: editionsOf(user),
  };
}

export default function Dashboard() {
  const { counts, drafts, scheduled, translations, show, editions } = useLoaderData<typeof loader>();
  const { t } = useTranslation("admin");
  const cards = [
    { key: "drafts", to: "/admin/articles?status=draft", shown: true },
    { key: "scheduled", to: "/admin/articles?status=scheduled", shown: true },
    { key: "pendingComments", to: "/admin/comments", shown: show.moderation },
    { key: "newMessages", to: "/admin/messages", shown: show.inbox },
  ] as const;

  return (
    <section aria-labelledby="page-title">
      <title>{`${t("dashboard.title")} | ${t("title")}`}</title>
      <h1 id="page-title" className="text-2xl font-bold">
        {t("dashboard.title")}
      </h1>
      <p className="mt-1 text-stone-700">{t("dashboard.editions", { editions: editions.map((code) => findEdition(code)?.nativeName ?? code).join(" · ") })}</p>
      <ul className="mt-6 grid grid-cols-2 gap-4 lg:grid-cols-4">
        {cards
          .filter((card) => card.shown)
          .map((card) => (
            <li key={card.key}>
              <Link to={card.to} className="block rounded bg-surface p-4 shadow hover:ring-2 hover:ring-brand/40">
                <span className="block text-3xl font-bold text-brand">{counts[card.key]}</span>
                <span className="mt-1 block text-stone-800">{t(`dashboard.${card.key}`)}</span>
              </Link>
            </li>
          ))}
      </ul>
      <div className="mt-8 grid gap-6 lg:grid-cols-2">
        {(
          [
            ["recentDrafts", drafts],
            ["upcoming", scheduled],
          ] as const
        ).map(([heading, rows]) => (
          <section key={heading} aria-labelledby={`${heading}-title`} className="rounded bg-surface p-4 shadow">
            <h2 id={`${heading}-title`} className="text-lg font-semibold">
              {t(`dashboard.${heading}`)}
            </h2>
            {rows.length === 0 ? (
              <p className="mt-3 text-stone-600">{t("dashboard.none")}</p>
            ) : (
              <ul className="mt-3 divide-y divide-stone-200">
                {rows.map((row) => (
                  <li key={row.id} className="flex flex-wrap items-baseline justify-between gap-2 py-2">
                    <Link to={`/admin/articles/${row.id}`} lang={row.edition} dir={findEdition(row.edition)?.dir} className="font-medium text-brand hover:underline">
                      {row.title}
                    </Link>
                    <span className="text-sm text-stone-600">
                      {/* bdi: an edition's name in its own script must not reorder the date beside it */}
                      <bdi lang={row.edition}>{findEdition(row.edition)?.nativeName}</bdi> · <bdi>{row.when}</bdi>
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </section>
        ))}
      </div>
      <TranslationQueue queue={translations} />
    </section>
  );
}

/** Translations of the user's editions older than their source, or with a proposed update: counts per edition, oldest first */
function TranslationQueue({
  queue,
}: {
  queue: { items: { id: number; edition: string; title: string; stale: boolean; proposed: boolean; when: string }[]; perEdition: { edition: string; count: string }[] };
}) {
  const { t } = useTranslation("admin");
  return (
    <section aria-labelledby="translation-queue-title" className="mt-8 rounded bg-surface p-4 shadow">
      <h2 id="translation-queue-title" className="text-lg font-semibold">
        {t("dashboard.translationQueue")}
      </h2>
      {queue.items.length === 0 ? (
        <p className="mt-3 text-stone-600">{t("dashboard.none")}</p>
      ) : (
        <>
          <ul className="mt-3 flex flex-wrap gap-3" aria-label={t("dashboard.translationCounts")}>
            {queue.perEdition.map((row) => (
              <li key={row.edition} data-edition={row.edition}>
                <Link to={`/admin/articles?edition=${row.edition}&stale=1`} className="rounded bg-orange-50 px-3 py-1 text-orange-950 hover:underline">
                  <bdi lang={row.edition}>{findEdition(row.edition)?.nativeName}</bdi>: <bdi>{row.count}</bdi>
                </Link>
              </li>
            ))}
          </ul>
          <ul className="mt-3 divide-y divide-stone-200">
            {queue.items.map((row) => (
              <li key={row.id} className="flex flex-wrap items-baseline justify-between gap-2 py-2">
                <Link to={`/admin/articles/${row.id}`} lang={row.edition} dir={findEdition(row.edition)?.dir} className="font-medium text-brand hover:underline">
                  {row.title}
                </Link>
                <span className="text-sm text-stone-600">
                  {row.proposed ? t("dashboard.proposed") : t("dashboard.stale")} · <bdi lang={row.edition}>{findEdition(row.edition)?.nativeName}</bdi> · <bdi>{row.when}</bdi>
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
