import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData, type MetaFunction } from "@remix-run/react";
import { ArticleList } from "~/components/ArticleList";
import { Pagination } from "~/components/Pagination";
import { getEdition } from "~/editions";
import { remixI18next } from "~/i18n/i18next.server";
import { articlesByAuthor } from "~/models/articles.server";
import { authorBySlug } from "~/models/authors.server";
import { notFound, pageNumber, requireEdition, requireExistingPage, requireSlug, siteOrigin } from "~/routing/params.server";

export const handle = { i18n: ["article"] };

export async function loader({ params, request }: LoaderFunctionArgs) {
  const edition = requireEdition(params);
  const page = pageNumber(request);
  const author = await authorBySlug(edition.code, requireSlug(params));
  if (!author) throw notFound();
  const [listing, t] = await Promise.all([
    articlesByAuthor(edition.code, author.id, page),
    remixI18next.getFixedT(edition.code, ["common", "article"]),
  ]);
  requireExistingPage(page, listing.pageCount);
  const title = t("article:author.title", { name: author.name });
  return {
    edition: edition.code,
    title: page > 1 ? t("article:listing.titlePaged", { title, page }) : title,
    brand: t("common:brand"),
    author: { name: author.name, slug: author.slug, bio: author.bio },
    listing,
    origin: siteOrigin(request),
    now: new Date(),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  data
    ? [
        { title: `${data.title} | ${data.brand}` },
        { name: "description", content: data.author.bio },
      ]
    : [];

export default function AuthorPage() {
  const { edition: code, author, listing, origin, now } = useLoaderData<typeof loader>();
  const edition = getEdition(code);
  return (
    <section aria-labelledby="page-title" className="max-w-4xl">
      <h1 id="page-title" className="text-3xl font-bold">
        {author.name}
      </h1>
      {author.bio ? <p className="mt-2 max-w-prose text-stone-700">{author.bio}</p> : null}
      <ArticleList edition={edition} articles={listing.articles} origin={origin} now={now} />
      <Pagination
        edition={edition}
        basePath={`/${code}/authors/${encodeURIComponent(author.slug)}`}
        page={listing.page}
        pageCount={listing.pageCount}
      />
    </section>
  );
}
