import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { itemListFilters } from "~/admin/list-filters";
import { requireEditor } from "~/auth/guard.server";
import { can, editionsOf } from "~/auth/permissions";
import { ItemRow } from "~/admin/ui/AdminUi";
import { ItemListScreen } from "~/admin/ui/ItemListScreen";
import { mediaKinds } from "~/db/schema";
import { listMediaItems } from "~/models/admin-media.server";
import { formatDateTime } from "~/utils/format";
import { getDb } from "~/db/database.server";

export const handle = { i18n: ["admin-media"] };

export async function loader({ request }: LoaderFunctionArgs) {
  const { user, interfaceEdition } = await requireEditor(request, "content.edit");
  const editions = editionsOf(user).filter((code) => can(user, "content.edit", code));
  const { edition, kind, status, page } = itemListFilters(new URL(request.url).searchParams, editions, mediaKinds);
  const listing = await listMediaItems(await getDb(), { editions, edition, kind, status, page });
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
    <ItemListScreen
      title={t("media.title")}
      newAction="/admin/media/new"
      newLegend={t("media.new")}
      editions={editions}
      kinds={mediaKinds}
      kindLabel={(kind) => t(`media.kinds.${kind}`)}
      filters={filters}
      count={t("media.count", { count: total })}
      empty={items.length === 0}
      page={page}
      pageCount={pageCount}
    >
      {items.map((item) => (
        <ItemRow
          key={item.id}
          to={`/admin/media/${item.id}`}
          edition={item.edition}
          title={item.title}
          thumbnail={item.thumbnail}
          thumbnailShape="landscape"
          facts={[t(`media.kinds.${item.kind}`), t("media.imageCount", { count: item.imageCount }), item.updatedAt]}
          status={item.status}
        />
      ))}
    </ItemListScreen>
  );
}
