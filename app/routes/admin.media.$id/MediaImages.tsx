// The images of a media item, in their order: each with its alt text and caption, moved up or down and
// removed with buttons of its own small form (no JavaScript needed), and a form that adds an image from
// the upload library or from a new upload.
import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { FieldProblems } from "~/admin/form-validation.server";
import { Field } from "~/components/form/Field";
import type { Edition } from "~/editions";
import { imageAccept } from "~/uploads/limits";
import type { UploadProblem } from "~/uploads/store.server";
import { dangerButtonClassName, FormProblemsSummary, secondaryButtonClassName, SaveButton, useFieldProblemText } from "~/admin/ui/AdminUi";
import { CsrfField } from "~/admin/ui/CsrfField";
import { UploadPicker, type PickerUpload } from "~/admin/ui/UploadPicker";
import { useUploadProblemText, type UploadLimitsText } from "~/admin/ui/UploadProblems";
import { ObjectName } from "~/components/ObjectName";

export interface EditedImage {
  id: number;
  src: string;
  alt: string;
  caption: string;
}

/** What the add-image form sent back when it was refused */
export interface AddImageResult {
  values: { alt: string; caption: string; uploadId: string };
  problems: FieldProblems;
  upload?: UploadProblem;
}

/** What an image's own form sent back when it was refused */
export interface ImageTextResult {
  imageId: number;
  values: { alt: string; caption: string };
  problems: FieldProblems;
}

export function MediaImages({
  version,
  edition,
  images,
  uploads,
  limits,
  textLimits,
  addResult,
  textResult,
}: {
  /** Changes with every saved change: the add-image form then starts empty again */
  version: string;
  edition: Edition;
  images: EditedImage[];
  uploads: PickerUpload[];
  limits: UploadLimitsText;
  textLimits: { alt: number; caption: number };
  addResult?: AddImageResult;
  textResult?: ImageTextResult;
}) {
  const { t } = useTranslation("admin-media");
  const problemText = useFieldProblemText();
  const uploadProblemText = useUploadProblemText();
  const addRefusal = uploadProblemText(addResult?.upload, limits);
  const textLabels = { alt: t("images.alt"), caption: t("images.caption") };
  return (
    <section id="images" aria-labelledby="images-title" className="space-y-4">
      <h2 id="images-title" className="text-xl font-bold">
        {t("images.title")}
      </h2>
      {images.length === 0 ? <p className="text-stone-600">{t("images.none")}</p> : null}
      <ol className="space-y-3">
        {images.map((image, index) => {
          const refused = textResult?.imageId === image.id ? textResult : undefined;
          const position = t("images.position", { position: index + 1 });
          return (
            <li key={image.id} className="rounded bg-surface p-3 shadow" data-image-id={image.id}>
              <Form method="post" className="grid gap-3 sm:grid-cols-[10rem_1fr]">
                <CsrfField />
                <input type="hidden" name="imageId" value={image.id} />
                <div>
                  <img src={image.src} alt="" className="aspect-video w-full rounded bg-stone-100 object-cover" loading="lazy" />
                  <p className="mt-1 text-sm text-stone-600">{position}</p>
                </div>
                <div className="space-y-2">
                  {refused ? <FormProblemsSummary problems={refused.problems} labels={textLabels} /> : null}
                  <ImageTextFields values={refused?.values ?? image} problems={refused?.problems} edition={edition} limits={textLimits} />
                  <div className="flex flex-wrap gap-2">
                    <button type="submit" name="intent" value="image-update" className={secondaryButtonClassName}>
                      {t("images.saveText")}
                      <ObjectName object={position} />
                    </button>
                    <button type="submit" name="intent" value="image-up" formNoValidate disabled={index === 0} className={`${secondaryButtonClassName} disabled:opacity-50`}>
                      <span aria-hidden="true">↑ </span>
                      {t("images.moveUp")}
                      <ObjectName object={position} />
                    </button>
                    <button
                      type="submit"
                      name="intent"
                      value="image-down"
                      formNoValidate
                      disabled={index === images.length - 1}
                      className={`${secondaryButtonClassName} disabled:opacity-50`}
                    >
                      <span aria-hidden="true">↓ </span>
                      {t("images.moveDown")}
                      <ObjectName object={position} />
                    </button>
                    <button type="submit" name="intent" value="image-remove" formNoValidate className={dangerButtonClassName}>
                      {t("images.remove")}
                      <ObjectName object={position} />
                    </button>
                  </div>
                </div>
              </Form>
            </li>
          );
        })}
      </ol>

      <Form key={version} method="post" encType="multipart/form-data" noValidate className="space-y-3 rounded bg-surface p-4 shadow" aria-labelledby="add-image-title">
        <CsrfField />
        <input type="hidden" name="intent" value="image-add" />
        <h3 id="add-image-title" className="text-lg font-semibold">
          {t("images.addTitle")}
        </h3>
        {addResult ? (
          <FormProblemsSummary
            problems={addResult.problems}
            labels={{ uploadId: t("images.image"), ...textLabels }}
            uploads={{ uploadId: addRefusal }}
          />
        ) : null}
        <UploadPicker
          legend={t("images.image")}
          choiceName="uploadId"
          fileName="file"
          uploads={uploads}
          selected={addResult?.values.uploadId ?? ""}
          accept={imageAccept}
          fileHint={t("picker.imageHint", { limit: limits.image })}
          errors={addRefusal ?? problemText(addResult?.problems.uploadId)}
          required
        />
        <ImageTextFields values={addResult?.values} problems={addResult?.problems} edition={edition} limits={textLimits} altHint={t("images.altHint")} />
        <SaveButton>{t("images.add")}</SaveButton>
      </Form>
    </section>
  );
}

/** An image's alt text (required) and caption, typed in the item's edition */
function ImageTextFields({
  values,
  problems,
  edition,
  limits,
  altHint,
}: {
  values?: { alt: string; caption: string };
  problems?: FieldProblems;
  edition: Edition;
  limits: { alt: number; caption: number };
  altHint?: string;
}) {
  const { t } = useTranslation("admin-media");
  const problemText = useFieldProblemText();
  return (
    <>
      <Field
        name="alt"
        label={t("images.alt")}
        hint={altHint}
        defaultValue={values?.alt}
        errors={problemText(problems?.alt)}
        lang={edition.code}
        dir={edition.dir}
        maxLength={limits.alt}
        required
      />
      <Field
        name="caption"
        label={t("images.caption")}
        defaultValue={values?.caption}
        errors={problemText(problems?.caption)}
        lang={edition.code}
        dir={edition.dir}
        maxLength={limits.caption}
      />
    </>
  );
}
