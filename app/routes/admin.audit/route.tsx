import type { LoaderFunctionArgs } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireEditor } from "~/auth/guard.server";
import { AdminPagination, EmptyState, FilterButton } from "~/admin/ui/AdminUi";
import { AuditEntryRow, useEntityTypeLabel } from "./AuditLog";
import { getDb } from "~/db/database.server";
import { auditFilterChoices, listAuditEntries } from "~/models/audit.server";
import { formatDateTime, formatNumber } from "~/utils/format";
import { pageNumber } from "~/admin/list-filters";

export const handle = { i18n: ["admin-accounts"] };

const pageSize = 50;

export async function loader({ request }: LoaderFunctionArgs) {
  // Times are written on the server, whose ICU knows every edition's locale and time zone
  const { interfaceEdition } = await requireEditor(request, "audit.read");
  const params = new URL(request.url).searchParams;
  const db = await getDb();
  const choices = await auditFilterChoices(db);
  const entityType = choices.entityTypes.find((type) => type === params.get("type")) ?? "";
  const actor = choices.actors.find((candidate) => String(candidate.id) === params.get("actor"));
  const page = pageNumber(params.get("page"));
  const { rows, total } = await listAuditEntries(db, { limit: pageSize, offset: (page - 1) * pageSize, entityType: entityType || undefined, actorId: actor?.id });
  return {
    entries: rows.map((row) => ({
      id: row.id,
      createdAt: formatDateTime(interfaceEdition, row.createdAt),
      actorEmail: row.actorEmail,
      action: row.action,
      entityType: row.entityType,
      entityId: row.entityId,
      edition: row.edition,
      summary: row.summary,
    })),
    total: formatNumber(interfaceEdition, total),
    page,
    pageCount: Math.max(1, Math.ceil(total / pageSize)),
    choices,
    filters: { type: entityType, actor: actor ? String(actor.id) : "" },
  };
}

const selectClassName = "mt-1 rounded border border-stone-500 bg-surface px-2 py-1.5";

export default function AuditLog() {
  const { entries, total, page, pageCount, choices, filters } = useLoaderData<typeof loader>();
  const { t } = useTranslation("admin-accounts");
  const entityLabel = useEntityTypeLabel();

  return (
    <section aria-labelledby="page-title">
      <title>{`${t("audit.title")} | ${t("admin:title")}`}</title>
      <h1 id="page-title" className="text-2xl font-bold">
        {t("audit.title")}
      </h1>
      <p className="mt-1 text-stone-700">{t("audit.intro")}</p>
      <Form method="get" className="mt-4 flex flex-wrap items-end gap-3 rounded bg-surface p-4 shadow">
        <label className="flex flex-col text-sm">
          <span className="font-semibold">{t("audit.filters.type")}</span>
          <select name="type" defaultValue={filters.type} className={selectClassName}>
            <option value="">{t("audit.filters.anyType")}</option>
            {choices.entityTypes.map((type) => (
              <option key={type} value={type}>
                {entityLabel(type)}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col text-sm">
          <span className="font-semibold">{t("audit.filters.actor")}</span>
          <select name="actor" defaultValue={filters.actor} className={selectClassName}>
            <option value="">{t("audit.filters.anyActor")}</option>
            {choices.actors.map((actor) => (
              <option key={actor.id} value={actor.id}>
                {actor.email}
              </option>
            ))}
          </select>
        </label>
        <FilterButton />
      </Form>
      <p className="mt-4 text-sm text-stone-700">{t("audit.total", { total })}</p>
      {entries.length === 0 ? (
        <div className="mt-2">
          <EmptyState />
        </div>
      ) : (
        <div className="mt-2 overflow-x-auto rounded bg-surface shadow">
          <table className="w-full text-sm">
            <thead className="border-b border-stone-300 bg-stone-50">
              <tr>
                {(["when", "actor", "action", "entity", "edition", "summary"] as const).map((column) => (
                  <th key={column} scope="col" className="px-4 py-2 text-start">
                    {t(`audit.columns.${column}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="divide-y divide-stone-200">
              {entries.map((entry) => (
                <AuditEntryRow key={entry.id} entry={entry} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      <AdminPagination page={page} pageCount={pageCount} />
    </section>
  );
}
