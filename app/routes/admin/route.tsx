import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, NavLink, Outlet, useLoaderData, useLocation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { resolveInterfaceLanguage } from "~/admin/interface-language.server";
import type { AdminLayoutData } from "~/admin/use-admin";
import { can, type Permission } from "~/auth/permissions";
import { findSessionUser } from "~/auth/session.server";
import { CsrfField } from "~/admin/ui/CsrfField";
import { ErrorPage } from "~/components/ErrorPage";
import { editions } from "~/editions";
import { requireDatabase, requireSameSiteForm } from "~/routing/params.server";
import { commitCsrfToken } from "~/security/csrf.server";

// The editorial screens are an application: they hydrate (reader pages do not, see root.tsx)
export const handle = { i18n: ["admin", "forms"], hydrate: true };

export async function loader({ request, context }: LoaderFunctionArgs) {
  requireSameSiteForm(context);
  requireDatabase(context);
  const [user, csrf] = await Promise.all([findSessionUser(request), commitCsrfToken(request)]);
  const layout: AdminLayoutData = {
    user,
    language: await resolveInterfaceLanguage(request, user),
    csrfToken: csrf.token,
  };
  return data(layout, { headers: csrf.setCookie ? { "Set-Cookie": csrf.setCookie } : undefined });
}

// Editorial screens carry tokens and unpublished work: never stored by any cache
export { privateHeaders as headers } from "~/routing/cache-control";

export const meta: MetaFunction = () => [{ name: "robots", content: "noindex, nofollow" }];

/** The sections of the editorial screens, each shown to those who may use it */
const sections = [
  { path: "/admin", label: "nav.dashboard", permission: "translation.edit", end: true },
  { path: "/admin/articles", label: "nav.articles", permission: "translation.edit" },
  { path: "/admin/categories", label: "nav.categories", permission: "taxonomy.manage" },
  { path: "/admin/authors", label: "nav.authors", permission: "taxonomy.manage" },
  { path: "/admin/series", label: "nav.series", permission: "taxonomy.manage" },
  { path: "/admin/media", label: "nav.media", permission: "content.edit" },
  { path: "/admin/publications", label: "nav.publications", permission: "content.edit" },
  { path: "/admin/uploads", label: "nav.uploads", permission: "uploads.create" },
  { path: "/admin/pages", label: "nav.pages", permission: "content.edit" },
  { path: "/admin/comments", label: "nav.comments", permission: "comments.moderate" },
  { path: "/admin/messages", label: "nav.messages", permission: "inbox.read" },
  { path: "/admin/users", label: "nav.users", permission: "accounts.manage" },
  { path: "/admin/identity", label: "nav.identity", permission: "identity.manage" },
  { path: "/admin/audit", label: "nav.audit", permission: "audit.read" },
] as const satisfies readonly { path: string; label: `nav.${string}`; permission: Permission; end?: boolean }[];

export default function AdminLayout() {
  const { user, language } = useLoaderData<typeof loader>();
  const { t } = useTranslation("admin");
  const location = useLocation();

  return (
    <div className="min-h-screen bg-stone-100">
      <header className="border-b border-stone-300 bg-surface">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
          <p className="text-lg font-bold text-brand">{t("title")}</p>
          <form method="post" action="/admin/preferences" className="flex items-center gap-2 text-sm">
            <CsrfField />
            <input type="hidden" name="back" value={`${location.pathname}${location.search}`} />
            <label htmlFor="interface-language">{t("interfaceLanguage")}</label>
            <select id="interface-language" name="language" defaultValue={language} className="rounded border border-stone-500 bg-surface px-2 py-1">
              {editions.map((edition) => (
                <option key={edition.code} value={edition.code} lang={edition.code}>
                  {edition.nativeName}
                </option>
              ))}
            </select>
            <button type="submit" className="rounded border border-stone-500 px-2 py-1 hover:bg-stone-100">
              {t("apply")}
            </button>
          </form>
          {user ? (
            <div className="ms-auto flex items-center gap-3 text-sm">
              <span>
                <span dir="ltr">{user.email}</span> · {t(`roles.${user.role}`)}
              </span>
              <Form method="post" action="/admin/sign-out">
                <CsrfField />
                <button type="submit" className="rounded border border-stone-500 px-3 py-1 hover:bg-stone-100">
                  {t("signOut")}
                </button>
              </Form>
            </div>
          ) : null}
        </div>
        {user ? (
          <nav aria-label={t("nav.label")} className="mx-auto max-w-7xl px-4 pb-2">
            <ul className="flex flex-wrap gap-1 text-sm">
              {sections
                .filter((section) => can(user, section.permission))
                .map((section) => (
                  <li key={section.path}>
                    <NavLink
                      to={section.path}
                      end={"end" in section}
                      className={({ isActive }) =>
                        `block rounded px-3 py-1.5 ${isActive ? "bg-brand-fill text-white" : "text-stone-800 hover:bg-stone-200"}`
                      }
                    >
                      {t(section.label)}
                    </NavLink>
                  </li>
                ))}
            </ul>
          </nav>
        ) : null}
      </header>
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-7xl px-4 py-6 focus:outline-none">
        <Outlet />
      </main>
    </div>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
