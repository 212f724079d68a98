import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { formatNumber } from "~/utils/format";
import { useEdition } from "~/edition-context";

/** "Newer posts / Older posts" for every listing; arrows point the reading direction (mirrored in RTL) */
export function Pagination({ basePath, page, pageCount }: { basePath: string; page: number; pageCount: number }) {
  const edition = useEdition();
  const { t } = useTranslation("article");
  if (pageCount <= 1) return null;
  // basePath may carry its own query (search: /en/search?q=…)
  const hrefFor = (target: number) => (target === 1 ? basePath : `${basePath}${basePath.includes("?") ? "&" : "?"}page=${target}`);
  const arrowClass = "inline-block rtl:-scale-x-100";
  return (
    <nav aria-label={t("pagination.label")} className="mt-8 flex items-center justify-between gap-4 border-t border-stone-200 pt-4">
      {page > 1 ? (
        <Link to={hrefFor(page - 1)} rel="prev" className="font-semibold text-brand hover:underline">
          <span aria-hidden="true" className={arrowClass}>←</span> {t("pagination.newer")}
        </Link>
      ) : (
        <span />
      )}
      <span className="text-sm text-stone-600">
        {t("pagination.pageOf", { page: formatNumber(edition, page), pageCount: formatNumber(edition, pageCount) })}
      </span>
      {page < pageCount ? (
        <Link to={hrefFor(page + 1)} rel="next" className="font-semibold text-brand hover:underline">
          {t("pagination.older")} <span aria-hidden="true" className={arrowClass}>→</span>
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
