import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireEditor } from "~/auth/guard.server";
import { ActionLink, Flash } from "~/admin/ui/AdminUi";
import { RoleAndEditions } from "~/admin/accounts/UserAccount";
import { getDb } from "~/db/database.server";
import { findEdition } from "~/editions";
import { listUsers } from "~/models/users.server";
import { formatDate } from "~/utils/format";

export const handle = { i18n: ["admin-accounts"] };

export async function loader({ request }: LoaderFunctionArgs) {
  const { interfaceEdition } = await requireEditor(request, "accounts.manage");
  const accounts = await listUsers(await getDb());
  return { accounts: accounts.map((account) => ({ ...account, createdAt: formatDate(interfaceEdition, account.createdAt) })) };
}

export default function Accounts() {
  const { accounts } = useLoaderData<typeof loader>();
  const { t } = useTranslation("admin-accounts");
  return (
    <section aria-labelledby="page-title">
      <title>{`${t("users.title")} | ${t("admin:title")}`}</title>
      <Flash />
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 id="page-title" className="text-2xl font-bold">
          {t("users.title")}
        </h1>
        <ActionLink to="/admin/users/new" action="create" />
      </div>
      <div className="mt-4 overflow-x-auto rounded bg-surface shadow">
        <table className="w-full text-start text-sm">
          <thead className="border-b border-stone-300 bg-stone-50">
            <tr>
              <th scope="col" className="px-4 py-2 text-start">
                {t("users.fields.email")}
              </th>
              <th scope="col" className="px-4 py-2 text-start">
                {t("users.fields.roleAndEditions")}
              </th>
              <th scope="col" className="px-4 py-2 text-start">
                {t("users.fields.interfaceLanguage")}
              </th>
              <th scope="col" className="px-4 py-2 text-start">
                {t("users.fields.state")}
              </th>
              <th scope="col" className="px-4 py-2 text-start">
                {t("users.fields.created")}
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-stone-200">
            {accounts.map((account) => (
              <tr key={account.id} className={account.disabled ? "text-stone-600" : undefined}>
                <td className="px-4 py-2">
                  <Link to={`/admin/users/${account.id}`} dir="ltr" className="font-medium text-brand hover:underline">
                    {account.email}
                  </Link>
                </td>
                <td className="px-4 py-2">
                  <RoleAndEditions role={account.role} editions={account.editions} />
                </td>
                <td className="px-4 py-2" lang={account.interfaceLanguage} dir={findEdition(account.interfaceLanguage)?.dir}>
                  {findEdition(account.interfaceLanguage)?.nativeName ?? account.interfaceLanguage}
                </td>
                <td className="px-4 py-2">{account.disabled ? t("users.disabled") : t("users.active")}</td>
                <td className="px-4 py-2">{account.createdAt}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
