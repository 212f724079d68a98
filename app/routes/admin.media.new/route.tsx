import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { AdminTitle } from "~/admin/ui/AdminUi";
import { emptyMediaValues, mediaLimits } from "~/admin/media/form";
import { checkMediaForm, readMediaValues } from "~/admin/media/form.server";
import { newItemChoice } from "~/admin/new-item-choice.server";
import { readEditorialForm, requireUserWith } from "~/auth/guard.server";
import { can, editionsOf } from "~/auth/permissions";
import { MediaItemForm } from "~/admin/media/MediaItemForm";
import { NewItemChooser } from "~/admin/ui/NewItemChooser";
import { mediaKinds, type MediaKind } from "~/db/schema";
import { editionCodes, getEdition, type Edition } from "~/editions";
import { createMediaItem, mediaTranslationCandidates, violatedUniqueIndex } from "~/models/admin-media.server";
import { getDb } from "~/db/database.server";

export const handle = { i18n: ["admin-media"] };

async function candidatesFor(edition: Edition, kind: MediaKind) {
  // Any edition's item: linking changes only the item being edited, not the one it is linked to
  return mediaTranslationCandidates(await getDb(), kind, editionCodes.filter((code) => code !== edition.code));
}

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUserWith(request, "content.edit");
  const editions = editionsOf(user).filter((code) => can(user, "content.edit", code));
  const choice = newItemChoice(request, user, mediaKinds);
  if (!choice) return { editions, choice: null };
  const candidates = await candidatesFor(choice.edition, choice.kind);
  return {
    editions,
    choice: {
      edition: choice.edition.code,
      kind: choice.kind,
      mayPublish: can(user, "content.publish", choice.edition.code),
      candidates: candidates.map(({ id, edition, title }) => ({ id, edition, title })),
    },
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const { user, form } = await readEditorialForm(request);
  const choice = newItemChoice(request, user, mediaKinds);
  if (!choice) throw new Response("Bad Request", { status: 400 });
  const values = readMediaValues(form);
  const candidates = await candidatesFor(choice.edition, choice.kind);
  const checked = await checkMediaForm(values, {
    edition: choice.edition,
    kind: choice.kind,
    existing: null,
    candidates,
    mayPublish: can(user, "content.publish", choice.edition.code),
  });
  if (!checked.ok) return data({ values, problems: checked.problems, notes: checked.notes }, { status: 400 });
  try {
    const id = await createMediaItem(await getDb(), user, choice.edition.code, choice.kind, checked.input);
    return redirect(`/admin/media/${id}?flash=saved`, 303);
  } catch (error) {
    // Taken between the check and the insert
    if (violatedUniqueIndex(error) === "media_items_edition_kind_slug") {
      return data({ values, problems: { slug: { key: "slugTaken" as const } }, notes: {} }, { status: 400 });
    }
    throw error;
  }
}

export default function NewMediaItem() {
  const { editions, choice } = useLoaderData<typeof loader>();
  const submission = useActionData<typeof action>();
  const { t } = useTranslation(["admin-media", "admin"]);
  return (
    <section aria-labelledby="page-title" className="max-w-3xl space-y-6">
      <AdminTitle errorCount={Object.keys(submission?.problems ?? {}).length}>{t("media.new")}</AdminTitle>
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h1 id="page-title" className="text-2xl font-bold">
          {t("media.new")}
          {choice ? (
            <span className="ms-2 text-lg font-normal text-stone-600">
              {t(`media.kinds.${choice.kind}`)} · {getEdition(choice.edition).nativeName}
            </span>
          ) : null}
        </h1>
        <Link to="/admin/media" className="text-brand underline hover:no-underline">
          {t("admin:actions.cancel")}
        </Link>
      </div>
      {choice ? (
        <MediaItemForm
          key={`${choice.edition}-${choice.kind}`}
          edition={getEdition(choice.edition)}
          kind={choice.kind}
          values={submission?.values ?? emptyMediaValues()}
          problems={submission?.problems ?? {}}
          notes={submission?.notes ?? {}}
          candidates={choice.candidates}
          mayPublish={choice.mayPublish}
          limits={mediaLimits}
        />
      ) : (
        <NewItemChooser action="/admin/media/new" legend={t("media.choose")} editions={editions} kinds={mediaKinds} kindLabel={(kind) => t(`media.kinds.${kind}`)} />
      )}
    </section>
  );
}
