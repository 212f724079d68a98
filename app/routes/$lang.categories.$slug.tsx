import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData, type MetaFunction } from "@remix-run/react";
import { ArticleList } from "~/components/ArticleList";
import { Pagination } from "~/components/Pagination";
import { getEdition } from "~/editions";
import { remixI18next } from "~/i18n/i18next.server";
import { articlesInCategory } from "~/models/articles.server";
import { categoryBySlug } from "~/models/categories.server";
import { notFound, pageNumber, requireEdition, requireExistingPage, requireSlug, siteOrigin } from "~/routing/params.server";

export const handle = { i18n: ["article"] };

export async function loader({ params, request }: LoaderFunctionArgs) {
  const edition = requireEdition(params);
  const page = pageNumber(request);
  const category = await categoryBySlug(edition.code, requireSlug(params));
  if (!category) throw notFound();
  const [listing, t] = await Promise.all([
    articlesInCategory(edition.code, category.id, page),
    remixI18next.getFixedT(edition.code, "common"),
  ]);
  requireExistingPage(page, listing.pageCount);
  return {
    edition: edition.code,
    brand: t("brand"),
    category: { name: category.name, slug: category.slug, description: category.description },
    listing,
    origin: siteOrigin(request),
    now: new Date(),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  data
    ? [
        { title: `${data.category.name} | ${data.brand}` },
        { name: "description", content: data.category.description },
      ]
    : [];

export default function CategoryPage() {
  const { edition: code, category, listing, origin, now } = useLoaderData<typeof loader>();
  const edition = getEdition(code);
  return (
    <section aria-labelledby="page-title" className="max-w-4xl">
      <h1 id="page-title" className="text-3xl font-bold">
        {category.name}
      </h1>
      {category.description ? <p className="mt-2 text-stone-700">{category.description}</p> : null}
      <ArticleList edition={edition} articles={listing.articles} origin={origin} now={now} />
      <Pagination
        edition={edition}
        basePath={`/${code}/categories/${encodeURIComponent(category.slug)}`}
        page={listing.page}
        pageCount={listing.pageCount}
      />
    </section>
  );
}
