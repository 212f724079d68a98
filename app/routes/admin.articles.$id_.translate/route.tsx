// "Translate into …": an article of any edition, read only, and (?into=<edition>) the form that makes a
// draft of it in one of the user's editions, the source's texts beside the translation's own fields.
// Translators reach other editions' articles here (they may not edit them).
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { articleLimits } from "~/admin/articles/form.server";
import { mayOpenArticle, translationTargets } from "~/admin/articles/permissions";
import type { FieldProblems } from "~/admin/form-validation.server";
import type { SourceTexts } from "~/admin/articles/translation-fields";
import {
  checkTranslation,
  copyFromSource,
  emptyTranslationValues,
  readTranslationForm,
  sourceTextsOf,
  type TranslationValues,
} from "~/admin/articles/translation-form.server";
import { readEditorialForm, requirePermission, requireEditor } from "~/auth/guard.server";
import { ActionLink, AdminTitle, DefaultSubmit, FormProblemsSummary, SaveButton, StatusBadge, useFieldProblemText } from "~/admin/ui/AdminUi";
import { StaleFlag, TranslateForm } from "~/admin/articles/ArticleTranslations";
import { CsrfField } from "~/admin/ui/CsrfField";
import { SlugField, TitleField } from "~/admin/ui/EditorFields";
import { SourceBeside } from "~/admin/articles/SourceBeside";
import { Field } from "~/components/form/Field";
import { TextArea } from "~/components/form/TextArea";
import { getDb } from "~/db/database.server";
import { findEdition, getEdition, type Edition } from "~/editions";
import { articleForEditing, createTranslation, slugTaken, violatedUniqueIndex } from "~/models/admin-articles.server";
import { formatDateTime } from "~/utils/format";
import { requireId } from "~/routing/params.server";

export const handle = { i18n: ["admin-articles"] };

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user, interfaceEdition } = await requireEditor(request, "translation.edit");
  const article = await articleForEditing(await getDb(), requireId(params.id));
  if (!article) throw new Response("Not Found", { status: 404 });
  const targets = translationTargets(
    user,
    article.group.map((member) => member.edition),
  );
  // The edition chosen with "Translate into"; the only one there is needs no choosing
  const asked = new URL(request.url).searchParams.get("into") ?? undefined;
  const into = targets.find((code) => code === asked) ?? (targets.length === 1 ? targets[0] : undefined) ?? null;
  return {
    into,
    texts: sourceTextsOf(article),
    values: emptyTranslationValues(),
    limits: articleLimits,
    source: {
      id: article.id,
      edition: article.edition,
      title: article.title,
      excerpt: article.excerpt,
      status: article.status,
      updatedAt: formatDateTime(interfaceEdition, article.updatedAt),
      opens: mayOpenArticle(user, article.edition),
    },
    group: article.group.map((member) => ({
      id: member.id,
      edition: member.edition,
      title: member.title,
      status: member.status,
      stale: member.stale,
      opens: mayOpenArticle(user, member.edition),
    })),
    targets,
  };
}

export interface TranslateFormResult {
  values: TranslationValues;
  problems: FieldProblems;
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, form } = await readEditorialForm(request);
  const db = await getDb();
  const source = await articleForEditing(db, requireId(params.id));
  if (!source) throw new Response("Not Found", { status: 404 });
  const target = findEdition(form.get("edition")?.toString());
  if (!target) throw new Response("Bad Request", { status: 400 });
  requirePermission(user, "translation.edit", target.code);
  const conflict = () => new Response("Conflict", { status: 409 });
  if (source.group.some((member) => member.edition === target.code)) throw conflict();

  const texts = sourceTextsOf(source);
  const { values, copy } = readTranslationForm(form);
  if (copy) return data({ values: copyFromSource(values, copy, texts), problems: {} } satisfies TranslateFormResult);
  const checked = await checkTranslation(values, {
    target,
    source: texts,
    otherEditionSlugs: source.group.map((member) => member.slug),
    slugTaken: (candidate) => slugTaken(db, target.code, candidate),
  });
  if (!checked.ok) return data({ values, problems: checked.problems } satisfies TranslateFormResult, { status: 400 });
  try {
    const id = await createTranslation(db, user, source.id, target.code, checked.texts);
    if (id === undefined) throw new Response("Not Found", { status: 404 });
    return redirect(`/admin/articles/${id}?flash=saved`);
  } catch (error) {
    // Someone else made this translation (or took the slug) a moment ago
    if (violatedUniqueIndex(error) !== undefined) throw conflict();
    throw error;
  }
}

