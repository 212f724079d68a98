import { isRouteErrorResponse, Link, useParams, useRouteError } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { editionFromPath } from "~/routing/edition-path";

/** One localized error page for every status, used by every route's ErrorBoundary */
export function ErrorPage() {
  const error = useRouteError();
  const { t } = useTranslation("errors");
  const { lang } = useParams();
  const edition = editionFromPath(`/${lang ?? ""}`);
  const status = isRouteErrorResponse(error) ? error.status : 500;
  const kind = status === 404 ? "notFound" : status === 400 ? "badRequest" : "serverError";
  if (!isRouteErrorResponse(error)) console.error(error);

  return (
    <section className="mx-auto max-w-2xl py-12 text-center" aria-labelledby="error-title">
      <p className="text-6xl font-bold text-brand/30">{status}</p>
      <h1 id="error-title" className="mt-4 text-3xl font-bold">
        {t(`${kind}.title`)}
      </h1>
      <p className="mt-4 text-lg text-stone-700">{t(`${kind}.message`)}</p>
      <p className="mt-8">
        <Link to={`/${edition.code}`} className="rounded bg-brand px-5 py-3 font-semibold text-white hover:bg-brand-dark">
          {t("backHome")}
        </Link>
      </p>
    </section>
  );
}
