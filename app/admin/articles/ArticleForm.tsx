// The one form for writing an article, new or existing. Everything the article says (title, text,
// captions, the names of its category, author and series) is written and shown in the article's own
// edition (lang, dir), whatever the interface language. Works without JavaScript: the preview is a
// submit button (MarkdownField), and the form comes back filled in after a problem.
import { Form } from "@remix-run/react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { ArticleFieldNotes, ArticleFormValues } from "./form.server";
import type { FieldProblems } from "~/admin/form-validation.server";
import { fieldId } from "~/components/form/ErrorSummary";
import { Field } from "~/components/form/Field";
import { TextArea } from "~/components/form/TextArea";
import { controlClassName, labelClassName } from "~/components/form/styles";
import type { Edition } from "~/editions";
import type { NamedChoice } from "~/models/admin-articles.server";
import { imageAccept } from "~/uploads/limits";
import { DefaultSubmit, FormProblemsSummary, SaveButton, useFieldProblemText } from "~/admin/ui/AdminUi";
import { CsrfField } from "~/admin/ui/CsrfField";
import { PublishFields, SlugField, TitleField } from "~/admin/ui/EditorFields";
import { MarkdownField } from "~/admin/ui/MarkdownField";
import { SourceBeside } from "./SourceBeside";
import { UploadPicker, type PickerUpload } from "~/admin/ui/UploadPicker";
import { useUploadProblemText, type UploadLimitsText } from "~/admin/ui/UploadProblems";
import type { SourceTexts } from "./translation-fields";

export interface ArticleFormChoicesView {
  categories: NamedChoice[];
  authors: NamedChoice[];
  series: NamedChoice[];
  /** The library's newest images */
  images: PickerUpload[];
  /** The article's cover now (its alt text as detail) */
  currentCover: { thumbnail: string | null; detail: string } | null;
  limits: UploadLimitsText;
}

export interface ArticleFormProps {
  edition: Edition;
  values: ArticleFormValues;
  problems: FieldProblems;
  notes: ArticleFieldNotes;
  previewHtml: string | null;
  choices: ArticleFormChoicesView;
  limits: { title: number; excerpt: number; body: number; coverAlt: number; coverCaption: number };
  mayPublish: boolean;
  /** The user may look but not save (a translator on an article that is no longer a draft) */
  readOnly: boolean;
  /** A translation made from another article: offers "up to date with the source" */
  isTranslation: boolean;
  /** Only for a new article: the edition it is written in */
  newInEdition?: string;
  /** For a translation: the texts of the article it was made from, shown beside its fields */
  source?: SourceTexts | null;
  /** The source's version shown (its updated_at): "in sync" means in sync with this one */
  sourceVersion?: string | null;
  /** A translator on a published translation: the texts are sent as a proposed update (decision 016) */
  proposing?: boolean;
}

