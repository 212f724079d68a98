import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { taxonomyEditorAction, taxonomyEditorLoader } from "~/admin/taxonomy/routes.server";
import { TaxonomyEditor } from "~/admin/taxonomy/TaxonomyEditor";

export const handle = { i18n: ["admin-taxonomy"] };

export const loader = ({ request }: LoaderFunctionArgs) => taxonomyEditorLoader(request, "series", undefined);
export const action = ({ request }: ActionFunctionArgs) => taxonomyEditorAction(request, "series", undefined);

export default function NewSeries() {
  return <TaxonomyEditor {...useLoaderData<typeof loader>()} actionData={useActionData<typeof action>()} />;
}
