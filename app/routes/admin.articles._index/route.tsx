import type { LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { resolveInterfaceLanguage } from "~/admin/interface-language.server";
import { listedEditions, mayOpenArticle } from "~/admin/articles/permissions";
import { requireUserWith } from "~/auth/guard.server";
import { can } from "~/auth/permissions";
import { AdminPagination, buttonClassName, EditionFilter, EmptyState, FilterButton, Flash, StatusBadge, StatusFilter } from "~/admin/ui/AdminUi";
import { ProposedFlag, StaleFlag } from "~/admin/articles/ArticleTranslations";
import { getDb } from "~/db/database.server";
import { articleStatuses, type ArticleStatus } from "~/db/schema";
import { defaultEdition, findEdition } from "~/editions";
import { filterChoices, listAdminArticles } from "~/models/admin-articles.server";
import { formatDateTime } from "~/utils/format";

export const handle = { i18n: ["admin-articles"] };

function positiveInt(value: string | null): number | undefined {
  const number = Number(value);
  return value && Number.isInteger(number) && number > 0 ? number : undefined;
}

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUserWith(request, "translation.edit");
  const language = await resolveInterfaceLanguage(request, user);
  const interfaceEdition = findEdition(language) ?? defaultEdition;
  const params = new URL(request.url).searchParams;
  const editions = listedEditions(user);
  const edition = editions.find((code) => code === params.get("edition"));
  const status = articleStatuses.find((candidate) => candidate === params.get("status"));
  const categoryId = positiveInt(params.get("category"));
  const authorId = positiveInt(params.get("author"));
  const title = (params.get("q") ?? "").slice(0, 200);
  const stale = params.get("stale") === "1";
  const page = positiveInt(params.get("page")) ?? 1;

  const db = await getDb();
  const [list, choices] = await Promise.all([
    listAdminArticles(db, { editions, edition, status, categoryId, authorId, title, stale, page }),
    filterChoices(db, interfaceEdition.code),
  ]);
  return {
    // Dates are written on the server, whose ICU knows every edition's locale and calendar
    articles: list.rows.map((row) => ({
      id: row.id,
      edition: row.edition,
      title: row.title,
      status: row.status,
      publishedAt: row.publishedAt ? formatDateTime(interfaceEdition, row.publishedAt) : null,
      updatedAt: formatDateTime(interfaceEdition, row.updatedAt),
      otherEditions: row.otherEditions,
      stale: row.stale,
      proposed: row.proposed,
      // Translators read every edition but edit only theirs; the others they may translate from
      opens: mayOpenArticle(user, row.edition),
    })),
    total: list.total,
    page,
    pageCount: list.pageCount,
    filters: { edition: edition ?? "", status: status ?? "", category: categoryId ? String(categoryId) : "", author: authorId ? String(authorId) : "", q: title, stale },
    editions,
    categories: choices.categories,
    authors: choices.authors,
    mayCreate: can(user, "content.edit"),
  };
}

