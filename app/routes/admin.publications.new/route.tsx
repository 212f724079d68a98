import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { AdminTitle } from "~/admin/ui/AdminUi";
import { emptyPublicationValues } from "~/admin/publications/form";
import { checkPublicationForm, publicationCandidates, publicationFormChoices, readPublicationValues } from "~/admin/publications/form.server";
import { newItemChoice } from "~/admin/new-item-choice.server";
import { readEditorialForm, requireEditor } from "~/auth/guard.server";
import { can, editionsOf } from "~/auth/permissions";
import { NewItemChooser } from "~/admin/ui/NewItemChooser";
import { PublicationForm } from "~/admin/publications/PublicationForm";
import { publicationKinds } from "~/db/schema";
import { getEdition } from "~/editions";
import { createPublication } from "~/models/admin-publications.server";
import { violatedUniqueIndex } from "~/models/admin-media.server";
import { pdfAndImageFormBytes } from "~/uploads/limits";
import { getDb } from "~/db/database.server";

export const handle = { i18n: ["admin-media"] };

export async function loader({ request }: LoaderFunctionArgs) {
  const { user, interfaceEdition } = await requireEditor(request, "content.edit");
  const editions = editionsOf(user).filter((code) => can(user, "content.edit", code));
  const choice = newItemChoice(request, user, publicationKinds);
  if (!choice) return { editions, choice: null };
  const { choices } = await publicationFormChoices(interfaceEdition, choice.edition, choice.kind, null);
  return {
    editions,
    choice: { edition: choice.edition.code, kind: choice.kind, mayPublish: can(user, "content.publish", choice.edition.code), choices },
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const { user, form } = await readEditorialForm(request, pdfAndImageFormBytes);
  const choice = newItemChoice(request, user, publicationKinds);
  if (!choice) throw new Response("Bad Request", { status: 400 });
  const checked = await checkPublicationForm(form, {
    user,
    edition: choice.edition,
    kind: choice.kind,
    existing: null,
    candidates: await publicationCandidates(choice.edition, choice.kind, null),
    mayPublish: can(user, "content.publish", choice.edition.code),
  });
  if (!checked.ok) return data({ values: checked.values, problems: checked.problems, notes: checked.notes }, { status: checked.status });
  try {
    const id = await createPublication(await getDb(), user, choice.edition.code, choice.kind, checked.input);
    return redirect(`/admin/publications/${id}?flash=saved`, 303);
  } catch (error) {
    // Taken between the check and the insert
    if (violatedUniqueIndex(error) === "publications_edition_kind_slug") {
      return data({ values: readPublicationValues(form), problems: { slug: { key: "slugTaken" as const } }, notes: {} }, { status: 400 });
    }
    throw error;
  }
}

export default function NewPublication() {
  const { editions, choice } = useLoaderData<typeof loader>();
  const submission = useActionData<typeof action>();
  const { t } = useTranslation(["admin-media", "admin"]);
  return (
    <section aria-labelledby="page-title" className="max-w-4xl space-y-6">
      <AdminTitle errorCount={Object.keys(submission?.problems ?? {}).length}>{t("publications.new")}</AdminTitle>
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h1 id="page-title" className="text-2xl font-bold">
          {t("publications.new")}
          {choice ? (
            <span className="ms-2 text-lg font-normal text-stone-600">
              {t(`publications.kinds.${choice.kind}`)} · {getEdition(choice.edition).nativeName}
            </span>
          ) : null}
        </h1>
        <Link to="/admin/publications" className="text-brand underline hover:no-underline">
          {t("admin:actions.cancel")}
        </Link>
      </div>
      {choice ? (
        <PublicationForm
          key={`${choice.edition}-${choice.kind}`}
          edition={getEdition(choice.edition)}
          kind={choice.kind}
          values={submission?.values ?? emptyPublicationValues(choice.edition)}
          problems={submission?.problems ?? {}}
          notes={submission?.notes ?? {}}
          choices={choice.choices}
          mayPublish={choice.mayPublish}
        />
      ) : (
        <NewItemChooser
          action="/admin/publications/new"
          legend={t("publications.choose")}
          editions={editions}
          kinds={publicationKinds}
          kindLabel={(kind) => t(`publications.kinds.${kind}`)}
        />
      )}
    </section>
  );
}
