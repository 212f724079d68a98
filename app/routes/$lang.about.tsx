import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData, type MetaFunction } from "@remix-run/react";
import { remixI18next } from "~/i18n/i18next.server";
import { pageBySlug } from "~/models/pages.server";
import { notFound, requireEdition } from "~/routing/params.server";
import { renderMarkdown } from "~/utils/markdown.server";
import { editionPath, requireCanonical } from "~/routing/canonical.server";
import { seoMeta } from "~/routing/seo";
import { buildPageSeo } from "~/routing/seo.server";

export async function loader({ params, request }: LoaderFunctionArgs) {
  const edition = requireEdition(params);
  const path = requireCanonical(request, editionPath(edition.code, "about"));
  const [page, t] = await Promise.all([pageBySlug(edition.code, "about"), remixI18next.getFixedT(edition.code, "common")]);
  if (!page) throw notFound();
  return {
    title: page.title,
    seo: buildPageSeo(request, edition, {
      title: page.title,
      siteName: t("brand"),
      description: t("tagline"),
      path,
      sameInEveryEdition: (other) => editionPath(other.code, "about"),
      breadcrumbs: [{ name: page.title, path }],
    }),
    bodyHtml: renderMarkdown(page.body),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => seoMeta(data?.seo);

export default function AboutPage() {
  const { title, bodyHtml } = useLoaderData<typeof loader>();
  return (
    <article aria-labelledby="page-title" className="max-w-3xl">
      <h1 id="page-title" className="text-3xl font-bold leading-tight sm:text-4xl" data-content>
        {title}
      </h1>
      <div className="prose-article mt-6 text-[1.075rem]" data-content dangerouslySetInnerHTML={{ __html: bodyHtml }} />
    </article>
  );
}