export function ArticleForm({ edition, values, problems, notes, previewHtml, choices, limits, mayPublish, readOnly, isTranslation, newInEdition, source = null, sourceVersion = null, proposing = false }: ArticleFormProps) {
  const { t } = useTranslation("admin-articles");
  const { t: tAdmin } = useTranslation("admin");
  const problemText = useFieldProblemText();
  const uploadProblemText = useUploadProblemText();
  const coverRefusal = uploadProblemText(notes.cover, choices.limits);
  const inEdition = { lang: edition.code, dir: edition.dir };
  // i18n-keys: admin-articles:problems.issueTaken admin-articles:problems.issueNeedsSeries
  const issueErrors = notes.issueNumber ? [t(`problems.${notes.issueNumber}`)] : problemText(problems.issueNumber);
  const status = values.status === "scheduled" || values.status === "published" ? values.status : "draft";

  return (
    // noValidate: the server's messages, in the error summary and the editor's language, rather than the browser's
    <Form method="post" encType="multipart/form-data" id="article-form" noValidate className="space-y-6">
      <CsrfField />
      {readOnly ? null : proposing ? <DefaultSubmit name="intent" value="propose" /> : <DefaultSubmit />}
      {newInEdition ? <input type="hidden" name="edition" value={newInEdition} /> : null}
      <FormProblemsSummary
        problems={problems}
        uploads={{ coverChoice: coverRefusal }}
        labels={{
          excerpt: t("form.excerpt"),
          body: t("form.body"),
          categoryId: t("form.category"),
          authorId: t("form.author"),
          seriesId: t("form.series"),
          issueNumber: t("form.issueNumber"),
          coverChoice: t("form.cover"),
          coverAlt: t("form.coverAlt"),
          coverCaption: t("form.coverCaption"),
        }}
      />
      {sourceVersion ? <input type="hidden" name="sourceVersion" value={sourceVersion} /> : null}
      {readOnly ? (
        <p role="note" className="rounded border-s-4 border-amber-600 bg-amber-50 px-4 py-3 text-amber-950">
          {t("form.readOnly")}
        </p>
      ) : null}
      {proposing ? (
        <p role="note" className="rounded border-s-4 border-sky-700 bg-sky-50 px-4 py-3 text-sky-950">
          {t("revision.proposing")}
        </p>
      ) : null}
      <fieldset disabled={readOnly} className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="space-y-5 rounded bg-surface p-4 shadow">
          <SourceBeside source={source} field="title" label={tAdmin("fields.title")}>
            <TitleField defaultValue={values.title} problem={problems.title} edition={edition} maxLength={limits.title} />
          </SourceBeside>
          <fieldset disabled={proposing}>
            <SlugField defaultValue={values.slug} problem={problems.slug} edition={edition} />
          </fieldset>
          <SourceBeside source={source} field="excerpt" label={t("form.excerpt")}>
            <TextArea
              name="excerpt"
              label={t("form.excerpt")}
              hint={t("form.excerptHint")}
              defaultValue={values.excerpt}
              errors={problemText(problems.excerpt)}
              maxLength={limits.excerpt}
              rows={3}
              {...inEdition}
            />
          </SourceBeside>
          <SourceBeside source={source} field="body" label={t("form.body")}>
            <MarkdownField label={t("form.body")} defaultValue={values.body} problem={problems.body} edition={edition} maxLength={limits.body} previewHtml={previewHtml} />
          </SourceBeside>
        </div>

        <div className="space-y-5">
          <PublishFields status={status} publishedAtInput={values.publishedAt} problem={problems.publishedAt} edition={edition} mayPublish={mayPublish} />
          {notes.publishedAt ? (
            <p className="-mt-3 text-sm font-semibold text-red-800">
              {/* i18n-keys: admin-articles:problems.scheduledNeedsFuture admin-articles:problems.publishedInFuture admin-articles:problems.dateFormat admin-articles:problems.impossibleDate */}
              {t(`problems.${notes.publishedAt}`)}
            </p>
          ) : null}
          {isTranslation ? (
            <div className="rounded border border-stone-300 bg-surface p-4">
              <label className="flex items-start gap-2">
                <input type="checkbox" name="upToDate" defaultChecked={values.upToDate} className="mt-1" aria-describedby={notes.upToDate ? "upToDate-note" : undefined} />
                <span>{t("form.upToDate")}</span>
              </label>
              {notes.upToDate ? (
                <p id="upToDate-note" className="mt-2 text-sm font-semibold text-red-800">
                  {t("revision.sourceChanged")}
                </p>
              ) : null}
            </div>
          ) : null}

          <fieldset disabled={proposing} className="space-y-4 rounded border border-stone-300 bg-surface p-4">
            <ChoiceSelect name="categoryId" label={t("form.category")} value={values.categoryId} errors={problemText(problems.categoryId)} edition={edition}>
              <option value="">{t("form.choose")}</option>
              {choices.categories.map((choice) => (
                <option key={choice.id} value={choice.id}>
                  {choice.name}
                </option>
              ))}
            </ChoiceSelect>
            <ChoiceSelect name="authorId" label={t("form.author")} value={values.authorId} errors={problemText(problems.authorId)} edition={edition}>
              <option value="">{t("form.choose")}</option>
              {choices.authors.map((choice) => (
                <option key={choice.id} value={choice.id}>
                  {choice.name}
                </option>
              ))}
            </ChoiceSelect>
            <ChoiceSelect name="seriesId" label={t("form.series")} value={values.seriesId} errors={problemText(problems.seriesId)} edition={edition}>
              <option value="">{t("form.noSeries")}</option>
              {choices.series.map((choice) => (
                <option key={choice.id} value={choice.id}>
                  {choice.name}
                </option>
              ))}
            </ChoiceSelect>
            <Field
              name="issueNumber"
              type="number"
              min={1}
              inputMode="numeric"
              label={t("form.issueNumber")}
              hint={t("form.issueHint")}
              defaultValue={values.issueNumber}
              errors={issueErrors}
              dir="ltr"
            />
          </fieldset>

          <CoverFields values={values} problems={problems} coverRefusal={coverRefusal} choices={choices} edition={edition} limits={limits} source={source} proposing={proposing} />

          {readOnly ? null : (
            <div className="flex justify-end">
              {proposing ? (
                <SaveButton name="intent" value="propose">
                  {t("revision.propose")}
                </SaveButton>
              ) : (
                <SaveButton />
              )}
            </div>
          )}
        </div>
      </fieldset>
    </Form>
  );
}

