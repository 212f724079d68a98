import type { LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { resolveInterfaceLanguage } from "~/admin/interface-language.server";
import { requireUserWith } from "~/auth/guard.server";
import { can, editionsOf } from "~/auth/permissions";
import { AdminPagination, EditionFilter, EmptyState, Flash, FilterButton, StatusBadge, StatusFilter } from "~/components/admin/AdminUi";
import { NewItemChooser } from "~/components/admin/NewItemChooser";
import { articleStatuses, mediaKinds, type ArticleStatus, type MediaKind } from "~/db/schema";
import { defaultEdition, findEdition } from "~/editions";
import { listMediaItems } from "~/models/admin-media.server";
import { formatDateTime } from "~/utils/format";

export const handle = { i18n: ["admin-media"] };

function oneOf<T extends string>(values: readonly T[], value: string | null): T | undefined {
  return (values as readonly string[]).includes(value ?? "") ? (value as T) : undefined;
}

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUserWith(request, "content.edit");
  const interfaceEdition = findEdition(await resolveInterfaceLanguage(request, user)) ?? defaultEdition;
  const editions = editionsOf(user).filter((code) => can(user, "content.edit", code));
  const params = new URL(request.url).searchParams;
  const edition = oneOf(editions, params.get("edition"));
  const kind = oneOf<MediaKind>(mediaKinds, params.get("kind"));
  const status = oneOf<ArticleStatus>(articleStatuses, params.get("status"));
  const pageParam = params.get("page") ?? "1";
  const page = /^[1-9][0-9]{0,5}$/.test(pageParam) ? Number(pageParam) : 1;
  const listing = await listMediaItems({ editions, edition, kind, status, page });
  return {
    editions,
    filters: { edition: edition ?? "", kind: kind ?? "", status: status ?? "" },
    items: listing.items.map((item) => ({
      id: item.id,
      edition: item.edition,
      kind: item.kind,
      title: item.title,
      status: item.status,
      thumbnail: item.firstImage,
      imageCount: item.imageCount,
      updatedAt: formatDateTime(interfaceEdition, item.updatedAt),
    })),
    total: listing.total,
    page: listing.page,
    pageCount: listing.pageCount,
  };
}

export default function MediaList() {
  const { editions, filters, items, total, page, pageCount } = useLoaderData<typeof loader>();
  const { t } = useTranslation(["admin-media", "admin"]);
  return (
    <section aria-labelledby="page-title" className="space-y-6">
      <title>{`${t("media.title")} | ${t("admin:title")}`}</title>
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h1 id="page-title" className="text-2xl font-bold">
          {t("media.title")}
        </h1>
        <Link to="/admin/uploads" className="text-brand hover:underline">
          {t("uploads.title")}
        </Link>
      </div>
      <Flash />
      <NewItemChooser action="/admin/media/new" legend={t("media.new")} editions={editions} kinds={mediaKinds} kindLabel={(kind) => t(`media.kinds.${kind}`)} />

      <Form method="get" className="flex flex-wrap items-end gap-3">
        <EditionFilter available={editions} value={filters.edition} />
        <label className="flex flex-col text-sm">
          <span className="font-semibold">{t("kind")}</span>
          <select name="kind" defaultValue={filters.kind} className="mt-1 rounded border border-stone-400 bg-white px-2 py-1.5">
            <option value="">{t("anyKind")}</option>
            {mediaKinds.map((kind) => (
              <option key={kind} value={kind}>
                {t(`media.kinds.${kind}`)}
              </option>
            ))}
          </select>
        </label>
        <StatusFilter value={filters.status} />
        <FilterButton />
      </Form>
      <p className="text-sm text-stone-600">{t("media.count", { count: total })}</p>

      {items.length === 0 ? (
        <EmptyState />
      ) : (
        <ul className="divide-y divide-stone-200 rounded bg-white shadow">
          {items.map((item) => {
            const edition = findEdition(item.edition);
            return (
              <li key={item.id} className="flex items-center gap-4 p-3">
                {item.thumbnail ? (
                  <img src={item.thumbnail} alt="" loading="lazy" className="aspect-video w-24 shrink-0 rounded bg-stone-100 object-cover" />
                ) : (
                  <span className="aspect-video w-24 shrink-0 rounded bg-stone-100" />
                )}
                <div className="min-w-0 flex-1">
                  <Link to={`/admin/media/${item.id}`} lang={item.edition} dir={edition?.dir} className="font-semibold text-brand hover:underline">
                    {item.title}
                  </Link>
                  <p className="mt-1 flex flex-wrap gap-x-3 text-sm text-stone-600">
                    <span>{edition?.nativeName ?? item.edition}</span>
                    <span>{t(`media.kinds.${item.kind}`)}</span>
                    <span>{t("media.imageCount", { count: item.imageCount })}</span>
                    <span>{item.updatedAt}</span>
                  </p>
                </div>
                <StatusBadge status={item.status} />
              </li>
            );
          })}
        </ul>
      )}
      <AdminPagination page={page} pageCount={pageCount} />
    </section>
  );
}
