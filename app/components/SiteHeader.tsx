import { Form, Link, NavLink } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { findEdition } from "~/editions";
import { useSiteIdentity } from "~/identity/use-site-identity";
import { useEditionLinks } from "~/routing/edition-links";
import { srcSetFor } from "~/uploads/image-urls";
import { maxQueryLength } from "~/search/input";
import { DisclosureMenu } from "./DisclosureMenu";
import { href } from "~/routing/href";
import { useEdition } from "~/edition-context";

const mediaKinds = ["cartoons", "newspics", "photos", "videos"] as const;
const publicationKinds = [
  { kind: "books", label: "books" },
  { kind: "newsletter", label: "newsletter" },
  { kind: "pars-brief", label: "parsBrief" },
] as const;

const itemClass = "block rounded px-3 py-2 font-medium hover:bg-white/15 focus-visible:bg-white/15";
const activeClass = ({ isActive }: { isActive: boolean }) => `${itemClass} ${isActive ? "underline underline-offset-4" : ""}`;
// Below lg the Media and Publications links show in place inside the open main menu, on the header's colour
const submenuLinkClass =
  "block rounded py-2 ps-8 pe-4 hover:bg-white/15 focus-visible:bg-white/15 lg:rounded-none lg:ps-4 lg:text-stone-800 lg:hover:bg-stone-100 lg:focus-visible:bg-stone-100";
const editionLinkClass = "block px-4 py-2 text-stone-800 hover:bg-stone-100 focus-visible:bg-stone-100";

