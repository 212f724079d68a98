import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData, type MetaFunction } from "@remix-run/react";
import { remixI18next } from "~/i18n/i18next.server";
import { pageBySlug } from "~/models/pages.server";
import { notFound, requireEdition } from "~/routing/params.server";
import { renderMarkdown } from "~/utils/markdown.server";

export async function loader({ params }: LoaderFunctionArgs) {
  const edition = requireEdition(params);
  const [page, t] = await Promise.all([pageBySlug(edition.code, "about"), remixI18next.getFixedT(edition.code, "common")]);
  if (!page) throw notFound();
  return {
    title: page.title,
    brand: t("brand"),
    description: t("tagline"),
    bodyHtml: renderMarkdown(page.body),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  data
    ? [
        { title: `${data.title} | ${data.brand}` },
        { name: "description", content: data.description },
      ]
    : [];

export default function AboutPage() {
  const { title, bodyHtml } = useLoaderData<typeof loader>();
  return (
    <article aria-labelledby="page-title" className="max-w-3xl">
      <h1 id="page-title" className="text-3xl font-bold leading-tight sm:text-4xl">
        {title}
      </h1>
      <div className="prose-article mt-6 text-[1.075rem]" dangerouslySetInnerHTML={{ __html: bodyHtml }} />
    </article>
  );
}
