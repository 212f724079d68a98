import type { LoaderFunctionArgs } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireEditor } from "~/auth/guard.server";
import { editionsOf } from "~/auth/permissions";
import { AdminPagination, EditionFilter, EmptyState, FilterButton } from "~/admin/ui/AdminUi";
import { MessageList, MessageTabs } from "./MessageInbox";
import { getDb } from "~/db/database.server";
import { isContactMessageStatus, listInbox } from "~/models/admin-messages.server";
import { formatDateTime, formatNumber } from "~/utils/format";
import { pageNumber } from "~/admin/list-filters";

export const handle = { i18n: ["admin-moderation"] };

export async function loader({ request }: LoaderFunctionArgs) {
  // Dates and numbers are written on the server, whose ICU knows every edition's locale
  const { user, interfaceEdition } = await requireEditor(request, "inbox.read");
  const params = new URL(request.url).searchParams;
  const editions = editionsOf(user);
  const requestedStatus = params.get("status");
  const status = isContactMessageStatus(requestedStatus) ? requestedStatus : "new";
  const requestedEdition = params.get("edition");
  const edition = requestedEdition && editions.includes(requestedEdition) ? requestedEdition : "";
  const inbox = await listInbox(await getDb(), {
    editions,
    status,
    edition: edition || undefined,
    page: pageNumber(params.get("page")),
  });
  const done = params.get("done");
  return {
    messages: inbox.rows.map((row) => ({ ...row, createdAt: formatDateTime(interfaceEdition, row.createdAt) })),
    counts: {
      new: formatNumber(interfaceEdition, inbox.counts.new),
      read: formatNumber(interfaceEdition, inbox.counts.read),
      archived: formatNumber(interfaceEdition, inbox.counts.archived),
    },
    status,
    edition,
    editions,
    page: inbox.page,
    pageCount: inbox.pageCount,
    notice: done === "archived" || done === "restored" ? done : null,
  };
}

export default function Inbox() {
  const { messages, counts, status, edition, editions, page, pageCount, notice } = useLoaderData<typeof loader>();
  const { t } = useTranslation("admin-moderation");

  return (
    <section aria-labelledby="page-title">
      <title>{`${t("messages.title")} | ${t("admin:title")}`}</title>
      <h1 id="page-title" className="text-2xl font-bold">
        {t("messages.title")}
      </h1>
      {notice ? (
        <p role="status" className="mt-4 rounded border-s-4 border-emerald-700 bg-emerald-50 px-4 py-3 font-semibold text-emerald-900">
          {t(`messages.notice.${notice}`)}
        </p>
      ) : null}
      <MessageTabs status={status} edition={edition} counts={counts} />
      <Form method="get" className="mt-4 flex flex-wrap items-end gap-3 rounded bg-surface p-4 shadow">
        <input type="hidden" name="status" value={status} />
        <EditionFilter available={editions} value={edition} />
        <FilterButton />
      </Form>
      <div className="mt-4">{messages.length === 0 ? <EmptyState>{t("messages.empty")}</EmptyState> : <MessageList messages={messages} />}</div>
      <AdminPagination page={page} pageCount={pageCount} />
    </section>
  );
}
