// The list of categories, authors or series: each item's name in every edition (in that edition's
// language and direction, or a mark where it has none yet), how many articles use it, a link to edit it.
import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { useAdminLayout } from "~/admin/use-admin";
import { editions } from "~/editions";
import type { TaxonomyKind } from "~/models/admin-taxonomy.server";
import { ActionLink, EmptyState, Flash } from "~/admin/ui/AdminUi";

export interface TaxonomyListProps {
  kind: TaxonomyKind;
  items: {
    id: number;
    key: string;
    translations: Record<string, { name: string; slug: string }>;
    /** Already formatted in the interface language */
    articleCount: string;
  }[];
}

export function TaxonomyList({ kind, items }: TaxonomyListProps) {
  const { t } = useTranslation(["admin-taxonomy", "admin"]);
  const interfaceLanguage = useAdminLayout()?.language;
  return (
    <section aria-labelledby="page-title">
      <title>{`${t(`kinds.${kind}.heading`)} | ${t("admin:title")}`}</title>
      <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
        <h1 id="page-title" className="text-2xl font-bold">
          {t(`kinds.${kind}.heading`)}
        </h1>
        <ActionLink to={`/admin/${kind}/new`} action="create" />
      </div>
      <Flash />
      {items.length === 0 ? (
        <EmptyState>{t(`kinds.${kind}.empty`)}</EmptyState>
      ) : (
        <div className="overflow-x-auto rounded bg-surface shadow">
          <table className="w-full text-start text-sm">
            <thead className="border-b border-stone-300 bg-stone-50">
              <tr>
                {editions.map((edition) => (
                  <th key={edition.code} scope="col" lang={edition.code} dir={edition.dir} className="px-3 py-2 text-start font-semibold">
                    {edition.nativeName}
                  </th>
                ))}
                <th scope="col" className="px-3 py-2 text-end font-semibold">
                  {t("list.articles")}
                </th>
                <th scope="col" className="px-3 py-2">
                  <span className="sr-only">{t("list.actions")}</span>
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-stone-200">
              {items.map((item) => {
                const label = item.translations[interfaceLanguage ?? ""]?.name ?? item.key;
                return (
                  <tr key={item.id} className="align-top">
                    {editions.map((edition) => {
                      const translation = item.translations[edition.code];
                      return (
                        <td key={edition.code} className="px-3 py-2">
                          {translation ? (
                            <span lang={edition.code} dir={edition.dir} style={{ fontFamily: edition.fontFamily }}>
                              {translation.name}
                            </span>
                          ) : (
                            <span className="inline-block rounded border border-dashed border-amber-600 bg-amber-50 px-2 py-0.5 text-xs text-amber-900">
                              {t("list.missing")}
                            </span>
                          )}
                        </td>
                      );
                    })}
                    <td className="px-3 py-2 text-end tabular-nums">{item.articleCount}</td>
                    <td className="px-3 py-2 text-end">
                      <Link to={`/admin/${kind}/${item.id}`} className="font-medium text-brand hover:underline">
                        {t("list.edit", { name: label })}
                      </Link>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
