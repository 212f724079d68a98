import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData, type MetaFunction } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { getEnvironment } from "~/env.server";
import { translatorFor } from "~/i18n/i18next.server";
import { siteIdentity } from "~/models/site-identity.server";
import { useMirror } from "~/mirror/context";
import { absoluteHref, href } from "~/routing/href";
import { requireEdition } from "~/routing/params.server";
import { seoMeta } from "~/routing/seo";
import { buildPageSeo } from "~/routing/seo.server";

/** /<lng>/mirrors: the other addresses of the site (MIRROR_URLS), each at this edition, for readers whose address is blocked */
export async function loader({ params, request }: LoaderFunctionArgs) {
  const edition = requireEdition(params);
  const identity = await siteIdentity(edition.code);
  const t = await translatorFor(request, edition.code, "common");
  return {
    edition: edition.code,
    seo: buildPageSeo(request, edition, {
      title: t("mirror.listTitle"),
      siteName: identity.siteName,
      description: t("mirror.listIntro"),
      path: href(edition.code, "mirrors"),
      sameInEveryEdition: (other) => href(other.code, "mirrors"),
    }),
    mirrors: getEnvironment().MIRROR_URLS,
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => seoMeta(data?.seo);

export default function MirrorsPage() {
  const { edition, mirrors } = useLoaderData<typeof loader>();
  const { t } = useTranslation("common");
  const mirror = useMirror();
  // On a mirror, the main site is one of the other addresses
  const origins = mirror && !mirrors.includes(mirror.mainSiteUrl) ? [mirror.mainSiteUrl, ...mirrors] : mirrors;
  return (
    <section aria-labelledby="page-title" className="max-w-3xl">
      <h1 id="page-title" className="text-3xl font-bold">
        {t("mirror.listTitle")}
      </h1>
      <p className="mt-3 text-lg text-stone-700">{t("mirror.listIntro")}</p>
      {origins.length > 0 ? (
        <ul className="mt-6 space-y-2" data-mirror-list>
          {origins.map((origin) => (
            <li key={origin}>
              {/* Addresses read left to right inside Arabic and Persian text */}
              <a href={absoluteHref(origin, edition, "home")} dir="ltr" className="break-all font-semibold text-brand underline underline-offset-2">
                {absoluteHref(origin, edition, "home")}
              </a>
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-6 text-stone-700">{t("mirror.listNone")}</p>
      )}
    </section>
  );
}
