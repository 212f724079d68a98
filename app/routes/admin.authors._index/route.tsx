import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { taxonomyListLoader } from "~/admin/taxonomy/routes.server";
import { TaxonomyList } from "~/admin/taxonomy/TaxonomyList";

export const handle = { i18n: ["admin-taxonomy"] };

export const loader = ({ request }: LoaderFunctionArgs) => taxonomyListLoader(request, "authors");

export default function AuthorsList() {
  return <TaxonomyList {...useLoaderData<typeof loader>()} />;
}
