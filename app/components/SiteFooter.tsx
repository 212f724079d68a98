import { Link, useRouteLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { useSiteIdentity } from "~/identity/use-site-identity";
import { site } from "~/site";
import { formatYear } from "~/utils/format";
import { SocialIcon } from "./SocialIcon";
import { href } from "~/routing/href";
import { useEdition } from "~/edition-context";

export function SiteFooter() {
  const edition = useEdition();
  const { t } = useTranslation("common");
  const identity = useSiteIdentity(edition);
  const hasMirrors = useRouteLoaderData<{ hasMirrors?: boolean }>("routes/$lang")?.hasMirrors === true;
  const years = `${formatYear(edition, site.foundedYear)}–${formatYear(edition, new Date().getFullYear())}`;

  return (
    <footer className="mt-12 bg-ink print:hidden text-ink-text">
      <div className="mx-auto flex max-w-6xl flex-col gap-6 px-4 py-8 sm:flex-row sm:items-center sm:justify-between">
        <div>
          <p className="mb-2 font-semibold">{t("footer.followUs")}</p>
          <ul className="flex gap-3">
            {identity.social.map(({ network, url }) => (
              <li key={network}>
                <a
                  href={url}
                  rel="noopener"
                  className="flex h-10 w-10 items-center justify-center rounded-full bg-white/10 hover:bg-white/25"
                >
                  <SocialIcon network={network} />
                  <span className="sr-only">{t(`social.${network}`, { brand: identity.siteName })}</span>
                </a>
              </li>
            ))}
          </ul>
        </div>
        <div className="text-sm text-ink-muted">
          <p>{t("footer.copyright", { years, brand: identity.siteName })}</p>
          <p className="mt-1">
            <Link to={href(edition, "accessibility")} className="font-semibold text-ink-text underline-offset-4 hover:underline">
              {t("footer.accessibility")}
            </Link>
          </p>
          {hasMirrors ? (
            <p className="mt-1">
              <Link to={href(edition, "mirrors")} className="font-semibold text-ink-text underline-offset-4 hover:underline">
                {t("mirror.footerLink")}
              </Link>
            </p>
          ) : null}
        </div>
        <a href="#top" className="text-sm font-semibold underline-offset-4 hover:underline">
          <span aria-hidden="true">↑ </span>
          {t("footer.backToTop")}
        </a>
      </div>
    </footer>
  );
}
