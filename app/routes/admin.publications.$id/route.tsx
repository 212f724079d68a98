import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { checkPublicationForm, publicationCandidates, publicationFormChoices, publicationValues, readPublicationValues } from "~/admin/publications/form.server";
import { changesPublication } from "~/domain/publish-state.server";
import { readEditorialForm, requirePermission, requireEditor } from "~/auth/guard.server";
import { can } from "~/auth/permissions";
import { DeleteForm, Flash, StatusBadge, AdminTitle } from "~/admin/ui/AdminUi";
import { PublicationForm } from "~/admin/publications/PublicationForm";
import { getEdition } from "~/editions";
import { violatedUniqueIndex } from "~/models/admin-media.server";
import { deletePublication, publicationForEditing, updatePublication, type PublicationForEditing } from "~/models/admin-publications.server";
import { notFound, requireId } from "~/routing/params.server";
import { pdfAndImageFormBytes } from "~/uploads/limits";
import { href } from "~/routing/href";
import { getDb } from "~/db/database.server";

export const handle = { i18n: ["admin-media"] };

async function requirePublication(params: LoaderFunctionArgs["params"]): Promise<PublicationForEditing> {
  const publication = await publicationForEditing(await getDb(), requireId(params.id));
  if (!publication) throw notFound();
  return publication;
}

export async function loader({ params, request }: LoaderFunctionArgs) {
  const { user, interfaceEdition } = await requireEditor(request);
  const publication = await requirePublication(params);
  requirePermission(user, "content.edit", publication.edition);
  const edition = getEdition(publication.edition);
  const { choices, linkedTranslation } = await publicationFormChoices(interfaceEdition, edition, publication.kind, publication);
  return {
    publication: {
      id: publication.id,
      edition: publication.edition,
      kind: publication.kind,
      title: publication.title,
      status: publication.status,
      version: publication.updatedAt.toISOString(),
      readerPath: publication.status === "draft" ? null : href(publication.edition, "publication", publication.kind, publication.slug),
    },
    values: publicationValues(publication, edition, linkedTranslation),
    choices,
    may: { publish: can(user, "content.publish", publication.edition), delete: can(user, "content.delete", publication.edition) },
  };
}

export async function action({ params, request }: ActionFunctionArgs) {
  const { user, form } = await readEditorialForm(request, pdfAndImageFormBytes);
  const publication = await requirePublication(params);
  requirePermission(user, "content.edit", publication.edition);
  const intent = form.get("intent")?.toString();
  if (intent === "delete") {
    requirePermission(user, "content.delete", publication.edition);
    await deletePublication(await getDb(), user, publication);
    return redirect("/admin/publications?flash=deleted", 303);
  }
  if (intent !== "save") throw new Response("Bad Request", { status: 400 });
  const edition = getEdition(publication.edition);
  const mayPublish = can(user, "content.publish", publication.edition);
  const checked = await checkPublicationForm(form, {
    user,
    edition,
    kind: publication.kind,
    existing: publication,
    candidates: await publicationCandidates(edition, publication.kind, publication),
    mayPublish,
  });
  if (!checked.ok) return data({ values: checked.values, problems: checked.problems, notes: checked.notes }, { status: checked.status });
  if (changesPublication(publication, checked.input)) requirePermission(user, "content.publish", publication.edition);
  try {
    await updatePublication(await getDb(), user, publication, checked.input);
  } catch (error) {
    if (violatedUniqueIndex(error) === "publications_edition_kind_slug") {
      return data({ values: readPublicationValues(form), problems: { slug: { key: "slugTaken" as const } }, notes: {} }, { status: 400 });
    }
    throw error;
  }
  return redirect(`/admin/publications/${publication.id}?flash=saved`, 303);
}

export default function EditPublication() {
  const { publication, values, choices, may } = useLoaderData<typeof loader>();
  const submission = useActionData<typeof action>();
  const { t } = useTranslation(["admin-media", "admin"]);
  const edition = getEdition(publication.edition);
  return (
    <section aria-labelledby="page-title" className="max-w-4xl space-y-6">
      <AdminTitle errorCount={Object.keys(submission?.problems ?? {}).length}>{t("publications.edit")}</AdminTitle>
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <div>
          <p className="text-sm text-stone-600">
            {t(`publications.kinds.${publication.kind}`)} · {edition.nativeName}
          </p>
          <h1 id="page-title" className="text-2xl font-bold">
            <span lang={edition.code} dir={edition.dir}>
              {publication.title}
            </span>
          </h1>
        </div>
        <div className="flex flex-wrap items-center gap-3">
          <StatusBadge status={publication.status} />
          {publication.readerPath ? (
            <a href={publication.readerPath} className="text-brand underline hover:no-underline">
              {t("viewOnSite")}
            </a>
          ) : null}
          <Link to="/admin/publications" className="text-brand underline hover:no-underline">
            {t("publications.backToList")}
          </Link>
        </div>
      </div>
      <Flash />
      <PublicationForm
        key={publication.version}
        edition={edition}
        kind={publication.kind}
        values={submission?.values ?? values}
        problems={submission?.problems ?? {}}
        notes={submission?.notes ?? {}}
        choices={choices}
        mayPublish={may.publish}
      />
      {may.delete ? (
        <section aria-labelledby="delete-title" className="rounded border border-red-200 bg-surface p-4">
          <h2 id="delete-title" className="font-semibold">
            {t("publications.deleteTitle")}
          </h2>
          <p className="mb-3 text-sm text-stone-700">{t("publications.deleteHint")}</p>
          <DeleteForm />
        </section>
      ) : null}
    </section>
  );
}
