import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { href } from "~/routing/href";
import { useEdition } from "~/edition-context";

export interface Crumb {
  name: string;
  path: string;
}

/**
 * The visible trail from the edition home to this page. `trail` is the same list the loader gave
 * buildPageSeo() for the BreadcrumbList JSON-LD (the home is added first there and here).
 */
export function Breadcrumbs({ trail }: { trail: Crumb[] }) {
  const edition = useEdition();
  const { t } = useTranslation("nav");
  const crumbs = [{ name: t("home"), path: href(edition, "home") }, ...trail];
  return (
    <nav aria-label={t("breadcrumbs")} className="mb-4 text-sm text-stone-600">
      <ol className="flex flex-wrap items-center gap-x-2 gap-y-1">
        {crumbs.map((crumb, index) => {
          const current = index === crumbs.length - 1;
          // After "Home" the trail names content (a category, an article): marked for e2e/pseudo-locale.spec.ts
          const content = index > 0 ? { "data-content": "" } : {};
          return (
            <li key={`${index}:${crumb.path}`} className="flex items-center gap-x-2">
              {index > 0 ? (
                // Points the reading direction: mirrored in right-to-left editions
                <span aria-hidden="true" className="inline-block text-stone-400 rtl:-scale-x-100">
                  ›
                </span>
              ) : null}
              {current ? (
                <span aria-current="page" className="font-semibold text-stone-800" {...content}>
                  {crumb.name}
                </span>
              ) : (
                <Link to={crumb.path} className="text-brand hover:underline" {...content}>
                  {crumb.name}
                </Link>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
