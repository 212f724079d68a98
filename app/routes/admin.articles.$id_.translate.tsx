// "Translate into …": an article of any edition, read only, with the form that makes a draft of it in
// one of the user's editions. Translators reach other editions' articles here (they may not edit them).
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { mayOpenArticle, translationTargets } from "~/admin/article-permissions";
import { resolveInterfaceLanguage } from "~/admin/interface-language.server";
import { slugify, uniqueSlug } from "~/domain/slug";
import { readEditorialForm, requirePermission, requireUserWith } from "~/auth/guard.server";
import { ActionLink, StatusBadge } from "~/components/admin/AdminUi";
import { StaleFlag, TranslateForm } from "~/components/admin/ArticleTranslations";
import { getDb } from "~/db/database.server";
import { defaultEdition, findEdition, getEdition } from "~/editions";
import { articleForEditing, createTranslation, slugTaken, violatedUniqueIndex } from "~/models/admin-articles.server";
import { formatDateTime } from "~/utils/format";

export const handle = { i18n: ["admin-articles"] };

function articleIdOf(value: string | undefined): number {
  const id = Number(value);
  if (!value || !/^\d{1,9}$/.test(value) || id < 1) throw new Response("Not Found", { status: 404 });
  return id;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUserWith(request, "translation.edit");
  const article = await articleForEditing(await getDb(), articleIdOf(params.id));
  if (!article) throw new Response("Not Found", { status: 404 });
  const interfaceEdition = findEdition(await resolveInterfaceLanguage(request, user)) ?? defaultEdition;
  return {
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
    targets: translationTargets(
      user,
      article.group.map((member) => member.edition),
    ),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, form } = await readEditorialForm(request);
  const db = await getDb();
  const source = await articleForEditing(db, articleIdOf(params.id));
  if (!source) throw new Response("Not Found", { status: 404 });
  const target = findEdition(form.get("edition")?.toString());
  if (!target) throw new Response("Bad Request", { status: 400 });
  requirePermission(user, "translation.edit", target.code);
  const conflict = () => new Response("Conflict", { status: 409 });
  if (source.group.some((member) => member.edition === target.code)) throw conflict();

  const slug = await uniqueSlug(slugify(source.title), (candidate) => slugTaken(db, target.code, candidate));
  try {
    const id = await createTranslation(db, user, source.id, target.code, slug);
    if (id === undefined) throw new Response("Not Found", { status: 404 });
    return redirect(`/admin/articles/${id}?flash=saved`);
  } catch (error) {
    // Someone else made this translation (or took the slug) a moment ago
    if (violatedUniqueIndex(error) !== undefined) throw conflict();
    throw error;
  }
}

export default function TranslateArticle() {
  const { source, group, targets } = useLoaderData<typeof loader>();
  const { t } = useTranslation("admin-articles");
  const edition = getEdition(source.edition);
  const others = group.filter((member) => member.id !== source.id);

  return (
    <section aria-labelledby="page-title" className="max-w-3xl space-y-6">
      <title>{`${t("translate.title")} | ${t("admin:title")}`}</title>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 id="page-title" className="text-2xl font-bold">
          {t("translate.title")}
        </h1>
        <ActionLink to="/admin/articles" action="cancel" />
      </div>
      <article className="rounded bg-white p-4 shadow">
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

      <section aria-labelledby="group-title" className="rounded bg-white p-4 shadow">
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
