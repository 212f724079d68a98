import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { accountFormValues, parseAccountForm } from "~/admin/accounts/form.server";
import { readEditorialForm, requirePermission, requireEditor } from "~/auth/guard.server";
import { generatePassword } from "~/auth/password.server";
import { endSessionsOf } from "~/auth/session.server";
import { AdminTitle, dangerButtonClassName, Flash, SaveButton, secondaryButtonClassName } from "~/admin/ui/AdminUi";
import { AccountFields, AccountProblemsSummary, GeneratedPassword } from "~/admin/accounts/UserAccount";
import { CsrfField } from "~/admin/ui/CsrfField";
import { FormError } from "~/components/form/FormError";
import { getDb } from "~/db/database.server";
import { findAccount, resetAccountPassword, selfChangeProblem, setAccountDisabled, updateAccount } from "~/models/users.server";
import { formatDate } from "~/utils/format";
import { requireId } from "~/routing/params.server";

export const handle = { i18n: ["admin-accounts"] };

async function accountOf(params: { id?: string }) {
  const account = await findAccount(await getDb(), requireId(params.id));
  if (!account) throw new Response("Not Found", { status: 404 });
  return account;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user, interfaceEdition } = await requireEditor(request, "accounts.manage");
  const account = await accountOf(params);
  return { account: { ...account, createdAt: formatDate(interfaceEdition, account.createdAt) }, isSelf: account.id === user.id };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, form } = await readEditorialForm(request);
  requirePermission(user, "accounts.manage");
  const account = await accountOf(params);
  const db = await getDb();
  const intent = form.get("intent");

  if (intent === "update") {
    const values = accountFormValues(form);
    const parsed = parseAccountForm(values, false);
    if (!parsed.success) return data({ problems: parsed.problems, refused: null, password: null }, { status: 400 });
    const refused = selfChangeProblem(user, account, { role: parsed.data.role });
    if (refused) return data({ problems: null, refused, password: null }, { status: 400 });
    await updateAccount(db, user, account, parsed.data);
    return redirect("/admin/users?flash=saved");
  }
  if (intent === "disable" || intent === "enable") {
    const refused = selfChangeProblem(user, account, { disable: intent === "disable" });
    if (refused) return data({ problems: null, refused, password: null }, { status: 400 });
    await setAccountDisabled(db, user, account, intent === "disable");
    // Signed out everywhere at once (a disabled account's session would be refused anyway)
    if (intent === "disable") await endSessionsOf(account.id);
    return redirect(`/admin/users/${account.id}?flash=saved`);
  }
  if (intent === "reset-password") {
    const refused = selfChangeProblem(user, account, { resetPassword: true });
    if (refused) return data({ problems: null, refused, password: null }, { status: 400 });
    const password = generatePassword();
    await resetAccountPassword(db, user, account, password);
    await endSessionsOf(account.id);
    // Shown on the answer to this request only, like a new account's
    return data({ problems: null, refused: null, password });
  }
  throw new Response("Unknown intent", { status: 400 });
}

export default function EditAccount() {
  const { account, isSelf } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation("admin-accounts");

  return (
    <section aria-labelledby="page-title" className="max-w-2xl">
      <AdminTitle errorCount={Object.keys(result?.problems ?? {}).length + (result?.refused ? 1 : 0)}>{`${account.email} | ${t("users.title")}`}</AdminTitle>
      <Flash />
      <p>
        <Link to="/admin/users" className="text-sm text-brand hover:underline">
          {t("users.backToList")}
        </Link>
      </p>
      <h1 id="page-title" className="mt-2 text-2xl font-bold" dir="ltr">
        {account.email}
      </h1>
      <p className="mt-1 text-stone-700">
        <span className="font-semibold">{account.disabled ? t("users.disabled") : t("users.active")}</span> · {t("users.createdOn", { date: account.createdAt })}
      </p>

      {result?.password ? (
        <div className="mt-4">
          <GeneratedPassword email={account.email} password={result.password} />
        </div>
      ) : null}
      {result?.refused ? <div className="mt-4"><FormError>{t(`users.refused.${result.refused}`)}</FormError></div> : null}

      <Form method="post" noValidate className="mt-6 space-y-6 rounded bg-surface p-6 shadow">
        <h2 className="text-lg font-semibold">{t("users.settings")}</h2>
        <AccountProblemsSummary problems={result?.problems} />
        <CsrfField />
        <AccountFields values={account} problems={result?.problems ?? undefined} roleLocked={isSelf} />
        <SaveButton name="intent" value="update" />
      </Form>

      <section aria-labelledby="access-title" className="mt-6 space-y-4 rounded bg-surface p-6 shadow">
        <h2 id="access-title" className="text-lg font-semibold">
          {t("users.access")}
        </h2>
        {isSelf ? (
          <p className="text-stone-700">{t("users.ownAccess")}</p>
        ) : (
          <>
            <Form method="post" className="flex flex-wrap items-center gap-3">
              <CsrfField />
              <button type="submit" name="intent" value={account.disabled ? "enable" : "disable"} className={account.disabled ? secondaryButtonClassName : dangerButtonClassName}>
                {account.disabled ? t("users.enable") : t("users.disable")}
              </button>
              <span className="text-sm text-stone-600">{account.disabled ? t("users.enableHint") : t("users.disableHint")}</span>
            </Form>
            <Form method="post" className="flex flex-wrap items-center gap-3">
              <CsrfField />
              <button type="submit" name="intent" value="reset-password" className={secondaryButtonClassName}>
                {t("users.resetPassword")}
              </button>
              <span className="text-sm text-stone-600">{t("users.resetPasswordHint")}</span>
            </Form>
          </>
        )}
      </section>
    </section>
  );
}
