import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { articleEditorChoices, articleFormAction, articleLimits, emptyArticleValues } from "~/admin/articles/form.server";
import { resolveInterfaceLanguage } from "~/admin/interface-language.server";
import { requireUserWith } from "~/auth/guard.server";
import { can, editionsOf } from "~/auth/permissions";
import { ActionLink, EditionOptions, secondaryButtonClassName, AdminTitle } from "~/admin/ui/AdminUi";
import { ArticleForm } from "~/admin/articles/ArticleForm";
import { getDb } from "~/db/database.server";
import { findEdition, getEdition } from "~/editions";

export const handle = { i18n: ["admin-articles", "admin-media"] };

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUserWith(request, "content.edit");
  const editions = editionsOf(user).filter((code) => can(user, "content.edit", code));
  const requested = new URL(request.url).searchParams.get("edition");
  const language = await resolveInterfaceLanguage(request, user);
  // The edition asked for, else the one the editor works in (interface language), else their first
  const code = editions.find((candidate) => candidate === requested) ?? editions.find((candidate) => candidate === language) ?? editions[0]!;
  const edition = getEdition(code);
  return {
    edition: code,
    editions,
    values: emptyArticleValues(),
    choices: await articleEditorChoices(await getDb(), edition, findEdition(language) ?? edition, null),
    limits: articleLimits,
    mayPublish: can(user, "content.publish", code),
  };
}

export const action = ({ request }: ActionFunctionArgs) => articleFormAction(request, null);

export default function NewArticle() {
  const { edition: code, editions, values, choices, limits, mayPublish } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation("admin-articles");
  const edition = getEdition(code);

  return (
    <section aria-labelledby="page-title" className="space-y-6">
      <AdminTitle errorCount={Object.keys(result?.problems ?? {}).length}>{t("new.title")}</AdminTitle>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 id="page-title" className="text-2xl font-bold">
          {t("new.title")}
        </h1>
        <ActionLink to="/admin/articles" action="cancel" />
      </div>
      {/* The edition comes first: the choices of category, author and series are named in it */}
      <Form method="get" className="flex flex-wrap items-end gap-3 rounded bg-surface p-4 shadow">
        <div className="flex flex-col">
          <label htmlFor="article-edition" className="font-semibold">
            {t("admin:fields.edition")}
          </label>
          <select
            id="article-edition"
            name="edition"
            defaultValue={code}
            onChange={(event) => event.currentTarget.form?.requestSubmit()}
            className="mt-1 rounded border border-stone-500 bg-surface px-2 py-1.5"
          >
            <EditionOptions available={editions} />
          </select>
        </div>
        <button type="submit" className={secondaryButtonClassName}>
          {t("new.chooseEdition")}
        </button>
      </Form>
      <ArticleForm
        key={code}
        edition={edition}
        values={result?.values ?? values}
        problems={result?.problems ?? {}}
        notes={result?.notes ?? {}}
        previewHtml={result?.previewHtml ?? null}
        choices={choices}
        limits={limits}
        mayPublish={mayPublish}
        readOnly={false}
        isTranslation={false}
        newInEdition={code}
      />
    </section>
  );
}
