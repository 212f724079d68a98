// The list screen of media items and of publications: its title with the way to the uploads, the first
// step of a new item (edition and kind), the filters, the count, the rows (ItemRow) and the pages.
import { Form, Link } from "@remix-run/react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { AdminPagination, EditionFilter, EmptyState, FilterButton, Flash, KindFilter, StatusFilter } from "./AdminUi";
import { NewItemChooser } from "./NewItemChooser";

export function ItemListScreen<Kind extends string>({
  title,
  newAction,
  newLegend,
  editions,
  kinds,
  kindLabel,
  filters,
  count,
  empty,
  page,
  pageCount,
  children,
}: {
  title: string;
  /** The address of the new item's screen, and the legend of its first step */
  newAction: string;
  newLegend: string;
  /** The editions the editor works on */
  editions: readonly string[];
  kinds: readonly Kind[];
  kindLabel: (kind: Kind) => string;
  filters: { edition: string; kind: string; status: string };
  /** "12 media items" */
  count: string;
  empty: boolean;
  page: number;
  pageCount: number;
  /** The rows */
  children: ReactNode;
}) {
  const { t } = useTranslation(["admin-media", "admin"]);
  return (
    <section aria-labelledby="page-title" className="space-y-6">
      <title>{`${title} | ${t("admin:title")}`}</title>
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h1 id="page-title" className="text-2xl font-bold">
          {title}
        </h1>
        <Link to="/admin/uploads" className="text-brand underline hover:no-underline">
          {t("uploads.title")}
        </Link>
      </div>
      <Flash />
      <NewItemChooser action={newAction} legend={newLegend} editions={editions} kinds={kinds} kindLabel={kindLabel} />
      <Form method="get" className="flex flex-wrap items-end gap-3">
        <EditionFilter available={editions} value={filters.edition} />
        <KindFilter kinds={kinds} value={filters.kind} label={t("kind")} anyLabel={t("anyKind")} kindLabel={kindLabel} />
        <StatusFilter value={filters.status} />
        <FilterButton />
      </Form>
      <p className="text-sm text-stone-600">{count}</p>
      {empty ? <EmptyState /> : <ul className="divide-y divide-stone-200 rounded bg-surface shadow">{children}</ul>}
      <AdminPagination page={page} pageCount={pageCount} />
    </section>
  );
}