export default function ArticleList() {
  const { articles, total, page, pageCount, filters, editions, categories, authors, mayCreate } = useLoaderData<typeof loader>();
  const { t } = useTranslation("admin-articles");

  return (
    <section aria-labelledby="page-title">
      <title>{`${t("list.title")} | ${t("admin:title")}`}</title>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 id="page-title" className="text-2xl font-bold">
          {t("list.title")}
        </h1>
        {mayCreate ? (
          <Link to="/admin/articles/new" className={buttonClassName}>
            {t("list.new")}
          </Link>
        ) : null}
      </div>
      <div className="mt-4">
        <Flash />
      </div>

      <Form method="get" className="mt-2 flex flex-wrap items-end gap-3 rounded bg-surface p-4 shadow">
        <EditionFilter available={editions} value={filters.edition} />
        <StatusFilter value={filters.status} />
        <FilterSelect name="category" label={t("list.category")} anyLabel={t("list.anyCategory")} value={filters.category} choices={categories} />
        <FilterSelect name="author" label={t("list.author")} anyLabel={t("list.anyAuthor")} value={filters.author} choices={authors} />
        <label className="flex min-w-48 flex-1 flex-col text-sm">
          <span className="font-semibold">{t("list.titleContains")}</span>
          <input type="search" name="q" defaultValue={filters.q} dir="auto" className="mt-1 rounded border border-stone-500 bg-surface px-2 py-1.5" />
        </label>
        <label className="flex items-center gap-2 self-center text-sm">
          <input type="checkbox" name="stale" value="1" defaultChecked={filters.stale} />
          <span className="font-semibold">{t("list.staleOnly")}</span>
        </label>
        <FilterButton />
      </Form>

      <p className="mt-4 text-sm text-stone-700" role="status">
        {t("list.count", { count: total })}
      </p>
      {articles.length === 0 ? (
        <div className="mt-2">
          <EmptyState />
        </div>
      ) : (
        <div className="mt-2 overflow-x-auto rounded bg-surface shadow">
          <table className="w-full text-start text-sm">
            <thead className="border-b border-stone-300 bg-stone-50 text-start">
              <tr>
                <th scope="col" className="px-3 py-2 text-start">
                  {t("admin:fields.edition")}
                </th>
                <th scope="col" className="px-3 py-2 text-start">
                  {t("admin:fields.title")}
                </th>
                <th scope="col" className="px-3 py-2 text-start">
                  {t("admin:fields.status")}
                </th>
                <th scope="col" className="px-3 py-2 text-start">
                  {t("admin:fields.publishedAt")}
                </th>
                <th scope="col" className="px-3 py-2 text-start">
                  {t("list.lastEdit")}
                </th>
                <th scope="col" className="px-3 py-2 text-start">
                  {t("list.translations")}
                </th>
                <th scope="col" className="px-3 py-2 text-start">
                  {t("list.sourceState")}
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-stone-200">
              {articles.map((article) => (
                <ArticleRow key={article.id} article={article} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      <AdminPagination page={page} pageCount={pageCount} />
    </section>
  );
}

function ArticleRow({
  article,
}: {
  article: {
    id: number;
    edition: string;
    title: string;
    status: ArticleStatus;
    publishedAt: string | null;
    updatedAt: string;
    otherEditions: string[];
    stale: boolean;
    proposed: boolean;
    opens: boolean;
  };
}) {
  const { t } = useTranslation("admin-articles");
  const edition = findEdition(article.edition);
  return (
    <tr className="align-top">
      <td className="px-3 py-2 whitespace-nowrap" lang={article.edition}>
        {edition?.nativeName ?? article.edition}
      </td>
      <td className="px-3 py-2">
        <Link
          to={article.opens ? `/admin/articles/${article.id}` : `/admin/articles/${article.id}/translate`}
          lang={article.edition}
          dir={edition?.dir}
          className="font-medium text-brand hover:underline"
        >
          {article.title}
        </Link>
        {article.opens ? null : <span className="ms-2 text-xs text-stone-600">({t("list.translateFrom")})</span>}
      </td>
      <td className="px-3 py-2">
        <StatusBadge status={article.status} />
      </td>
      <td className="px-3 py-2 text-stone-700">{article.publishedAt ?? "—"}</td>
      <td className="px-3 py-2 text-stone-700">{article.updatedAt}</td>
      <td className="px-3 py-2">
        {article.otherEditions.length === 0 ? (
          "—"
        ) : (
          <ul className="flex flex-wrap gap-1">
            {article.otherEditions.map((code) => (
              <li key={code} lang={code} className="rounded bg-stone-100 px-1.5 py-0.5 text-xs">
                {findEdition(code)?.nativeName ?? code}
              </li>
            ))}
          </ul>
        )}
      </td>
      <td className="px-3 py-2">
        {article.stale || article.proposed ? (
          <span className="flex flex-wrap gap-1">
            {article.stale ? <StaleFlag /> : null}
            {article.proposed ? <ProposedFlag /> : null}
          </span>
        ) : (
          "—"
        )}
      </td>
    </tr>
  );
}

function FilterSelect({ name, label, anyLabel, value, choices }: { name: string; label: string; anyLabel: string; value: string; choices: { id: number; name: string }[] }) {
  return (
    <label className="flex flex-col text-sm">
      <span className="font-semibold">{label}</span>
      <select name={name} defaultValue={value} className="mt-1 rounded border border-stone-500 bg-surface px-2 py-1.5">
        <option value="">{anyLabel}</option>
        {choices.map((choice) => (
          <option key={choice.id} value={choice.id}>
            {choice.name}
          </option>
        ))}
      </select>
    </label>
  );
}