/** A labelled select whose options are named in the article's edition */
function ChoiceSelect({ name, label, value, errors, edition, children }: { name: string; label: string; value: string; errors?: string[]; edition: Edition; children: ReactNode }) {
  const id = fieldId(name);
  const invalid = Boolean(errors?.length);
  return (
    <div>
      <label htmlFor={id} className={labelClassName}>
        {label}
      </label>
      <select
        id={id}
        name={name}
        defaultValue={value}
        lang={edition.code}
        dir={edition.dir}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? `${id}-errors` : undefined}
        className={controlClassName(invalid)}
      >
        {children}
      </select>
      {invalid ? (
        <ul id={`${id}-errors`} className="mt-1 text-sm font-semibold text-red-800">
          {errors?.map((error) => (
            <li key={error}>{error}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

function CoverFields({
  values,
  problems,
  coverRefusal,
  choices,
  edition,
  limits,
  source = null,
  proposing = false,
}: Pick<ArticleFormProps, "values" | "problems" | "choices" | "edition" | "limits" | "source" | "proposing"> & {
  /** A refused cover upload's words (see UploadProblems) */
  coverRefusal: string[] | undefined;
}) {
  const { t } = useTranslation("admin-articles");
  const { t: tMedia } = useTranslation("admin-media");
  const problemText = useFieldProblemText();
  return (
    <div className="space-y-4">
      {/* Disabled while proposing: a translator's update changes the texts only */}
      <fieldset disabled={proposing}>
        <UploadPicker
          legend={t("form.cover")}
          choiceName="coverChoice"
          fileName="coverFile"
          uploads={choices.images}
          selected={values.coverChoice}
          accept={imageAccept}
          fileHint={tMedia("picker.imageHint", { limit: choices.limits.image })}
          errors={coverRefusal ?? problemText(problems.coverChoice)}
          current={choices.currentCover ? { label: t("form.keepCover"), ...choices.currentCover } : undefined}
          noneLabel={t("form.noCover")}
        />
      </fieldset>
      <SourceBeside source={source} field="coverAlt" label={t("form.coverAlt")} stacked>
        <Field
          name="coverAlt"
          label={t("form.coverAlt")}
          hint={t("form.coverAltHint")}
          defaultValue={values.coverAlt}
          errors={problemText(problems.coverAlt)}
          maxLength={limits.coverAlt}
          lang={edition.code}
          dir={edition.dir}
        />
      </SourceBeside>
      <SourceBeside source={source} field="coverCaption" label={t("form.coverCaption")} stacked>
        <Field
          name="coverCaption"
          label={t("form.coverCaption")}
          defaultValue={values.coverCaption}
          errors={problemText(problems.coverCaption)}
          maxLength={limits.coverCaption}
          lang={edition.code}
          dir={edition.dir}
        />
      </SourceBeside>
    </div>
  );
}
