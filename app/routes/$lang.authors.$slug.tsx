import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData, type MetaFunction } from "@remix-run/react";
import { ArticleList } from "~/components/ArticleList";
import { Breadcrumbs } from "~/components/Breadcrumbs";
import { Pagination } from "~/components/Pagination";
import { translatorFor } from "~/i18n/i18next.server";
import { siteIdentity } from "~/models/site-identity.server";
import { articlesByAuthor } from "~/models/articles.server";
import { authorBySlug, authorVersions } from "~/models/authors.server";
import { notFound, pageNumber, requireEdition, requireExistingPage, requireSlug } from "~/routing/params.server";
import { requireCanonical } from "~/routing/canonical.server";
import { href } from "~/routing/href";
import { buildEditionLinks } from "~/routing/edition-links.server";
import { seoMeta } from "~/routing/seo";
import { buildPageSeo } from "~/routing/seo.server";

export const handle = { i18n: ["article"] };

export async function loader({ params, request }: LoaderFunctionArgs) {
  const edition = requireEdition(params);
  const identity = await siteIdentity(edition.code);
  const page = pageNumber(request);
  const author = await authorBySlug(edition.code, requireSlug(params));
  if (!author) throw notFound();
  const path = requireCanonical(request, href(edition.code, "author", author.slug), { page });
  const [listing, t, versionRows] = await Promise.all([
    articlesByAuthor(edition.code, author.id, page),
    translatorFor(request, edition.code, ["common", "article"]),
    authorVersions(author.id),
  ]);
  const versions = Object.fromEntries(versionRows.map((row) => [row.edition, href(row.edition, "author", row.slug)]));
  requireExistingPage(page, listing.pageCount);
  const breadcrumbs = [{ name: author.name, path }];
  const heading = t("article:author.title", { name: author.name });
  const title = page > 1 ? t("article:listing.titlePaged", { title: heading, page }) : heading;
  return {
    edition: edition.code,
    title,
    seo: buildPageSeo(request, edition, {
      title,
      siteName: identity.siteName,
      description: author.bio || heading,
      path,
      versions: page === 1 ? versions : {},
      breadcrumbs,
    }),
    breadcrumbs,
    editionLinks: await buildEditionLinks(request, versions),
    author: { name: author.name, slug: author.slug, bio: author.bio },
    listing,
    now: new Date(),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => seoMeta(data?.seo);

export default function AuthorPage() {
  const { edition: code, breadcrumbs, author, listing, now } = useLoaderData<typeof loader>();
  return (
    <section aria-labelledby="page-title" className="max-w-4xl">
      <Breadcrumbs trail={breadcrumbs} />
      <h1 id="page-title" className="text-3xl font-bold" data-content>
        {author.name}
      </h1>
      {author.bio ? <p className="mt-2 max-w-prose text-stone-700" data-content>
          {author.bio}
        </p> : null}
      <ArticleList articles={listing.articles} now={now} />
      <Pagination
        basePath={href(code, "author", author.slug)}
        page={listing.page}
        pageCount={listing.pageCount}
      />
    </section>
  );
}
