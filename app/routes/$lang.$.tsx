import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData, type MetaFunction } from "@remix-run/react";
import { StaticPage } from "~/components/StaticPage";
import { notFound, requireEdition, requireSlug } from "~/routing/params.server";
import { seoMeta } from "~/routing/seo";
import { loadStaticPage } from "~/routing/static-page.server";

/**
 * Any path inside an edition that no other route knows: a static page an editor made (/<lng>/<slug>,
 * one segment), else the edition's own 404 page
 */
export async function loader({ params, request }: LoaderFunctionArgs) {
  const edition = requireEdition(params);
  // requireSlug: NFC, bounded, no control character (NUL cannot even be sent to PostgreSQL)
  const slug = requireSlug(params, "*");
  if (slug.includes("/")) throw notFound();
  return loadStaticPage(request, edition, slug);
}

export const meta: MetaFunction<typeof loader> = ({ data }) => seoMeta(data?.seo);

export default function PageOrUnknown() {
  const page = useLoaderData<typeof loader>();
  return <StaticPage title={page.title} bodyHtml={page.bodyHtml} />;
}
