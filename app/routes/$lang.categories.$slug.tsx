import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData, type MetaFunction } from "@remix-run/react";
import { ArticleList } from "~/components/ArticleList";
import { Breadcrumbs } from "~/components/Breadcrumbs";
import { Pagination } from "~/components/Pagination";
import { siteIdentity } from "~/models/site-identity.server";
import { articlesInCategory } from "~/models/articles.server";
import { categoryBySlug, categoryVersions } from "~/models/categories.server";
import { requireCanonical } from "~/routing/canonical.server";
import { href } from "~/routing/href";
import { buildEditionLinks } from "~/routing/edition-links.server";
import { notFound, pageNumber, requireEdition, requireExistingPage, requireSlug } from "~/routing/params.server";
import { seoMeta } from "~/routing/seo";
import { buildPageSeo } from "~/routing/seo.server";

export const handle = { i18n: ["article"] };

export async function loader({ params, request }: LoaderFunctionArgs) {
  const edition = requireEdition(params);
  const identity = await siteIdentity(edition.code);
  const page = pageNumber(request);
  const category = await categoryBySlug(edition.code, requireSlug(params));
  if (!category) throw notFound();
  const path = requireCanonical(request, href(edition.code, "category", category.slug), { page });
  const [listing, versionRows] = await Promise.all([
    articlesInCategory(edition.code, category.id, page),
    categoryVersions(category.id),
  ]);
  requireExistingPage(page, listing.pageCount);
  const breadcrumbs = [{ name: category.name, path }];
  const versions = Object.fromEntries(versionRows.map((row) => [row.edition, href(row.edition, "category", row.slug)]));
  return {
    edition: edition.code,
    seo: buildPageSeo(request, edition, {
      title: category.name,
      siteName: identity.siteName,
      description: category.description || category.name,
      path,
      versions: page === 1 ? versions : {},
      breadcrumbs,
    }),
    breadcrumbs,
    editionLinks: await buildEditionLinks(request, versions),
    category: { name: category.name, slug: category.slug, description: category.description },
    listing,
    now: new Date(),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => seoMeta(data?.seo);

export default function CategoryPage() {
  const { edition: code, breadcrumbs, category, listing, now } = useLoaderData<typeof loader>();
  return (
    <section aria-labelledby="page-title" className="max-w-4xl">
      <Breadcrumbs trail={breadcrumbs} />
      <h1 id="page-title" className="text-3xl font-bold" data-content>
        {category.name}
      </h1>
      {category.description ? <p className="mt-2 text-stone-700" data-content>
          {category.description}
        </p> : null}
      <ArticleList articles={listing.articles} now={now} />
      <Pagination
        basePath={href(code, "category", category.slug)}
        page={listing.page}
        pageCount={listing.pageCount}
      />
    </section>
  );
}
