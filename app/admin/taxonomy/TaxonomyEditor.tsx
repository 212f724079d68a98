// The form of a category, author or series: one fieldset per edition the editor works on (name or
// title, slug, description or bio, typed in that edition's language and direction), the other editions
// shown read-only; and, for an existing item, the delete button.
import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { FieldProblems } from "~/admin/form-validation.server";
import type { TaxonomyActionData } from "./routes.server";
import { Field } from "~/components/form/Field";
import { TextArea } from "~/components/form/TextArea";
import { editions, type Edition } from "~/editions";
import type { TaxonomyKind, TaxonomyTranslation } from "~/models/admin-taxonomy.server";
import { ActionLink, DeleteForm, FormProblemsSummary, SaveButton, useFieldProblemText, AdminTitle } from "~/admin/ui/AdminUi";
import { CsrfField } from "~/admin/ui/CsrfField";

export interface TaxonomyEditorProps {
  kind: TaxonomyKind;
  item: { id: number; key: string; translations: Record<string, TaxonomyTranslation>; articleCount: number } | null;
  /** The editions whose fields the user may change */
  managed: string[];
  mayDelete: boolean;
  actionData: TaxonomyActionData | undefined;
}

// Must match taxonomyFieldName() in taxonomy-routes.server.ts (not imported: server-only module)
const fieldName = (field: keyof TaxonomyTranslation, edition: Edition) => `${field}.${edition.code}`;

export function TaxonomyEditor({ kind, item, managed, mayDelete, actionData }: TaxonomyEditorProps) {
  const { t } = useTranslation(["admin-taxonomy", "admin"]);
  const problems = actionData?.problems ?? {};
  const heading = item ? t(`kinds.${kind}.edit`) : t(`kinds.${kind}.new`);
  return (
    <section aria-labelledby="page-title" className="max-w-3xl space-y-6">
      <AdminTitle errorCount={Object.keys(problems ?? {}).length}>{heading}</AdminTitle>
      <div>
        <h1 id="page-title" className="text-2xl font-bold">
          {heading}
        </h1>
        {item ? (
          <p className="mt-1 text-sm text-stone-700">
            {t("form.key")}: <code dir="ltr">{item.key}</code> ·{" "}
            {item.articleCount === 0 ? t("form.unused") : t(`kinds.${kind}.usage`, { count: item.articleCount })}
          </p>
        ) : null}
      </div>
      {actionData?.deleteRefused ? (
        <div role="alert" className="rounded border-s-4 border-red-700 bg-red-50 px-4 py-3 font-semibold text-red-900">
          {t(`kinds.${kind}.inUse`, { count: actionData.deleteRefused.articleCount })}
        </div>
      ) : null}
      <FormProblemsSummary problems={problems} />
      <Form method="post" className="space-y-6" noValidate>
        <CsrfField />
        {editions.map((edition) =>
          managed.includes(edition.code) ? (
            <EditionFieldset
              key={edition.code}
              kind={kind}
              edition={edition}
              values={actionData?.values[edition.code] ?? item?.translations[edition.code]}
              problems={problems}
            />
          ) : (
            <ReadOnlyEdition key={edition.code} kind={kind} edition={edition} translation={item?.translations[edition.code]} />
          ),
        )}
        <div className="flex flex-wrap gap-3">
          <SaveButton />
          <ActionLink to={`/admin/${kind}`} action="cancel" />
        </div>
      </Form>
      {item && mayDelete ? (
        <div className="border-t border-stone-300 pt-4">
          <DeleteForm />
        </div>
      ) : null}
    </section>
  );
}

function EditionFieldset({
  kind,
  edition,
  values,
  problems,
}: {
  kind: TaxonomyKind;
  edition: Edition;
  values: TaxonomyTranslation | undefined;
  problems: FieldProblems;
}) {
  const { t } = useTranslation(["admin-taxonomy", "admin"]);
  const problemText = useFieldProblemText();
  return (
    <fieldset className="space-y-4 rounded border border-stone-300 bg-surface p-4">
      <legend lang={edition.code} className="px-1 font-semibold">
        {edition.nativeName}
      </legend>
      <Field
        name={fieldName("name", edition)}
        label={t(`kinds.${kind}.name`)}
        defaultValue={values?.name}
        errors={problemText(problems[fieldName("name", edition)])}
        lang={edition.code}
        dir={edition.dir}
        maxLength={200}
      />
      <Field
        name={fieldName("slug", edition)}
        label={t("admin:fields.slug")}
        hint={t(`kinds.${kind}.slugHint`)}
        defaultValue={values?.slug}
        errors={problemText(problems[fieldName("slug", edition)])}
        lang={edition.code}
        dir={edition.dir}
        maxLength={120}
      />
      <TextArea
        name={fieldName("text", edition)}
        label={t(`kinds.${kind}.text`)}
        defaultValue={values?.text}
        errors={problemText(problems[fieldName("text", edition)])}
        lang={edition.code}
        dir={edition.dir}
        rows={4}
        maxLength={2000}
      />
    </fieldset>
  );
}

/** An edition the user does not work on: what it says, for reference, with no field to send */
function ReadOnlyEdition({ kind, edition, translation }: { kind: TaxonomyKind; edition: Edition; translation: TaxonomyTranslation | undefined }) {
  const { t } = useTranslation(["admin-taxonomy", "admin"]);
  return (
    <section aria-label={edition.nativeName} className="rounded border border-dashed border-stone-300 bg-stone-50 p-4">
      <h2 lang={edition.code} className="font-semibold">
        {edition.nativeName}
      </h2>
      <p className="text-sm text-stone-600">{t("form.readOnly")}</p>
      {translation ? (
        <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
          <dt className="font-semibold">{t(`kinds.${kind}.name`)}</dt>
          <dd lang={edition.code} dir={edition.dir}>
            {translation.name}
          </dd>
          <dt className="font-semibold">{t("admin:fields.slug")}</dt>
          <dd lang={edition.code} dir={edition.dir}>
            {translation.slug}
          </dd>
          {translation.text ? (
            <>
              <dt className="font-semibold">{t(`kinds.${kind}.text`)}</dt>
              <dd lang={edition.code} dir={edition.dir} className="whitespace-pre-line">
                {translation.text}
              </dd>
            </>
          ) : null}
        </dl>
      ) : (
        <p className="mt-2 inline-block rounded border border-dashed border-amber-600 bg-amber-50 px-2 py-0.5 text-xs text-amber-900">{t("list.missing")}</p>
      )}
    </section>
  );
}
