import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { mediaLimits } from "~/admin/media/form";
import { checkImageText, checkMediaForm, mediaValues, readMediaValues } from "~/admin/media/form.server";
import { changesPublication } from "~/domain/publish-state.server";
import { readEditorialForm, requirePermission, requireEditor } from "~/auth/guard.server";
import { can } from "~/auth/permissions";
import { AdminTitle, DeleteForm, Flash, StatusBadge } from "~/admin/ui/AdminUi";
import { MediaImages } from "./MediaImages";
import { MediaItemForm } from "~/admin/media/MediaItemForm";
import { formatFileSize } from "~/components/media/format";
import { editionCodes, getEdition } from "~/editions";
import {
  addMediaImage,
  deleteMediaItem,
  mediaItemForEditing,
  mediaTranslationCandidates,
  moveMediaImage,
  removeMediaImage,
  updateMediaImage,
  updateMediaItem,
  violatedUniqueIndex,
  type MediaItemForEditing,
} from "~/models/admin-media.server";
import { notFound, requireId, requireFormId } from "~/routing/params.server";
import { smallestImageUrl } from "~/uploads/image-urls";
import { readImageChoice, storeChosenImage } from "~/uploads/image-choice.server";
import { recentUploads } from "~/uploads/library.server";
import { maxImageBytes, maxPdfBytes, singleUploadFormBytes } from "~/uploads/limits";
import { pickerUploads } from "~/uploads/upload-view.server";
import { href } from "~/routing/href";
import { getDb } from "~/db/database.server";

export const handle = { i18n: ["admin-media"] };

async function requireItem(params: LoaderFunctionArgs["params"]): Promise<MediaItemForEditing> {
  const item = await mediaItemForEditing(await getDb(), requireId(params.id));
  if (!item) throw notFound();
  return item;
}

async function candidatesFor(item: MediaItemForEditing) {
  // Any edition's item: linking changes only the item being edited, not the one it is linked to
  return mediaTranslationCandidates(await getDb(), item.kind, editionCodes.filter((code) => code !== item.edition), item.id);
}

export async function loader({ params, request }: LoaderFunctionArgs) {
  const { user, interfaceEdition } = await requireEditor(request);
  const item = await requireItem(params);
  requirePermission(user, "content.edit", item.edition);
  const edition = getEdition(item.edition);
  const [candidates, uploads] = await Promise.all([candidatesFor(item), recentUploads("image")]);
  const linked = candidates.find((candidate) => candidate.translationGroup === item.translationGroup);
  return {
    item: {
      id: item.id,
      edition: item.edition,
      kind: item.kind,
      title: item.title,
      status: item.status,
      // A saved form is drawn afresh (a slug made from the title shows up)
      version: item.updatedAt.toISOString(),
      readerPath: item.status === "draft" ? null : href(item.edition, "mediaItem", item.kind, item.slug),
      images: item.images.map((image) => ({ id: image.id, src: smallestImageUrl(image.src), alt: image.alt, caption: image.caption })),
    },
    values: mediaValues(item, edition, linked ? String(linked.id) : ""),
    candidates: candidates.map(({ id, edition: code, title }) => ({ id, edition: code, title })),
    uploads: await pickerUploads(interfaceEdition, uploads),
    limits: { image: formatFileSize(interfaceEdition, maxImageBytes), pdf: formatFileSize(interfaceEdition, maxPdfBytes) },
    may: { publish: can(user, "content.publish", item.edition), delete: can(user, "content.delete", item.edition) },
  };
}

const imagesAnchor = (item: MediaItemForEditing) => `/admin/media/${item.id}?flash=saved#images`;

