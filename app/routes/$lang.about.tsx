import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData, type MetaFunction } from "@remix-run/react";
import { StaticPage } from "~/components/StaticPage";
import { requireEdition } from "~/routing/params.server";
import { seoMeta } from "~/routing/seo";
import { loadStaticPage } from "~/routing/static-page.server";

export async function loader({ params, request }: LoaderFunctionArgs) {
  return loadStaticPage(request, requireEdition(params), "about");
}

export const meta: MetaFunction<typeof loader> = ({ data }) => seoMeta(data?.seo);

export default function AboutPage() {
  const page = useLoaderData<typeof loader>();
  return <StaticPage title={page.title} bodyHtml={page.bodyHtml} />;
}