export default function TranslateArticle() {
  const { source, group, targets, into, texts, values, limits } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation("admin-articles");
  const edition = getEdition(source.edition);
  const others = group.filter((member) => member.id !== source.id);
  const target = into ? getEdition(into) : null;

  if (target) {
    return (
      <section aria-labelledby="page-title" className="space-y-6">
        <AdminTitle errorCount={Object.keys(result?.problems ?? {}).length}>{t("translate.title")}</AdminTitle>
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h1 id="page-title" className="text-2xl font-bold">
            {t("translate.titleInto", { source: edition.nativeName, target: target.nativeName })}
          </h1>
          <ActionLink to={`/admin/articles/${source.id}/translate`} action="cancel" />
        </div>
        <p className="text-stone-700">{t("translate.sideBySide")}</p>
        <SideBySideForm
          key={target.code}
          target={target}
          texts={texts}
          values={result?.values ?? values}
          problems={result?.problems ?? {}}
          limits={limits}
        />
      </section>
    );
  }

  return (
    <section aria-labelledby="page-title" className="max-w-3xl space-y-6">
      <AdminTitle>{t("translate.title")}</AdminTitle>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 id="page-title" className="text-2xl font-bold">
          {t("translate.title")}
        </h1>
        <ActionLink to="/admin/articles" action="cancel" />
      </div>
      <article className="rounded bg-surface p-4 shadow">
        <p className="flex flex-wrap items-center gap-2 text-sm text-stone-700">
          <span lang={edition.code}>{edition.nativeName}</span>
          <StatusBadge status={source.status} />
          <span>{t("edit.lastEdit", { when: source.updatedAt })}</span>
        </p>
        <h2 lang={edition.code} dir={edition.dir} className="mt-2 text-xl font-semibold">
          {source.opens ? (
            <Link to={`/admin/articles/${source.id}`} className="text-brand hover:underline">
              {source.title}
            </Link>
          ) : (
            source.title
          )}
        </h2>
        {source.excerpt ? (
          <p lang={edition.code} dir={edition.dir} className="mt-2 text-stone-800">
            {source.excerpt}
          </p>
        ) : null}
      </article>

      <section aria-labelledby="group-title" className="rounded bg-surface p-4 shadow">
        <h2 id="group-title" className="text-lg font-semibold">
          {t("translations.title")}
        </h2>
        {others.length === 0 ? (
          <p className="mt-2 text-sm text-stone-600">{t("translations.none")}</p>
        ) : (
          <ul className="mt-2 divide-y divide-stone-200">
            {others.map((member) => {
              const memberEdition = findEdition(member.edition);
              return (
                <li key={member.id} className="flex flex-wrap items-center gap-2 py-2">
                  <span className="w-20 shrink-0 text-sm text-stone-700" lang={member.edition}>
                    {memberEdition?.nativeName}
                  </span>
                  <span lang={member.edition} dir={memberEdition?.dir} className="min-w-0 flex-1">
                    {member.opens ? (
                      <Link to={`/admin/articles/${member.id}`} className="text-brand hover:underline">
                        {member.title}
                      </Link>
                    ) : (
                      member.title
                    )}
                  </span>
                  <StatusBadge status={member.status} />
                  {member.stale ? <StaleFlag /> : null}
                </li>
              );
            })}
          </ul>
        )}
      </section>

      {targets.length > 0 ? <TranslateForm sourceId={source.id} targets={targets} /> : <p className="text-stone-700">{t("translate.noTargets")}</p>}
    </section>
  );
}

/** The translation's fields, each beside the source's text (copyable), in the target's language and direction */
function SideBySideForm({
  target,
  texts,
  values,
  problems,
  limits,
}: {
  target: Edition;
  texts: SourceTexts;
  values: TranslationValues;
  problems: FieldProblems;
  limits: typeof articleLimits;
}) {
  const { t } = useTranslation("admin-articles");
  const { t: tAdmin } = useTranslation("admin");
  const problemText = useFieldProblemText();
  const inTarget = { lang: target.code, dir: target.dir };
  return (
    <Form method="post" className="space-y-5 rounded bg-surface p-4 shadow">
      <CsrfField />
      <input type="hidden" name="edition" value={target.code} />
      <DefaultSubmit name="intent" value="create" />
      <FormProblemsSummary problems={problems} />
      <SourceBeside source={texts} field="title" label={tAdmin("fields.title")} copy>
        <TitleField defaultValue={values.title} problem={problems.title} edition={target} maxLength={limits.title} />
      </SourceBeside>
      <div className="lg:ms-[50%] lg:ps-3">
        <SlugField defaultValue={values.slug} problem={problems.slug} edition={target} />
      </div>
      <SourceBeside source={texts} field="excerpt" label={t("form.excerpt")} copy>
        <TextArea name="excerpt" label={t("form.excerpt")} defaultValue={values.excerpt} errors={problemText(problems.excerpt)} maxLength={limits.excerpt} rows={3} {...inTarget} />
      </SourceBeside>
      <SourceBeside source={texts} field="body" label={t("form.body")} copy>
        <TextArea name="body" label={t("form.body")} defaultValue={values.body} errors={problemText(problems.body)} maxLength={limits.body} rows={16} required {...inTarget} />
      </SourceBeside>
      {texts.coverImage ? (
        <>
          <img src={texts.coverImage} alt="" className="max-h-40 rounded bg-stone-100 object-contain" />
          <SourceBeside source={texts} field="coverAlt" label={t("form.coverAlt")} copy>
            <Field name="coverAlt" label={t("form.coverAlt")} hint={t("form.coverAltHint")} defaultValue={values.coverAlt} errors={problemText(problems.coverAlt)} maxLength={limits.coverAlt} required {...inTarget} />
          </SourceBeside>
          <SourceBeside source={texts} field="coverCaption" label={t("form.coverCaption")} copy>
            <Field name="coverCaption" label={t("form.coverCaption")} defaultValue={values.coverCaption} errors={problemText(problems.coverCaption)} maxLength={limits.coverCaption} {...inTarget} />
          </SourceBeside>
        </>
      ) : null}
      <div className="flex justify-end">
        <SaveButton name="intent" value="create">
          {t("translate.submit")}
        </SaveButton>
      </div>
    </Form>
  );
}
