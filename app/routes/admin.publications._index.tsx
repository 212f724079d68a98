import type { LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { resolveInterfaceLanguage } from "~/admin/interface-language.server";
import { requireUserWith } from "~/auth/guard.server";
import { can, editionsOf } from "~/auth/permissions";
import { AdminPagination, EditionFilter, EmptyState, Flash, FilterButton, StatusBadge, StatusFilter } from "~/components/admin/AdminUi";
import { NewItemChooser } from "~/components/admin/NewItemChooser";
import { articleStatuses, publicationKinds, type ArticleStatus, type PublicationKind } from "~/db/schema";
import { defaultEdition, findEdition } from "~/editions";
import { listPublications } from "~/models/admin-publications.server";
import { smallestImageUrl } from "~/uploads/image-urls";
import { formatDateTime, formatNumber } from "~/utils/format";

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
  const kind = oneOf<PublicationKind>(publicationKinds, params.get("kind"));
  const status = oneOf<ArticleStatus>(articleStatuses, params.get("status"));
  const pageParam = params.get("page") ?? "1";
  const page = /^[1-9][0-9]{0,5}$/.test(pageParam) ? Number(pageParam) : 1;
  const listing = await listPublications({ editions, edition, kind, status, page });
  return {
    editions,
    filters: { edition: edition ?? "", kind: kind ?? "", status: status ?? "" },
    publications: listing.publications.map((publication) => ({
      id: publication.id,
      edition: publication.edition,
      kind: publication.kind,
      title: publication.title,
      status: publication.status,
      cover: publication.coverImage ? smallestImageUrl(publication.coverImage) : null,
      issueNumber: publication.issueNumber,
      editionYear: publication.editionYear === null ? null : formatNumber(interfaceEdition, publication.editionYear),
      updatedAt: formatDateTime(interfaceEdition, publication.updatedAt),
    })),
    total: listing.total,
    page: listing.page,
    pageCount: listing.pageCount,
  };
}

export default function PublicationList() {
  const { editions, filters, publications, total, page, pageCount } = useLoaderData<typeof loader>();
  const { t } = useTranslation(["admin-media", "admin"]);
  return (
    <section aria-labelledby="page-title" className="space-y-6">
      <title>{`${t("publications.title")} | ${t("admin:title")}`}</title>
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h1 id="page-title" className="text-2xl font-bold">
          {t("publications.title")}
        </h1>
        <Link to="/admin/uploads" className="text-brand hover:underline">
          {t("uploads.title")}
        </Link>
      </div>
      <Flash />
      <NewItemChooser
        action="/admin/publications/new"
        legend={t("publications.new")}
        editions={editions}
        kinds={publicationKinds}
        kindLabel={(kind) => t(`publications.kinds.${kind}`)}
      />
      <Form method="get" className="flex flex-wrap items-end gap-3">
        <EditionFilter available={editions} value={filters.edition} />
        <label className="flex flex-col text-sm">
          <span className="font-semibold">{t("kind")}</span>
          <select name="kind" defaultValue={filters.kind} className="mt-1 rounded border border-stone-400 bg-white px-2 py-1.5">
            <option value="">{t("anyKind")}</option>
            {publicationKinds.map((kind) => (
              <option key={kind} value={kind}>
                {t(`publications.kinds.${kind}`)}
              </option>
            ))}
          </select>
        </label>
        <StatusFilter value={filters.status} />
        <FilterButton />
      </Form>
      <p className="text-sm text-stone-600">{t("publications.count", { count: total })}</p>
      {publications.length === 0 ? (
        <EmptyState />
      ) : (
        <ul className="divide-y divide-stone-200 rounded bg-white shadow">
          {publications.map((publication) => {
            const edition = findEdition(publication.edition);
            return (
              <li key={publication.id} className="flex items-center gap-4 p-3">
                {publication.cover ? (
                  <img src={publication.cover} alt="" loading="lazy" className="aspect-[3/4] w-12 shrink-0 rounded bg-stone-100 object-cover" />
                ) : (
                  <span className="aspect-[3/4] w-12 shrink-0 rounded bg-stone-100" />
                )}
                <div className="min-w-0 flex-1">
                  <Link to={`/admin/publications/${publication.id}`} lang={publication.edition} dir={edition?.dir} className="font-semibold text-brand hover:underline">
                    {publication.title}
                  </Link>
                  <p className="mt-1 flex flex-wrap gap-x-3 text-sm text-stone-600">
                    <span>{edition?.nativeName ?? publication.edition}</span>
                    <span>{t(`publications.kinds.${publication.kind}`)}</span>
                    {publication.issueNumber !== null ? <span>{t("publications.issue", { number: publication.issueNumber })}</span> : null}
                    {publication.editionYear !== null ? <span>{publication.editionYear}</span> : null}
                    <span>{publication.updatedAt}</span>
                  </p>
                </div>
                <StatusBadge status={publication.status} />
              </li>
            );
          })}
        </ul>
      )}
      <AdminPagination page={page} pageCount={pageCount} />
    </section>
  );
}
