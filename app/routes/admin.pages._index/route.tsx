import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireEditor } from "~/auth/guard.server";
import { can, editionsOf } from "~/auth/permissions";
import { ActionLink, EmptyState, Flash } from "~/admin/ui/AdminUi";
import { getDb } from "~/db/database.server";
import { editions } from "~/editions";
import { listPages } from "~/models/admin-pages.server";
import { formatDateTime } from "~/utils/format";
import { ObjectName } from "~/components/ObjectName";
import { href } from "~/routing/href";

export const handle = { i18n: ["admin-taxonomy"] };

export async function loader({ request }: LoaderFunctionArgs) {
  const { user, interfaceEdition } = await requireEditor(request, "content.edit");
  const editable = editionsOf(user).filter((code) => can(user, "content.edit", code));
  const pages = await listPages(await getDb(), editable);
  return {
    editable,
    pages: pages.map((page) => ({
      id: page.id,
      edition: page.edition,
      slug: page.slug,
      title: page.title,
      // The pages the site links to have a reader address of their own: /<lang>/<slug>
      readerPath: href(page.edition, "staticPage", page.slug),
      updated: formatDateTime(interfaceEdition, page.updatedAt),
    })),
  };
}

export default function PagesList() {
  const { editable, pages } = useLoaderData<typeof loader>();
  const { t } = useTranslation(["admin-taxonomy", "admin"]);
  return (
    <section aria-labelledby="page-title" className="space-y-6">
      <title>{`${t("pages.heading")} | ${t("admin:title")}`}</title>
      <h1 id="page-title" className="text-2xl font-bold">
        {t("pages.heading")}
      </h1>
      <Flash />
      {editions
        .filter((edition) => editable.includes(edition.code))
        .map((edition) => {
          const inEdition = pages.filter((page) => page.edition === edition.code);
          return (
            <section key={edition.code} aria-labelledby={`pages-${edition.code}`} className="space-y-3">
              <div className="flex flex-wrap items-center justify-between gap-3">
                <h2 id={`pages-${edition.code}`} lang={edition.code} className="text-lg font-semibold">
                  {edition.nativeName}
                </h2>
                <Link to={`/admin/pages/new?edition=${edition.code}`} className="font-medium text-brand hover:underline">
                  {t("pages.newIn", { edition: edition.nativeName })}
                </Link>
              </div>
              {inEdition.length === 0 ? (
                <EmptyState>{t("pages.empty")}</EmptyState>
              ) : (
                <ul className="divide-y divide-stone-200 rounded bg-surface shadow">
                  {inEdition.map((page) => {
                    const pageName = (
                      <span lang={edition.code} dir={edition.dir}>
                        {page.title}
                      </span>
                    );
                    return (
                      <li key={page.id} className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 px-4 py-3">
                        <span className="flex flex-col">
                          <span lang={edition.code} dir={edition.dir} className="font-medium">
                            {page.title}
                          </span>
                          <span className="text-sm text-stone-600">
                            <bdi lang={edition.code}>{page.slug}</bdi> · {t("pages.updated", { when: page.updated })}
                          </span>
                        </span>
                        <span className="flex flex-wrap items-center gap-3 text-sm">
                          {page.readerPath ? (
                            <a href={page.readerPath} className="text-brand underline hover:no-underline">
                              {t("pages.view")}
                              <ObjectName object={pageName} />
                            </a>
                          ) : null}
                          <ActionLink to={`/admin/pages/${page.id}`} action="edit" object={pageName} />
                        </span>
                      </li>
                    );
                  })}
                </ul>
              )}
            </section>
          );
        })}
    </section>
  );
}
