import { data, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { accountFormValues, parseAccountForm } from "~/admin/accounts/form.server";
import { useAdminLayout } from "~/admin/use-admin";
import { readEditorialForm, requirePermission, requireUserWith } from "~/auth/guard.server";
import { generatePassword } from "~/auth/password.server";
import { ActionLink, SaveButton, AdminTitle } from "~/admin/ui/AdminUi";
import { AccountFields, AccountProblemsSummary, GeneratedPassword, useAccountProblemText } from "~/admin/accounts/UserAccount";
import { CsrfField } from "~/admin/ui/CsrfField";
import { Field } from "~/components/form/Field";
import { getDb } from "~/db/database.server";
import { createAccount, isEmailTaken } from "~/models/users.server";

export const handle = { i18n: ["admin-accounts"] };

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUserWith(request, "accounts.manage");
  return null;
}

export async function action({ request }: ActionFunctionArgs) {
  const { user, form } = await readEditorialForm(request);
  requirePermission(user, "accounts.manage");
  const values = accountFormValues(form);
  const parsed = parseAccountForm(values, true);
  const db = await getDb();
  if (!parsed.success) return data({ values, problems: parsed.problems, created: null }, { status: 400 });
  if (await isEmailTaken(db, parsed.data.email)) return data({ values, problems: { email: { key: "emailTaken" as const } }, created: null }, { status: 400 });
  // Shown on the answer to this request only: never in a URL, a log or the audit log, and kept only as a hash
  const password = generatePassword();
  const account = await createAccount(db, user, { ...parsed.data, password });
  return data({ values: null, problems: null, created: { id: account.id, email: account.email, password } });
}

export default function NewAccount() {
  const result = useActionData<typeof action>();
  const { t } = useTranslation("admin-accounts");
  const problemText = useAccountProblemText();
  const language = useAdminLayout()?.language ?? "en";

  if (result?.created) {
    return (
      <section aria-labelledby="page-title" className="max-w-2xl">
        <title>{`${t("users.createdTitle")} | ${t("admin:title")}`}</title>
        <h1 id="page-title" className="text-2xl font-bold">
          {t("users.createdTitle")}
        </h1>
        <div className="mt-4">
          <GeneratedPassword email={result.created.email} password={result.created.password} />
        </div>
        <p className="mt-6 flex flex-wrap gap-4">
          <Link to={`/admin/users/${result.created.id}`} className="text-brand hover:underline">
            {t("users.openAccount")}
          </Link>
          <Link to="/admin/users" className="text-brand hover:underline">
            {t("users.backToList")}
          </Link>
        </p>
      </section>
    );
  }

  const values = result?.values ?? { email: "", role: "translator", editions: [], interfaceLanguage: language };
  return (
    <section aria-labelledby="page-title" className="max-w-2xl">
      <AdminTitle errorCount={Object.keys(result?.problems ?? {}).length}>{t("users.newTitle")}</AdminTitle>
      <h1 id="page-title" className="text-2xl font-bold">
        {t("users.newTitle")}
      </h1>
      <p className="mt-1 text-stone-700">{t("users.newIntro")}</p>
      <Form method="post" noValidate className="mt-6 space-y-6 rounded bg-surface p-6 shadow">
        <AccountProblemsSummary problems={result?.problems} />
        <CsrfField />
        <Field
          name="email"
          type="email"
          label={t("users.fields.email")}
          dir="ltr"
          autoComplete="off"
          defaultValue={values.email}
          errors={problemText(result?.problems?.email)}
          maxLength={254}
          required
        />
        <AccountFields values={values} problems={result?.problems ?? undefined} />
        <div className="flex flex-wrap gap-3">
          <SaveButton>{t("users.create")}</SaveButton>
          <ActionLink to="/admin/users" action="cancel" />
        </div>
      </Form>
    </section>
  );
}
