import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { itemListFilters } from "~/admin/list-filters";
import { requireEditor } from "~/auth/guard.server";
import { can, editionsOf } from "~/auth/permissions";
import { ItemRow } from "~/admin/ui/AdminUi";
import { ItemListScreen } from "~/admin/ui/ItemListScreen";
import { publicationKinds } from "~/db/schema";
import { listPublications } from "~/models/admin-publications.server";
import { smallestImageUrl } from "~/uploads/image-urls";
import { formatDateTime, formatNumber } from "~/utils/format";
import { getDb } from "~/db/database.server";

export const handle = { i18n: ["admin-media"] };

export async function loader({ request }: LoaderFunctionArgs) {
  const { user, interfaceEdition } = await requireEditor(request, "content.edit");
  const editions = editionsOf(user).filter((code) => can(user, "content.edit", code));
  const { edition, kind, status, page } = itemListFilters(new URL(request.url).searchParams, editions, publicationKinds);
  const listing = await listPublications(await getDb(), { editions, edition, kind, status, page });
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
    <ItemListScreen
      title={t("publications.title")}
      newAction="/admin/publications/new"
      newLegend={t("publications.new")}
      editions={editions}
      kinds={publicationKinds}
      kindLabel={(kind) => t(`publications.kinds.${kind}`)}
      filters={filters}
      count={t("publications.count", { count: total })}
      empty={publications.length === 0}
      page={page}
      pageCount={pageCount}
    >
      {publications.map((publication) => (
        <ItemRow
          key={publication.id}
          to={`/admin/publications/${publication.id}`}
          edition={publication.edition}
          title={publication.title}
          thumbnail={publication.cover}
          thumbnailShape="portrait"
          facts={[
            t(`publications.kinds.${publication.kind}`),
            publication.issueNumber !== null ? t("publications.issue", { number: publication.issueNumber }) : null,
            publication.editionYear,
            publication.updatedAt,
          ]}
          status={publication.status}
        />
      ))}
    </ItemListScreen>
  );
}
