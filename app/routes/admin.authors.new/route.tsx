import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { taxonomyEditorAction, taxonomyEditorLoader } from "~/admin/taxonomy/routes.server";
import { TaxonomyEditor } from "~/admin/taxonomy/TaxonomyEditor";

export const handle = { i18n: ["admin-taxonomy"] };

export const loader = ({ request }: LoaderFunctionArgs) => taxonomyEditorLoader(request, "authors", undefined);
export const action = ({ request }: ActionFunctionArgs) => taxonomyEditorAction(request, "authors", undefined);

export default function NewAuthor() {
  return <TaxonomyEditor {...useLoaderData<typeof loader>()} actionData={useActionData<typeof action>()} />;
}
