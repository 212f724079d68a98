import type { LinksFunction } from "@remix-run/node";
import { Links, Outlet, Scripts, ScrollRestoration, useLocation, useMatches, useParams, useRouteLoaderData } from "@remix-run/react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useChangeLanguage } from "remix-i18next/react";
import { adminLayoutRouteId, type AdminLayoutData } from "./admin/use-admin";
import { ErrorPage } from "./components/ErrorPage";
import { MetaWithErrorCount } from "./components/form/MetaWithErrorCount";
import { EditionProvider } from "./edition-context";
import { findEdition } from "./editions";
import { SiteFooter } from "./components/SiteFooter";
import { SiteHeader } from "./components/SiteHeader";
import { useSiteIdentity } from "./identity/use-site-identity";
import { findPseudoLocale, interfaceLanguage } from "./i18n/pseudo";
import { editionFromPath } from "./routing/edition-path";
import { useReaderScript } from "./reader/script";
import { useNonce } from "./security/nonce";
import stylesheet from "./tailwind.css";
import { href } from "./routing/href";

export const handle = { i18n: ["common", "nav", "errors"] };

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: stylesheet },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

/**
 * The shell of every page. The edition comes from the URL (useParams), not from a root loader:
 * Remix does not re-run the root loader when a client navigation only changes the edition segment,
 * and <html lang dir> must follow the edition after such a navigation too.
 */
export function Layout({ children }: { children: ReactNode }) {
  const { lang } = useParams();
  // The editorial screens speak the editor's interface language (routes/admin/route.tsx), not an edition's
  const editorial = isEditorialPath(useLocation().pathname);
  const adminLayout = useRouteLoaderData<AdminLayoutData>(adminLayoutRouteId);
  const edition = editorial ? (findEdition(adminLayout?.language ?? "") ?? editionFromPath("/")) : editionFromPath(`/${lang ?? ""}`);
  const { t, i18n } = useTranslation("common");
  const identity = useSiteIdentity(edition);
  // The Content-Security-Policy allows inline scripts (only the editorial screens have them) with this request's nonce
  const nonce = useNonce();
  // Only routes that ask for it (handle.hydrate: the editorial screens) load React in the browser.
  // Reader pages work without JavaScript and get only the small reader script (app/reader/enhance.ts).
  const hydrate = useMatches().some((match) => (match.handle as { hydrate?: boolean } | undefined)?.hydrate === true);
  const readerScript = useReaderScript();
  // The server rendered either the edition's language or a developer's pseudo-locale (app/i18n/pseudo.ts)
  const language = interfaceLanguage(edition.code, i18n.language);
  useChangeLanguage(language);

  return (
    <html lang={language} dir={findPseudoLocale(language)?.dir ?? edition.dir} style={{ ["--edition-font" as string]: edition.fontFamily }}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        {edition.fonts.flatMap((font) =>
          (font.preload ?? []).map((file) => (
            <link key={file} rel="preload" as="font" type="font/woff2" href={`/fonts/${font.package}/files/${file}`} crossOrigin="anonymous" />
          )),
        )}
        {edition.fonts.flatMap((font) =>
          font.stylesheets.map((sheet) => (
            <link key={`${font.package}/${sheet}`} rel="stylesheet" href={`/fonts/${font.package}/${sheet}`} />
          )),
        )}
        <MetaWithErrorCount />
        {editorial ? null : (
          <link
            rel="alternate"
            type="application/rss+xml"
            title={t("feedTitle", { brand: identity.siteName })}
            href={href(edition, "feed")}
          />
        )}
        <Links />
      </head>
      <body className="bg-stone-50 text-stone-900 antialiased">
        <EditionProvider edition={edition}>
          <div id="top" />
          <a
            href="#main"
            className="sr-only focus:not-sr-only focus:absolute focus:start-2 focus:top-2 focus:z-50 focus:rounded focus:bg-surface focus:px-4 focus:py-2 focus:text-brand focus:shadow"
          >
            {t("skipToContent")}
          </a>
          {editorial ? (
            children
          ) : (
            <>
              <SiteHeader />
              <main id="main" tabIndex={-1} className="mx-auto w-full max-w-6xl px-4 py-6 focus:outline-none">
                {children}
              </main>
              <SiteFooter />
            </>
          )}
          {hydrate ? (
            <>
              <ScrollRestoration nonce={nonce} />
              <Scripts nonce={nonce} />
            </>
          ) : readerScript ? (
            // From this site, so 'self' in the policy allows it: no nonce, and a reader page stays the same bytes
            // for every reader (the page cache sends it as stored, see app/cache/page-cache.server.ts)
            <script src={readerScript} defer />
          ) : null}
        </EditionProvider>
      </body>
    </html>
  );
}

function isEditorialPath(pathname: string): boolean {
  return pathname === "/admin" || pathname.startsWith("/admin/");
}

export default function App() {
  return <Outlet />;
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
