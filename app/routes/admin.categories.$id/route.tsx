import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { taxonomyEditorAction, taxonomyEditorLoader } from "~/admin/taxonomy/routes.server";
import { TaxonomyEditor } from "~/admin/taxonomy/TaxonomyEditor";

export const handle = { i18n: ["admin-taxonomy"] };

export const loader = ({ request, params }: LoaderFunctionArgs) => taxonomyEditorLoader(request, "categories", params.id);
export const action = ({ request, params }: ActionFunctionArgs) => taxonomyEditorAction(request, "categories", params.id);

export default function EditCategory() {
  return <TaxonomyEditor {...useLoaderData<typeof loader>()} actionData={useActionData<typeof action>()} />;
}
