import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { taxonomyEditorAction, taxonomyEditorLoader } from "~/admin/taxonomy/routes.server";
import { TaxonomyEditor } from "~/admin/taxonomy/TaxonomyEditor";

export const handle = { i18n: ["admin-taxonomy"] };

export const loader = ({ request, params }: LoaderFunctionArgs) => taxonomyEditorLoader(request, "authors", params.id);
export const action = ({ request, params }: ActionFunctionArgs) => taxonomyEditorAction(request, "authors", params.id);

export default function EditAuthor() {
  return <TaxonomyEditor {...useLoaderData<typeof loader>()} actionData={useActionData<typeof action>()} />;
}