export function SiteHeader() {
  const edition = useEdition();
  const { t } = useTranslation(["nav", "common"]);
  const identity = useSiteIdentity(edition);
  const { logo } = identity;
  const editionLinks = useEditionLinks().filter((link) => link.edition !== edition.code);

  return (
    <header className="bg-brand-fill text-white print:hidden">
      {/* One row from sm up: the tagline takes what the name and the search leave and wraps (the longest edition's too) */}
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-4 sm:flex-nowrap">
        <Link to={href(edition, "home")} className="flex min-w-0 shrink-0 items-center gap-3 text-2xl font-bold tracking-tight">
          {logo ? (
            // At most 2.5 rem high and 10 rem wide, whatever the upload's shape: the header keeps its height.
            // A logo that shows the name stands alone with its text; a mark beside the name is decoration.
            <img
              src={logo.src}
              srcSet={srcSetFor(logo.src)}
              sizes="10rem"
              alt={logo.alt}
              width={logo.width ?? undefined}
              height={logo.height ?? undefined}
              className="h-10 w-auto max-w-40 object-contain"
              data-site-logo
              data-content
            />
          ) : null}
          {/* The name, tagline and logo are the site's identity, set by an admin (content, not locale strings) */}
          {logo?.alt ? null : (
            <span className="min-w-0" data-site-name data-content>
              {identity.siteName}
            </span>
          )}
        </Link>
        <p className="hidden min-w-0 flex-1 text-sm text-white/90 lg:block" data-site-tagline data-content>
          {identity.tagline}
        </p>
        {/* A plain GET form: searching works without JavaScript */}
        <Form method="get" action={href(edition, "search")} role="search" aria-label={t("nav:searchLabel")} className="ms-auto flex w-full items-center gap-1 sm:w-auto sm:shrink-0">
          <label htmlFor="site-search" className="sr-only">
            {t("nav:searchLabel")}
          </label>
          <input
            id="site-search"
            type="search"
            name="q"
            maxLength={maxQueryLength}
            dir="auto"
            className="min-w-0 flex-1 rounded bg-surface px-3 py-1.5 text-stone-900 focus:outline-none focus:ring-2 focus:ring-white/70 sm:w-56 sm:flex-initial"
          />
          <button type="submit" className="rounded px-3 py-1.5 font-semibold hover:bg-white/15 focus-visible:bg-white/15">
            {t("nav:searchSubmit")}
          </button>
        </Form>
      </div>
      <div className="border-t border-white/15">
        <nav aria-label={t("nav:mainMenu")} className="mx-auto flex max-w-6xl flex-wrap items-center gap-1 px-2 py-1 text-[0.95rem]">
          {/* Below lg the main menu collapses behind this button. The list is the <details>' next sibling, shown
              by CSS (peer-open) while it is open: it works without JavaScript, and the desktop row needs no copy */}
          <details data-menu className="peer group lg:hidden">
            <summary aria-controls="main-menu" className={`${itemClass} flex cursor-pointer items-center gap-2`}>
              <MenuIcon lines="M3 5h14M3 10h14M3 15h14" className="group-open:hidden" />
              <MenuIcon lines="m5 5 10 10M15 5 5 15" className="hidden group-open:block" />
              {t("nav:menu")}
            </summary>
          </details>
          <ul
            id="main-menu"
            className="order-last hidden basis-full flex-col pb-2 peer-open:flex lg:order-none lg:flex lg:basis-auto lg:flex-row lg:flex-wrap lg:items-center lg:gap-1 lg:pb-0"
          >
            <li>
              <NavLink to={href(edition, "home")} end className={activeClass}>
                {t("nav:home")}
              </NavLink>
            </li>
            <li>
              <NavLink to={href(edition, "articles")} className={activeClass}>
                {t("nav:articles")}
              </NavLink>
            </li>
            <li>
              <DisclosureMenu label={t("nav:media")} triggerClassName={itemClass} placement="inMenu">
                {mediaKinds.map((kind) => (
                  <li key={kind}>
                    <Link to={href(edition, "mediaKind", kind)} className={submenuLinkClass}>
                      {t(`nav:${kind}`)}
                    </Link>
                  </li>
                ))}
              </DisclosureMenu>
            </li>
            <li>
              <DisclosureMenu label={t("nav:publications")} triggerClassName={itemClass} placement="inMenu">
                {publicationKinds.map(({ kind, label }) => (
                  <li key={kind}>
                    <Link to={href(edition, "publicationKind", kind)} className={submenuLinkClass}>
                      {t(`nav:${label}`)}
                    </Link>
                  </li>
                ))}
              </DisclosureMenu>
            </li>
            <li>
              <NavLink to={href(edition, "about")} className={activeClass}>
                {t("nav:about")}
              </NavLink>
            </li>
            <li>
              <NavLink to={href(edition, "contact")} className={activeClass}>
                {t("nav:contact")}
              </NavLink>
            </li>
          </ul>
          {/* The edition switcher stays outside the collapsed menu, one tap away on every screen: at the end of the bar below lg */}
          <ul className="ms-auto lg:ms-0">
            <li>
              <DisclosureMenu label={t("nav:editions")} triggerClassName={itemClass} placement="barEnd">
                {editionLinks.map((link) => {
                  const target = findEdition(link.edition);
                  if (!target) return null;
                  return (
                    <li key={link.edition} lang={target.code} dir={target.dir}>
                      <Link
                        to={link.href}
                        hrefLang={target.code}
                        lang={target.code}
                        className={editionLinkClass}
                        data-edition-link={target.code}
                      >
                        {/* An edition's own name is never translated (translate="no"; e2e/pseudo-locale.spec.ts skips it) */}
                        <span className="font-semibold" translate="no">
                          {target.nativeName}
                        </span>
                        {link.unavailableNotice ? (
                          <span className="block text-sm text-stone-600">{link.unavailableNotice}</span>
                        ) : null}
                      </Link>
                    </li>
                  );
                })}
              </DisclosureMenu>
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}

/** The menu button's icon: three bars, a cross while the menu is open */
function MenuIcon({ lines, className }: { lines: string; className: string }) {
  return (
    <svg aria-hidden="true" viewBox="0 0 20 20" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" className={`size-5 ${className}`}>
      <path d={lines} />
    </svg>
  );
}