export async function action({ params, request }: ActionFunctionArgs) {
  // Large enough for an image uploaded with the add-image form
  const { user, form } = await readEditorialForm(request, singleUploadFormBytes);
  const item = await requireItem(params);
  requirePermission(user, "content.edit", item.edition);
  const intent = form.get("intent")?.toString();

  if (intent === "delete") {
    requirePermission(user, "content.delete", item.edition);
    await deleteMediaItem(await getDb(), user, item);
    return redirect("/admin/media?flash=deleted", 303);
  }

  if (intent === "image-add") {
    const text = checkImageText(form);
    const values = { alt: text.ok ? text.alt : text.values.alt, caption: text.ok ? text.caption : text.values.caption, uploadId: form.get("uploadId")?.toString() ?? "" };
    if (!text.ok) return data({ addImage: { values, problems: text.problems } }, { status: 400 });
    let image = await readImageChoice(form, { choiceField: "uploadId", fileField: "file", currentSrc: null });
    if (image !== "invalid" && image.kind === "new") {
      const stored = await storeChosenImage(user, image.file);
      if (!stored.ok) return data({ addImage: { values, problems: {}, upload: stored.problem } }, { status: stored.status });
      image = { kind: "upload", image: stored.image };
    }
    if (image === "invalid" || image.kind !== "upload") return data({ addImage: { values, problems: { uploadId: { key: "required" as const } } } }, { status: 400 });
    await addMediaImage(await getDb(), user, item, { ...image.image, alt: text.alt, caption: text.caption });
    return redirect(imagesAnchor(item), 303);
  }

  if (intent === "image-update") {
    const imageId = requireFormId(form, "imageId");
    const text = checkImageText(form);
    if (!text.ok) return data({ imageText: { imageId, values: text.values, problems: text.problems } }, { status: 400 });
    if (!(await updateMediaImage(await getDb(), user, item, imageId, text))) throw notFound();
    return redirect(imagesAnchor(item), 303);
  }

  if (intent === "image-up" || intent === "image-down") {
    if (!(await moveMediaImage(await getDb(), user, item, requireFormId(form, "imageId"), intent === "image-up" ? "up" : "down"))) throw notFound();
    return redirect(imagesAnchor(item), 303);
  }

  if (intent === "image-remove") {
    if (!(await removeMediaImage(await getDb(), user, item, requireFormId(form, "imageId")))) throw notFound();
    return redirect(imagesAnchor(item), 303);
  }

  if (intent !== "save") throw new Response("Bad Request", { status: 400 });
  const values = readMediaValues(form);
  const mayPublish = can(user, "content.publish", item.edition);
  const checked = await checkMediaForm(values, { edition: getEdition(item.edition), kind: item.kind, existing: item, candidates: await candidatesFor(item), mayPublish });
  if (!checked.ok) return data({ values, problems: checked.problems, notes: checked.notes }, { status: 400 });
  if (changesPublication(item, checked.input)) requirePermission(user, "content.publish", item.edition);
  try {
    await updateMediaItem(await getDb(), user, item, checked.input);
  } catch (error) {
    if (violatedUniqueIndex(error) === "media_items_edition_kind_slug") {
      return data({ values, problems: { slug: { key: "slugTaken" as const } }, notes: {} }, { status: 400 });
    }
    throw error;
  }
  return redirect(`/admin/media/${item.id}?flash=saved`, 303);
}

/** The problems of whichever of the screen's forms came back refused: the item, a new image, an image's texts */
function problemCount(submission: ReturnType<typeof useActionData<typeof action>>): number {
  if (!submission) return 0;
  if ("addImage" in submission) return Object.keys(submission.addImage.problems).length + ("upload" in submission.addImage && submission.addImage.upload ? 1 : 0);
  if ("imageText" in submission) return Object.keys(submission.imageText.problems).length;
  return "problems" in submission ? Object.keys(submission.problems ?? {}).length : 0;
}

export default function EditMediaItem() {
  const { item, values, candidates, uploads, limits, may } = useLoaderData<typeof loader>();
  const submission = useActionData<typeof action>();
  const { t } = useTranslation(["admin-media", "admin"]);
  const edition = getEdition(item.edition);
  const saved = submission && "values" in submission ? submission : undefined;
  return (
    <section aria-labelledby="page-title" className="max-w-4xl space-y-6">
      <AdminTitle errorCount={problemCount(submission)}>{t("media.edit")}</AdminTitle>
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <div>
          <p className="text-sm text-stone-600">
            {t(`media.kinds.${item.kind}`)} · {edition.nativeName}
          </p>
          <h1 id="page-title" className="text-2xl font-bold">
            <span lang={edition.code} dir={edition.dir}>
              {item.title}
            </span>
          </h1>
        </div>
        <div className="flex flex-wrap items-center gap-3">
          <StatusBadge status={item.status} />
          {item.readerPath ? (
            <a href={item.readerPath} className="text-brand hover:underline">
              {t("viewOnSite")}
            </a>
          ) : null}
          <Link to="/admin/media" className="text-brand hover:underline">
            {t("media.backToList")}
          </Link>
        </div>
      </div>
      <Flash />
      <MediaItemForm
        key={item.version}
        edition={edition}
        kind={item.kind}
        values={saved?.values ?? values}
        problems={saved?.problems ?? {}}
        notes={saved?.notes ?? {}}
        candidates={candidates}
        mayPublish={may.publish}
        limits={mediaLimits}
      />
      <MediaImages
        version={item.version}
        edition={edition}
        images={item.images}
        uploads={uploads}
        limits={limits}
        textLimits={mediaLimits}
        addResult={submission && "addImage" in submission ? submission.addImage : undefined}
        textResult={submission && "imageText" in submission ? submission.imageText : undefined}
      />
      {may.delete ? (
        <section aria-labelledby="delete-title" className="rounded border border-red-200 bg-surface p-4">
          <h2 id="delete-title" className="font-semibold">
            {t("media.deleteTitle")}
          </h2>
          <p className="mb-3 text-sm text-stone-700">{t("media.deleteHint")}</p>
          <DeleteForm />
        </section>
      ) : null}
    </section>
  );
}
