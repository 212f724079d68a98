// The fields of a publication (new and edit): title, slug, description, its number or year, the document's
// language, the cover and the PDF (from the library or uploaded with the form), the same publication in
// another edition, and the publish state. A multipart form: it works without JavaScript.
import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { FieldProblems } from "~/admin/form-validation.server";
import type { PublicationFieldNotes, PublicationFormValues } from "./form";
import { Field } from "~/components/form/Field";
import { TextArea } from "~/components/form/TextArea";
import { controlClassName, labelClassName } from "~/components/form/styles";
import type { PublicationKind } from "~/db/schema";
import type { Edition } from "~/editions";
import { imageAccept, pdfAccept } from "~/uploads/limits";
import { FormProblemsSummary, SaveButton, useFieldProblemText } from "~/admin/ui/AdminUi";
import { CsrfField } from "~/admin/ui/CsrfField";
import { SlugField, TitleField, TranslationAndPublishFields } from "~/admin/ui/EditorFields";
import type { TranslationOption } from "~/admin/ui/TranslationSelect";
import { UploadPicker, type PickerUpload } from "~/admin/ui/UploadPicker";
import { useUploadProblemText, type UploadLimitsText } from "~/admin/ui/UploadProblems";

export interface PublicationFormChoices {
  languages: { code: string; name: string }[];
  candidates: TranslationOption[];
  images: PickerUpload[];
  pdfs: PickerUpload[];
  /** The publication's cover and PDF now (when editing) */
  currentCover: { thumbnail: string | null; detail: string } | null;
  currentPdf: { detail: string } | null;
  limits: UploadLimitsText;
  textLimits: { title: number; description: number; coverAlt: number };
}

export function PublicationForm({
  edition,
  kind,
  values,
  problems,
  notes,
  choices,
  mayPublish,
}: {
  edition: Edition;
  kind: PublicationKind;
  values: PublicationFormValues;
  problems: FieldProblems;
  notes: PublicationFieldNotes;
  choices: PublicationFormChoices;
  mayPublish: boolean;
}) {
  const { t } = useTranslation("admin-media");
  const problemText = useFieldProblemText();
  const uploadProblemText = useUploadProblemText();
  const pdfRefusal = uploadProblemText(notes.pdf, choices.limits);
  const coverRefusal = uploadProblemText(notes.cover, choices.limits);
  const numbered = kind !== "books";
  return (
    <Form method="post" encType="multipart/form-data" className="space-y-4" noValidate>
      <CsrfField />
      <input type="hidden" name="intent" value="save" />
      <FormProblemsSummary
        problems={problems}
        uploads={{ pdfChoice: pdfRefusal, coverChoice: coverRefusal }}
        labels={{
          description: t("publications.fields.description"),
          issueNumber: t("publications.fields.issueNumber"),
          editionYear: t("publications.fields.editionYear"),
          coverAlt: t("publications.fields.coverAlt"),
          pdfChoice: t("publications.fields.pdf"),
          coverChoice: t("publications.fields.cover"),
        }}
      />
      <TitleField defaultValue={values.title} problem={problems.title} edition={edition} maxLength={choices.textLimits.title} />
      <SlugField defaultValue={values.slug} problem={problems.slug} edition={edition} />
      <TextArea
        name="description"
        label={t("publications.fields.description")}
        defaultValue={values.description}
        errors={problemText(problems.description)}
        lang={edition.code}
        dir={edition.dir}
        maxLength={choices.textLimits.description}
        rows={4}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        {numbered ? (
          <Field
            name="issueNumber"
            inputMode="numeric"
            dir="ltr"
            label={t("publications.fields.issueNumber")}
            defaultValue={values.issueNumber}
            errors={problemText(problems.issueNumber)}
          />
        ) : (
          <Field
            name="editionYear"
            inputMode="numeric"
            dir="ltr"
            label={t("publications.fields.editionYear")}
            defaultValue={values.editionYear}
            errors={problemText(problems.editionYear)}
          />
        )}
        <div>
          <label htmlFor="publication-language" className={labelClassName}>
            {t("publications.fields.language")}
          </label>
          <select id="publication-language" name="language" defaultValue={values.language} className={controlClassName(Boolean(problems.language))}>
            {choices.languages.map((language) => (
              <option key={language.code} value={language.code}>
                {language.name}
              </option>
            ))}
          </select>
        </div>
      </div>
      <UploadPicker
        legend={t("publications.fields.pdf")}
        choiceName="pdfChoice"
        fileName="pdfFile"
        uploads={choices.pdfs}
        selected={values.pdfChoice}
        accept={pdfAccept}
        fileHint={t("picker.pdfHint", { limit: choices.limits.pdf })}
        errors={pdfRefusal ?? problemText(problems.pdfChoice)}
        current={choices.currentPdf ? { label: t("picker.current"), thumbnail: null, detail: choices.currentPdf.detail } : undefined}
        required
      />
      <UploadPicker
        legend={t("publications.fields.cover")}
        choiceName="coverChoice"
        fileName="coverFile"
        uploads={choices.images}
        selected={values.coverChoice}
        accept={imageAccept}
        fileHint={t("picker.imageHint", { limit: choices.limits.image })}
        errors={coverRefusal ?? problemText(problems.coverChoice)}
        current={choices.currentCover ? { label: t("picker.current"), ...choices.currentCover } : undefined}
        noneLabel={t("publications.noCover")}
      />
      <Field
        name="coverAlt"
        label={t("publications.fields.coverAlt")}
        hint={t("publications.fields.coverAltHint")}
        defaultValue={values.coverAlt}
        errors={problemText(problems.coverAlt)}
        lang={edition.code}
        dir={edition.dir}
        maxLength={choices.textLimits.coverAlt}
      />
      <TranslationAndPublishFields values={values} problems={problems} notes={notes} candidates={choices.candidates} edition={edition} mayPublish={mayPublish} />
      <SaveButton />
    </Form>
  );
}
