// The pieces of the account screens: the fields of the account form (role, editions, interface
// language), the generated password shown once, and an account's role and editions in a list.
import { Fragment, useId } from "react";
import { useTranslation } from "react-i18next";
import type { AccountProblem, AccountProblems } from "./form.server";
import type { UserRole } from "~/db/schema";
import { editions, findEdition } from "~/editions";
import { fieldId } from "~/components/form/ErrorSummary";
import { FieldErrors } from "~/components/form/FieldErrors";
import { FormProblemsSummary, useFieldProblemText } from "~/admin/ui/AdminUi";

/** The localized text of an account field's problem */
export function useAccountProblemText(): (problem: AccountProblem | undefined) => string[] | undefined {
  const { t } = useTranslation("admin-accounts");
  const fieldProblemText = useFieldProblemText();
  return (problem) => {
    if (!problem) return undefined;
    if (problem.key === "emailTaken") return [t("users.errors.emailTaken")];
    if (problem.key === "editionsRequired") return [t("users.errors.editionsRequired")];
    return fieldProblemText({ key: problem.key, max: "max" in problem ? problem.max : undefined });
  };
}

/** The error summary of an account form, its problems named by their fields */
export function AccountProblemsSummary({ problems }: { problems?: AccountProblems | null }) {
  const { t } = useTranslation("admin-accounts");
  const labels = { email: t("users.fields.email"), role: t("users.fields.role"), editions: t("users.fields.editions"), interfaceLanguage: t("users.fields.interfaceLanguage") };
  return <FormProblemsSummary problems={problems ?? {}} labels={labels} text={useAccountProblemText()} />;
}

const legendClassName = "font-semibold";
// Not schema.ts's userRoles: that module would bring the database layer into the browser's bundle
const roles = ["admin", "editor", "translator"] as const satisfies readonly UserRole[];

export function AccountFields({
  values,
  problems,
  roleLocked,
}: {
  values: { role: string; editions: readonly string[]; interfaceLanguage: string };
  problems?: AccountProblems;
  /** The administrator's own account: the role cannot be changed (see selfChangeProblem) */
  roleLocked?: boolean;
}) {
  const { t } = useTranslation("admin-accounts");
  const problemText = useAccountProblemText();
  const id = useId();
  const roleErrors = problemText(problems?.role);
  const editionErrors = problemText(problems?.editions);
  const languageErrors = problemText(problems?.interfaceLanguage);
  return (
    <>
      <fieldset id={fieldId("role")} aria-describedby={roleErrors ? `${id}-role-errors` : `${id}-role-hint`}>
        <legend className={legendClassName}>{t("users.fields.role")}</legend>
        {roleLocked ? (
          <>
            <input type="hidden" name="role" value={values.role} />
            {/* i18n-keys: admin:roles.admin admin:roles.editor admin:roles.translator */}
            <p className="mt-1">{t(`admin:roles.${values.role}`)}</p>
            <p id={`${id}-role-hint`} className="mt-1 text-sm text-stone-600">
              {t("users.ownRole")}
            </p>
          </>
        ) : (
          <div className="mt-1 flex flex-wrap gap-x-6 gap-y-1">
            {roles.map((role) => (
              <label key={role} className="flex items-center gap-2">
                <input type="radio" name="role" value={role} defaultChecked={values.role === role} required className="accent-brand" />
                {t(`admin:roles.${role}`)}
              </label>
            ))}
          </div>
        )}
        {roleLocked ? null : (
          <p id={`${id}-role-hint`} className="mt-1 text-sm text-stone-600">
            {t("users.roleHint")}
          </p>
        )}
        <FieldErrors id={`${id}-role-errors`} errors={roleErrors} />
      </fieldset>

      <fieldset id={fieldId("editions")} aria-describedby={editionErrors ? `${id}-editions-errors` : `${id}-editions-hint`}>
        <legend className={legendClassName}>{t("users.fields.editions")}</legend>
        <p id={`${id}-editions-hint`} className="mt-1 text-sm text-stone-600">
          {t("users.editionsHint")}
        </p>
        <div className="mt-1 flex flex-wrap gap-x-6 gap-y-1">
          {editions.map((edition) => (
            <label key={edition.code} className="flex items-center gap-2">
              <input type="checkbox" name="editions" value={edition.code} defaultChecked={values.editions.includes(edition.code)} className="accent-brand" />
              <span lang={edition.code}>{edition.nativeName}</span>
            </label>
          ))}
        </div>
        <FieldErrors id={`${id}-editions-errors`} errors={editionErrors} />
      </fieldset>

      <div>
        <label htmlFor={`${id}-language`} className="block font-semibold">
          {t("users.fields.interfaceLanguage")}
        </label>
        <select
          id={`${id}-language`}
          name="interfaceLanguage"
          defaultValue={values.interfaceLanguage}
          aria-invalid={languageErrors ? true : undefined}
          aria-describedby={languageErrors ? `${id}-language-errors` : undefined}
          className="mt-1 block rounded border border-stone-500 bg-surface px-3 py-2"
        >
          {editions.map((edition) => (
            <option key={edition.code} value={edition.code} lang={edition.code}>
              {edition.nativeName}
            </option>
          ))}
        </select>
        <FieldErrors id={`${id}-language-errors`} errors={languageErrors} />
      </div>
    </>
  );
}

/** A generated password, shown this once: it is kept only as a hash */
export function GeneratedPassword({ email, password }: { email: string; password: string }) {
  const { t } = useTranslation("admin-accounts");
  return (
    <div role="status" className="rounded border-s-4 border-emerald-700 bg-emerald-50 px-4 py-3 text-emerald-950">
      <p className="font-semibold">{t("users.password.heading", { email })}</p>
      <p className="mt-2">
        <code dir="ltr" className="inline-block select-all rounded bg-surface px-3 py-1 font-mono text-lg tracking-wide ring-1 ring-emerald-700/40">
          {password}
        </code>
      </p>
      <p className="mt-2 text-sm">{t("users.password.once")}</p>
    </div>
  );
}

/** "Editor · English, فارسی" for the list of accounts */
export function RoleAndEditions({ role, editions: codes }: { role: UserRole; editions: readonly string[] }) {
  const { t } = useTranslation("admin-accounts");
  return (
    <>
      {t(`admin:roles.${role}`)}
      {" · "}
      {role === "admin"
        ? t("users.allEditions")
        : codes.map((code, index) => (
            // Each name isolated, so that the commas between Arabic-script names stay where they belong
            <Fragment key={code}>
              {index > 0 ? ", " : ""}
              <bdi lang={code}>{findEdition(code)?.nativeName ?? code}</bdi>
            </Fragment>
          ))}
    </>
  );
}
