import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, useLoaderData, useLocation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { commentStatuses, isCommentStatus, isModerationDecision } from "~/domain/comment-moderation";
import { readEditorialForm, requirePermission, requireEditor } from "~/auth/guard.server";
import { editionsOf } from "~/auth/permissions";
import { AdminPagination, EditionFilter, EmptyState, FilterButton, secondaryButtonClassName } from "~/admin/ui/AdminUi";
import { CommentModerationItem } from "./CommentModeration";
import { CsrfField } from "~/admin/ui/CsrfField";
import { getDb } from "~/db/database.server";
import { findCommentsToModerate, listModerationQueue, moderateComments } from "~/models/admin-comments.server";
import { formatDateTime, formatNumber } from "~/utils/format";
import { pageNumber } from "~/admin/list-filters";

export const handle = { i18n: ["admin-moderation"] };

/** The list's own query (filters and page), the only part of a URL the action sends the editor back to */
function listQuery(search: string): URLSearchParams {
  const given = new URLSearchParams(search);
  const kept = new URLSearchParams();
  for (const name of ["status", "edition", "page"]) {
    const value = given.get(name);
    if (value) kept.set(name, value);
  }
  return kept;
}

export async function loader({ request }: LoaderFunctionArgs) {
  // Dates and numbers are written on the server, whose ICU knows every edition's locale
  const { user, interfaceEdition } = await requireEditor(request, "comments.moderate");
  const params = new URL(request.url).searchParams;
  const editions = editionsOf(user);
  const status = params.get("status");
  const edition = params.get("edition");
  const queue = await listModerationQueue(await getDb(), {
    editions,
    status: isCommentStatus(status) ? status : undefined,
    edition: edition && editions.includes(edition) ? edition : undefined,
    page: pageNumber(params.get("page")),
  });
  const done = params.get("done");
  const count = Number.parseInt(params.get("count") ?? "", 10);
  return {
    comments: queue.rows.map((row) => ({ ...row, createdAt: formatDateTime(interfaceEdition, row.createdAt) })),
    page: queue.page,
    pageCount: queue.pageCount,
    total: formatNumber(interfaceEdition, queue.total),
    filters: { status: isCommentStatus(status) ? status : "", edition: edition && editions.includes(edition) ? edition : "" },
    editions,
    notice: isModerationDecision(done) && count >= 0 ? { decision: done, count } : done === "none" ? ("none" as const) : null,
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const { user, form } = await readEditorialForm(request);
  requirePermission(user, "comments.moderate");
  // "approve:12" decides for one comment (its own button), "approve" for the checked ones
  const [decision, single] = (form.get("decision")?.toString() ?? "").split(":");
  if (!isModerationDecision(decision)) throw new Response("Unknown decision", { status: 400 });
  const ids = (single ? [single] : form.getAll("id").map(String)).map(Number).filter((id) => Number.isSafeInteger(id) && id > 0);
  const back = listQuery(form.get("back")?.toString() ?? "");
  if (ids.length === 0) {
    back.set("done", "none");
    return redirect(`/admin/comments?${back.toString()}`);
  }
  const db = await getDb();
  const targets = await findCommentsToModerate(db, [...new Set(ids)]);
  if (targets.length === 0) throw new Response("Not Found", { status: 404 });
  // Every comment is checked against its own article's edition before any is changed
  for (const target of targets) requirePermission(user, "comments.moderate", target.edition);
  const changed = await moderateComments(db, user, targets, decision);
  back.set("done", decision);
  back.set("count", String(changed));
  return redirect(`/admin/comments?${back.toString()}`);
}

export default function CommentModerationQueue() {
  const { comments, page, pageCount, total, filters, editions, notice } = useLoaderData<typeof loader>();
  const { t } = useTranslation("admin-moderation");
  const location = useLocation();

  return (
    <section aria-labelledby="page-title">
      <title>{`${t("comments.title")} | ${t("admin:title")}`}</title>
      <h1 id="page-title" className="text-2xl font-bold">
        {t("comments.title")}
      </h1>
      <p className="mt-1 text-stone-700">{t("comments.intro")}</p>

      <Form method="get" className="mt-4 flex flex-wrap items-end gap-3 rounded bg-surface p-4 shadow">
        <label className="flex flex-col text-sm">
          <span className="font-semibold">{t("comments.filterStatus")}</span>
          <select name="status" defaultValue={filters.status} className="mt-1 rounded border border-stone-500 bg-surface px-2 py-1.5">
            <option value="">{t("comments.anyStatus")}</option>
            {commentStatuses.map((status) => (
              <option key={status} value={status}>
                {t(`comments.status.${status}`)}
              </option>
            ))}
          </select>
        </label>
        <EditionFilter available={editions} value={filters.edition} />
        <FilterButton />
      </Form>

      {notice ? (
        <p role="status" className="mt-4 rounded border-s-4 border-emerald-700 bg-emerald-50 px-4 py-3 font-semibold text-emerald-900">
          {notice === "none" ? t("comments.noneSelected") : notice.count === 0 ? t("comments.unchanged") : t(`comments.done.${notice.decision}`, { count: notice.count })}
        </p>
      ) : null}

      <p className="mt-4 text-sm text-stone-700">{t("comments.total", { total })}</p>
      {comments.length === 0 ? (
        <div className="mt-2">
          <EmptyState>{t("comments.empty")}</EmptyState>
        </div>
      ) : (
        <Form method="post" className="mt-2">
          <CsrfField />
          <input type="hidden" name="back" value={location.search} />
          {/* The choice of comments first, then the decision on them (in the order of focus too) */}
          <ul className="mt-3 space-y-3">
            {comments.map((comment) => (
              <CommentModerationItem key={comment.id} comment={comment} />
            ))}
          </ul>
          <fieldset className="mt-3 flex flex-wrap items-center gap-2 rounded bg-surface p-3 shadow">
            <legend className="sr-only">{t("comments.bulk")}</legend>
            <span aria-hidden="true" className="text-sm font-semibold">
              {t("comments.bulk")}
            </span>
            {(["approve", "reject", "spam"] as const).map((decision) => (
              <button key={decision} type="submit" name="decision" value={decision} className={`${secondaryButtonClassName} text-sm`}>
                {t(`comments.actions.${decision}`)}
                <span className="sr-only"> {t("comments.selectedTarget")}</span>
              </button>
            ))}
          </fieldset>
        </Form>
      )}
      <AdminPagination page={page} pageCount={pageCount} />
    </section>
  );
}
