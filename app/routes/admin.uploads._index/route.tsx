import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { oneOf, pageNumber } from "~/admin/list-filters";
import { readEditorialForm, requirePermission, requireEditor } from "~/auth/guard.server";
import { AdminPagination, AdminTitle, EmptyState, FilterButton, FormProblemsSummary, KindFilter, SaveButton } from "~/admin/ui/AdminUi";
import { CsrfField } from "~/admin/ui/CsrfField";
import { useUploadProblemText } from "~/admin/ui/UploadProblems";
import { FieldErrors } from "~/components/form/FieldErrors";
import { fieldId } from "~/components/form/ErrorSummary";
import { controlClassName, hintClassName, labelClassName } from "~/components/form/styles";
import { formatFileSize } from "~/components/media/format";
import { uploadKinds } from "~/db/schema";
import { listUploads } from "~/uploads/library.server";
import { imageAccept, maxImageBytes, maxPdfBytes, pdfAccept, singleUploadFormBytes } from "~/uploads/limits";
import { storeUpload } from "~/uploads/store.server";
import { libraryRow } from "~/uploads/upload-view.server";

export const handle = { i18n: ["admin-media"] };

export async function loader({ request }: LoaderFunctionArgs) {
  const { interfaceEdition } = await requireEditor(request, "uploads.create");
  const url = new URL(request.url);
  const kind = oneOf(uploadKinds, url.searchParams.get("kind"));
  const library = await listUploads({ kind, page: pageNumber(url.searchParams.get("page")) });
  return {
    kind: kind ?? "",
    entries: library.entries.map((entry) => libraryRow(interfaceEdition, entry)),
    total: library.total,
    page: library.page,
    pageCount: library.pageCount,
    limits: { image: formatFileSize(interfaceEdition, maxImageBytes), pdf: formatFileSize(interfaceEdition, maxPdfBytes) },
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const { user, form } = await readEditorialForm(request, singleUploadFormBytes);
  requirePermission(user, "uploads.create");
  const outcome = await storeUpload(user, form.get("file"));
  if (!outcome.ok) return data({ problem: outcome.problem }, { status: outcome.status });
  return redirect(`/admin/uploads?uploaded=${outcome.upload.id}`, 303);
}

export default function UploadLibrary() {
  const { kind, entries, total, page, pageCount, limits } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const { t } = useTranslation(["admin-media", "admin"]);
  const uploaded = entries.find((entry) => String(entry.id) === searchParams.get("uploaded"));
  const problem = actionData?.problem;
  const problemText = useUploadProblemText();

  return (
    <section aria-labelledby="page-title" className="space-y-6">
      <AdminTitle errorCount={problem ? 1 : 0}>{t("uploads.title")}</AdminTitle>
      <div>
        <h1 id="page-title" className="text-2xl font-bold">
          {t("uploads.title")}
        </h1>
        <p className="mt-1 max-w-3xl text-stone-700">{t("uploads.intro")}</p>
      </div>

      {uploaded ? (
        <p role="status" className="rounded border-s-4 border-emerald-700 bg-emerald-50 px-4 py-3 font-semibold text-emerald-900">
          {t("uploads.uploaded")} <bdi>{uploaded.name}</bdi>
        </p>
      ) : null}

      <Form method="post" encType="multipart/form-data" className="space-y-3 rounded bg-surface p-4 shadow" aria-labelledby="upload-title">
        <CsrfField />
        <h2 id="upload-title" className="text-lg font-semibold">
          {t("uploads.uploadTitle")}
        </h2>
        <FormProblemsSummary problems={{ file: problem }} labels={{ file: t("uploads.file") }} text={(refused) => problemText(refused, limits)} />
        <div>
          <label htmlFor={fieldId("file")} className={labelClassName}>
            {t("uploads.file")}
          </label>
          <p id="upload-file-hint" className={hintClassName}>
            {t("uploads.fileHint", { imageLimit: limits.image, pdfLimit: limits.pdf })}
          </p>
          <input
            id={fieldId("file")}
            type="file"
            name="file"
            required
            accept={`${imageAccept},${pdfAccept}`}
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? "upload-file-hint upload-file-errors" : "upload-file-hint"}
            className={controlClassName(Boolean(problem))}
          />
          <FieldErrors id="upload-file-errors" errors={problemText(problem, limits)} />
        </div>
        <SaveButton>{t("uploads.submit")}</SaveButton>
      </Form>

      <div className="space-y-3">
        <Form method="get" className="flex flex-wrap items-end gap-3">
          <KindFilter
            kinds={uploadKinds}
            value={kind}
            label={t("uploads.filterKind")}
            anyLabel={t("uploads.anyKind")}
            kindLabel={(uploadKind) => t(`uploads.kinds.${uploadKind}`)}
          />
          <FilterButton />
        </Form>
        <p className="text-sm text-stone-600">{t("uploads.count", { count: total })}</p>
        {entries.length === 0 ? (
          <EmptyState />
        ) : (
          <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3 xl:grid-cols-4" aria-label={t("uploads.listLabel")}>
            {entries.map((entry) => (
              <li key={entry.id} className="flex flex-col overflow-hidden rounded bg-surface shadow" data-upload-id={entry.id}>
                {entry.thumbnail ? (
                  <img src={entry.thumbnail} alt="" loading="lazy" className="aspect-video w-full bg-stone-100 object-cover" />
                ) : (
                  <div aria-hidden="true" className="flex aspect-video w-full items-center justify-center bg-stone-100 text-3xl font-bold text-stone-600">
                    PDF
                  </div>
                )}
                <dl className="grid grid-cols-[max-content_1fr] gap-x-3 gap-y-1 p-3 text-sm">
                  <dt className="font-semibold">{t("uploads.columns.name")}</dt>
                  <dd className="break-all" dir="auto">
                    <a href={entry.href} className="text-brand hover:underline">
                      {entry.name}
                    </a>
                  </dd>
                  <dt className="font-semibold">{t("uploads.columns.type")}</dt>
                  <dd dir="ltr" className="text-start">
                    {entry.mimeType}
                  </dd>
                  <dt className="font-semibold">{t("uploads.columns.size")}</dt>
                  <dd>{entry.size}</dd>
                  {entry.dimensions ? (
                    <>
                      <dt className="font-semibold">{t("uploads.columns.dimensions")}</dt>
                      <dd>
                        <bdi>{entry.dimensions}</bdi>
                      </dd>
                      <dt className="font-semibold">{t("uploads.columns.widths")}</dt>
                      <dd>{entry.widths}</dd>
                    </>
                  ) : null}
                  <dt className="font-semibold">{t("uploads.columns.uploaded")}</dt>
                  <dd>
                    {entry.uploadedAt}
                    {entry.uploader ? (
                      <>
                        {" · "}
                        <bdi dir="ltr">{entry.uploader}</bdi>
                      </>
                    ) : null}
                  </dd>
                </dl>
              </li>
            ))}
          </ul>
        )}
        <AdminPagination page={page} pageCount={pageCount} />
      </div>
    </section>
  );
}
