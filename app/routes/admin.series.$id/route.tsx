import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { taxonomyEditorAction, taxonomyEditorLoader } from "~/admin/taxonomy/routes.server";
import { TaxonomyEditor } from "~/admin/taxonomy/TaxonomyEditor";

export const handle = { i18n: ["admin-taxonomy"] };

export const loader = ({ request, params }: LoaderFunctionArgs) => taxonomyEditorLoader(request, "series", params.id);
export const action = ({ request, params }: ActionFunctionArgs) => taxonomyEditorAction(request, "series", params.id);

export default function EditSeries() {
  return <TaxonomyEditor {...useLoaderData<typeof loader>()} actionData={useActionData<typeof action>()} />;
}
