// One static page of an edition: /admin/pages/new?edition=sq creates one, /admin/pages/<id> edits it.
// The Markdown preview works without JavaScript (intent=preview renders it with the readers' renderer).
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { formValues, validate, type FieldProblems } from "~/admin/form-validation.server";
import { isValidSlug, maxSlugLength } from "~/domain/slug";
import { forbidden, readEditorialForm, requirePermission, requireUserWith } from "~/auth/guard.server";
import { can, editionsOf, type SignedInUser } from "~/auth/permissions";
import { ActionLink, DefaultSubmit, DeleteForm, FormProblemsSummary, SaveButton, AdminTitle } from "~/admin/ui/AdminUi";
import { CsrfField } from "~/admin/ui/CsrfField";
import { TitleField, SlugField } from "~/admin/ui/EditorFields";
import { MarkdownField, previewIntent } from "~/admin/ui/MarkdownField";
import { getDb } from "~/db/database.server";
import { findEdition, getEdition } from "~/editions";
import { deletePage, isLinkedPage, pageForEditing, savePage } from "~/models/admin-pages.server";
import { notFound, requireId } from "~/routing/params.server";
import { renderMarkdown } from "~/utils/markdown.server";
import { href } from "~/routing/href";

export const handle = { i18n: ["admin-taxonomy"] };

const maxTitleLength = 200;
const maxBodyLength = 60_000;
/** A long page, percent-encoded (up to 9 bytes for a letter of some scripts) */
const maxFormBytes = 1024 * 1024;
const fields = ["title", "slug", "body"] as const;

/** The page being edited, or for a new one the edition it is created in; 403 unless the user edits that edition */
async function resolvePage(user: SignedInUser, idParam: string | undefined, requestedEdition: string | null) {
  if (idParam === "new") {
    const edition = requestedEdition ?? editionsOf(user).find((code) => can(user, "content.edit", code));
    if (!edition || !findEdition(edition)) throw notFound();
    requirePermission(user, "content.edit", edition);
    return { page: null, edition };
  }
  const page = await pageForEditing(await getDb(), requireId(idParam));
  if (!page) throw notFound();
  requirePermission(user, "content.edit", page.edition);
  return { page, edition: page.edition };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUserWith(request, "content.edit");
  const { page, edition } = await resolvePage(user, params.id, new URL(request.url).searchParams.get("edition"));
  const linked = page ? isLinkedPage(page) : false;
  return {
    edition,
    page: page ? { id: page.id, slug: page.slug, title: page.title, body: page.body } : null,
    linked,
    readerPath: page ? href(edition, "staticPage", page.slug) : null,
    mayDelete: Boolean(page) && !linked && can(user, "content.delete", edition),
  };
}

interface PageActionData {
  problems: FieldProblems;
  values: Record<(typeof fields)[number], string> | null;
  previewHtml: string | null;
  deleteRefused: boolean;
}

function pageSchema() {
  return z.object({
    title: z.string().trim().min(1).max(maxTitleLength),
    slug: z
      .string()
      .trim()
      .transform((slug) => slug.normalize("NFC"))
      .pipe(z.string().max(maxSlugLength).refine((slug) => slug === "" || isValidSlug(slug))),
    body: z.string().trim().min(1).max(maxBodyLength),
  });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, form } = await readEditorialForm(request, maxFormBytes);
  const { page, edition } = await resolvePage(user, params.id, form.get("edition")?.toString() ?? null);
  const intent = form.get("intent");
  const reply = (body: Partial<PageActionData>, status = 200) =>
    data<PageActionData>({ problems: {}, values: null, previewHtml: null, deleteRefused: false, ...body }, { status });

  if (intent === "delete") {
    if (!page) throw notFound();
    if (!can(user, "content.delete", edition)) throw forbidden();
    // The site's menu links to it: deleting it would leave readers a 404
    if (isLinkedPage(page)) return reply({ deleteRefused: true }, 400);
    await deletePage(await getDb(), user, page);
    return redirect("/admin/pages?flash=deleted");
  }

  const values = formValues(form, fields) as Record<(typeof fields)[number], string>;
  if (intent === previewIntent) return reply({ values, previewHtml: renderMarkdown(values.body) });

  const result = validate(pageSchema(), values);
  if (!result.success) return reply({ values, problems: result.problems }, 400);
  const slug = page && isLinkedPage(page) ? page.slug : result.data.slug;
  const saved = await savePage(await getDb(), user, page?.id ?? null, { edition, title: result.data.title, slug, body: result.data.body });
  if (!saved.ok) return reply({ values, problems: saved.problems }, 400);
  return redirect("/admin/pages?flash=saved");
}

export default function PageEditor() {
  const { edition: code, page, linked, readerPath, mayDelete } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation(["admin-taxonomy", "admin"]);
  const edition = getEdition(code);
  const values = actionData?.values ?? page;
  const problems = actionData?.problems ?? {};
  const heading = page ? t("pages.edit") : t("pages.new");
  return (
    <section aria-labelledby="page-title" className="max-w-4xl space-y-6">
      <AdminTitle errorCount={Object.keys(problems ?? {}).length}>{heading}</AdminTitle>
      <div>
        <h1 id="page-title" className="text-2xl font-bold">
          {heading}
        </h1>
        <p className="mt-1 text-stone-700">
          {t("admin:fields.edition")}: <span lang={edition.code}>{edition.nativeName}</span>
          {readerPath ? (
            <>
              {" · "}
              <a href={readerPath} className="text-brand underline hover:no-underline">
                {t("pages.view")}
              </a>
            </>
          ) : null}
        </p>
      </div>
      {actionData?.deleteRefused ? (
        <div role="alert" className="rounded border-s-4 border-red-700 bg-red-50 px-4 py-3 font-semibold text-red-900">
          {t("pages.deleteRefused")}
        </div>
      ) : null}
      <FormProblemsSummary problems={problems} />
      <Form method="post" className="space-y-4 rounded bg-surface p-4 shadow" noValidate>
        <CsrfField />
        <DefaultSubmit />
        {page ? null : <input type="hidden" name="edition" value={edition.code} />}
        <TitleField defaultValue={values?.title} problem={problems.title} edition={edition} maxLength={maxTitleLength} />
        {linked && page ? (
          <p className="text-sm text-stone-700">
            {t("admin:fields.slug")}: <bdi lang={edition.code}>{page.slug}</bdi> — {t("pages.linked")}
          </p>
        ) : (
          <SlugField defaultValue={values?.slug} problem={problems.slug} edition={edition} />
        )}
        <MarkdownField
          label={t("pages.body")}
          defaultValue={values?.body}
          problem={problems.body}
          edition={edition}
          maxLength={maxBodyLength}
          previewHtml={actionData?.previewHtml}
        />
        <div className="flex flex-wrap gap-3">
          <SaveButton />
          <ActionLink to="/admin/pages" action="cancel" />
        </div>
      </Form>
      {mayDelete ? (
        <div className="border-t border-stone-300 pt-4">
          <DeleteForm />
        </div>
      ) : null}
    </section>
  );
}
