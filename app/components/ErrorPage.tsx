import { isRouteErrorResponse, Link, useLocation, useParams, useRouteError } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { useSiteIdentity } from "~/identity/use-site-identity";
import { editionFromPath } from "~/routing/edition-path";
import { formatNumber } from "~/utils/format";
import { href } from "~/routing/href";

/** The errors.json entry that explains each status; anything else is a server error */
const kindByStatus: Record<number, string> = {
  400: "badRequest",
  403: "forbidden",
  404: "notFound",
  413: "tooLarge",
  414: "addressTooLong",
  429: "tooManyRequests",
  503: "serviceUnavailable",
};

/** One localized error page for every status, used by every route's ErrorBoundary */
export function ErrorPage() {
  const error = useRouteError();
  const { t } = useTranslation(["errors", "common"]);
  const { lang } = useParams();
  const edition = editionFromPath(`/${lang ?? ""}`);
  const { siteName } = useSiteIdentity(edition);
  // On the editorial screens the way back leads to their dashboard
  const editorial = /^\/admin(\/|$)/.test(useLocation().pathname);
  const status = isRouteErrorResponse(error) ? error.status : 500;
  // A 403 for another site's form (app/http/origin.server.ts) explains itself apart from a missing permission
  const kind = isRouteErrorResponse(error) && error.data === "crossSite" ? "crossSite" : (kindByStatus[status] ?? "serverError");
  if (!isRouteErrorResponse(error)) console.error(error);

  return (
    <section className="mx-auto max-w-2xl py-12 text-center" aria-labelledby="error-title">
      {/* Routes' meta has no data to work with on an error, so the error page names and describes itself
          (React 18 renders these where they stand; browsers and crawlers read them there too) */}
      <title>{`${t(`${kind}.title`)} | ${siteName}`}</title>
      <meta name="description" content={t(`${kind}.message`)} />
      <p className="text-6xl font-bold text-brand">{formatNumber(edition, status)}</p>
      <h1 id="error-title" className="mt-4 text-3xl font-bold">
        {t(`${kind}.title`)}
      </h1>
      <p className="mt-4 text-lg text-stone-700">{t(`${kind}.message`)}</p>
      <p className="mt-8">
        <Link to={editorial ? "/admin" : href(edition, "home")} className="rounded bg-brand-fill px-5 py-3 font-semibold text-white hover:bg-brand-dark">
          {t(editorial ? "backToDashboard" : "backHome")}
        </Link>
      </p>
    </section>
  );
}
