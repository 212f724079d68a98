// The fields of a media item (new and edit): title, slug, description, the video's address and length,
// the same item in another edition, and the publish state. Written in the item's edition (lang, dir).
import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { FieldProblems } from "~/admin/form-validation.server";
import type { MediaFieldNotes, MediaFormValues } from "./form";
import { Field } from "~/components/form/Field";
import { TextArea } from "~/components/form/TextArea";
import type { MediaKind } from "~/db/schema";
import type { Edition } from "~/editions";
import { FormProblemsSummary, SaveButton, useFieldProblemText } from "~/admin/ui/AdminUi";
import { CsrfField } from "~/admin/ui/CsrfField";
import { SlugField, TitleField, TranslationAndPublishFields } from "~/admin/ui/EditorFields";
import type { TranslationOption } from "~/admin/ui/TranslationSelect";

export function MediaItemForm({
  edition,
  kind,
  values,
  problems,
  notes,
  candidates,
  mayPublish,
  limits,
}: {
  edition: Edition;
  kind: MediaKind;
  values: MediaFormValues;
  problems: FieldProblems;
  notes: MediaFieldNotes;
  candidates: TranslationOption[];
  mayPublish: boolean;
  limits: { title: number; description: number };
}) {
  const { t } = useTranslation("admin-media");
  const problemText = useFieldProblemText();
  return (
    <Form method="post" className="space-y-4" noValidate>
      <CsrfField />
      <input type="hidden" name="intent" value="save" />
      <FormProblemsSummary
        problems={problems}
        labels={{ description: t("media.fields.description"), videoEmbedUrl: t("media.fields.videoEmbedUrl"), videoDuration: t("media.fields.videoDuration") }}
      />
      <TitleField defaultValue={values.title} problem={problems.title} edition={edition} maxLength={limits.title} />
      <SlugField defaultValue={values.slug} problem={problems.slug} edition={edition} />
      <TextArea
        name="description"
        label={t("media.fields.description")}
        defaultValue={values.description}
        errors={problemText(problems.description)}
        lang={edition.code}
        dir={edition.dir}
        maxLength={limits.description}
        rows={4}
      />
      {kind === "videos" ? (
        <div className="grid gap-4 sm:grid-cols-[1fr_12rem]">
          <Field
            name="videoEmbedUrl"
            type="url"
            dir="ltr"
            label={t("media.fields.videoEmbedUrl")}
            hint={t("media.fields.videoEmbedUrlHint")}
            defaultValue={values.videoEmbedUrl}
            errors={notes.videoEmbedUrl ? [t("media.notes.videoHost")] : problemText(problems.videoEmbedUrl)}
            required
          />
          <Field
            name="videoDuration"
            dir="ltr"
            inputMode="numeric"
            label={t("media.fields.videoDuration")}
            hint={t("media.fields.videoDurationHint")}
            defaultValue={values.videoDuration}
            errors={notes.videoDuration ? [t("media.notes.duration")] : problemText(problems.videoDuration)}
          />
        </div>
      ) : null}
      <TranslationAndPublishFields values={values} problems={problems} notes={notes} candidates={candidates} edition={edition} mayPublish={mayPublish} />
      <SaveButton />
    </Form>
  );
}
