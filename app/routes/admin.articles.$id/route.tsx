import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { articleEditorChoices, articleFormAction, articleLimits, articleValues } from "~/admin/articles/form.server";
import { mayEditArticle, mayOpenArticle, mayProposeRevision, translationTargets } from "~/admin/articles/permissions";
import { sourceChanges } from "./source-changes";
import { forbidden, requireEditor } from "~/auth/guard.server";
import { can, type SignedInUser } from "~/auth/permissions";
import { ActionLink, DeleteForm, Flash, StatusBadge, AdminTitle } from "~/admin/ui/AdminUi";
import { ArticleForm } from "~/admin/articles/ArticleForm";
import { TranslateForm, TranslationsPanel, type TranslationView } from "~/admin/articles/ArticleTranslations";
import { getDb } from "~/db/database.server";
import { getEdition } from "~/editions";
import { articleForEditing, articleRevision, type ArticleForEditing } from "~/models/admin-articles.server";
import { RevisionPanel, SourceChangesPanel } from "./TranslationRevision";
import { sourceTextsOf } from "~/admin/articles/translation-form.server";
import { formatDateTime } from "~/utils/format";
import { requireId } from "~/routing/params.server";
import { href } from "~/routing/href";

export const handle = { i18n: ["admin-articles", "admin-media"] };

/** Where a group member's link leads: its editor, or (an edition the user only reads) its translate page */
function memberView(user: SignedInUser, member: ArticleForEditing["group"][number]): TranslationView {
  return {
    id: member.id,
    edition: member.edition,
    title: member.title,
    status: member.status,
    stale: member.stale,
    href: mayOpenArticle(user, member.edition) ? `/admin/articles/${member.id}` : `/admin/articles/${member.id}/translate`,
  };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user, interfaceEdition } = await requireEditor(request);
  const id = requireId(params.id);
  const db = await getDb();
  const article = await articleForEditing(db, id);
  if (!article) throw new Response("Not Found", { status: 404 });
  if (!mayOpenArticle(user, article.edition)) throw forbidden();
  const edition = getEdition(article.edition);
  const self = article.group.find((member) => member.id === article.id);
  const source = article.group.find((member) => member.id === article.translatedFromId);
  // A translation is edited beside its source's current text
  const sourceArticle = source ? await articleForEditing(db, source.id) : undefined;
  const stale = self?.stale ?? false;
  const proposing = mayProposeRevision(user, article);
  const revision = article.translatedFromId !== null ? await articleRevision(db, article.id) : undefined;
  const values = articleValues(article, edition);
  // A translator goes on with their open proposal
  if (proposing && revision) Object.assign(values, { title: revision.title, excerpt: revision.excerpt, body: revision.body, coverAlt: revision.coverAlt ?? "", coverCaption: revision.coverCaption ?? "" });
  const sourceNow = sourceArticle ? [sourceArticle.title, sourceArticle.excerpt, sourceArticle.body].join("\n\n") : null;

  return {
    article: {
      id: article.id,
      edition: article.edition,
      title: article.title,
      status: article.status,
      // Changes at every save: the form starts afresh with what was saved (a generated slug, say)
      version: article.updatedAt.toISOString(),
      updatedAt: formatDateTime(interfaceEdition, article.updatedAt),
      publicPath: article.status === "published" ? href(article.edition, "article", article.slug) : null,
    },
    values,
    choices: await articleEditorChoices(db, edition, interfaceEdition, article),
    limits: articleLimits,
    mayPublish: can(user, "content.publish", article.edition),
    readOnly: !mayEditArticle(user, article) && !proposing,
    proposing,
    sourceVersion: sourceArticle ? sourceArticle.updatedAt.toISOString() : null,
    // What changed in the source since the version the translation follows (the snapshot kept then)
    sourceChanges: stale && sourceNow !== null ? (article.sourceSnapshot !== null ? sourceChanges(article.sourceSnapshot, sourceNow) : ("unknown" as const)) : null,
    revision:
      revision && can(user, "content.publish", article.edition)
        ? {
            title: revision.title,
            excerpt: revision.excerpt,
            body: revision.body,
            inSync: revision.inSync,
            proposedBy: revision.proposedBy,
            when: formatDateTime(interfaceEdition, revision.updatedAt),
          }
        : null,
    revisionWaiting: revision !== undefined,
    mayDelete: can(user, "content.delete", article.edition),
    isTranslation: article.translatedFromId !== null,
    stale,
    translatedFrom: source ? memberView(user, source) : null,
    sourceTexts: sourceArticle ? sourceTextsOf(sourceArticle) : null,
    translations: article.group.filter((member) => member.id !== article.id).map((member) => memberView(user, member)),
    translateInto: translationTargets(
      user,
      article.group.map((member) => member.edition),
    ),
  };
}

export const action = ({ request, params }: ActionFunctionArgs) => articleFormAction(request, requireId(params.id));

export default function EditArticle() {
  const {
    article,
    values,
    choices,
    limits,
    mayPublish,
    readOnly,
    proposing,
    sourceVersion,
    sourceChanges,
    revision,
    revisionWaiting,
    mayDelete,
    isTranslation,
    stale,
    translatedFrom,
    sourceTexts,
    translations,
    translateInto,
  } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation("admin-articles");
  const edition = getEdition(article.edition);

  return (
    <section aria-labelledby="page-title" className="space-y-6">
      <AdminTitle errorCount={Object.keys(result?.problems ?? {}).length}>{t("edit.title")}</AdminTitle>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h1 id="page-title" className="text-2xl font-bold">
            {t("edit.title")}
          </h1>
          <p className="mt-1 flex flex-wrap items-center gap-2 text-sm text-stone-700">
            <span lang={edition.code}>{edition.nativeName}</span>
            <StatusBadge status={article.status} />
            <span>{t("edit.lastEdit", { when: article.updatedAt })}</span>
            {article.publicPath ? (
              <a href={article.publicPath} className="text-brand underline hover:no-underline">
                {t("edit.viewOnSite")}
              </a>
            ) : null}
          </p>
        </div>
        <ActionLink to="/admin/articles" action="cancel" />
      </div>
      <Flash />
      {revision ? <RevisionPanel revision={revision} edition={article.edition} /> : null}
      {!revision && revisionWaiting ? (
        <p role="note" className="rounded border-s-4 border-sky-700 bg-sky-50 px-4 py-3 text-sky-950">
          {t("revision.waiting")}
        </p>
      ) : null}
      {sourceChanges && translatedFrom ? <SourceChangesPanel edition={translatedFrom.edition} changes={sourceChanges} /> : null}
      <ArticleForm
        key={article.version}
        edition={edition}
        values={result?.values ?? values}
        problems={result?.problems ?? {}}
        notes={result?.notes ?? {}}
        previewHtml={result?.previewHtml ?? null}
        choices={choices}
        limits={limits}
        mayPublish={mayPublish}
        readOnly={readOnly}
        isTranslation={isTranslation}
        source={sourceTexts}
        sourceVersion={sourceVersion}
        proposing={proposing}
      />
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="space-y-4">
          <TranslationsPanel translations={translations} translatedFrom={translatedFrom} stale={stale} />
          <TranslateForm sourceId={article.id} targets={translateInto} />
        </div>
        {mayDelete ? (
          <div className="flex items-start justify-end">
            <DeleteForm />
          </div>
        ) : null}
      </div>
    </section>
  );
}
