import { data, redirect, type ActionFunctionArgs, type HeadersFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { safeReturnPath } from "~/auth/guard.server";
import { verifyAgainstDecoy, verifyPassword } from "~/auth/password.server";
import { findSessionUser, startSession } from "~/auth/session.server";
import { beginSignInAttempt, checkSignInThrottle, clearSignInFailures } from "~/auth/sign-in-throttle.server";
import { CsrfField } from "~/admin/ui/CsrfField";
import { Field } from "~/components/form/Field";
import { ErrorSummary } from "~/components/form/ErrorSummary";
import { AdminTitle } from "~/admin/ui/AdminUi";
import { SubmitButton } from "~/components/form/SubmitButton";
import { getDb } from "~/db/database.server";
import { recordAudit } from "~/models/audit.server";
import { findUserForSignIn } from "~/models/users.server";
import { readFormData } from "~/security/body-limit.server";
import { requireValidCsrf } from "~/security/csrf.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const next = safeReturnPath(new URL(request.url).searchParams.get("next"));
  if (await findSessionUser(request)) throw redirect(next);
  return { next };
}

type SignInProblem = { kind: "required" } | { kind: "wrong" } | { kind: "locked"; minutes: number };

export async function action({ request, context }: ActionFunctionArgs) {
  const form = await readFormData(request);
  await requireValidCsrf(form, request);
  const next = safeReturnPath(form.get("next")?.toString());
  const fields = z
    .object({ email: z.string().trim().min(1).max(254), password: z.string().min(1).max(1024) })
    .safeParse({ email: form.get("email"), password: form.get("password") });
  const email = typeof form.get("email") === "string" ? String(form.get("email")).slice(0, 254) : "";
  if (!fields.success) return data({ problem: { kind: "required" } as SignInProblem, email }, { status: 400 });

  const db = await getDb();
  const locked = (retryAfterSeconds: number) =>
    data({ problem: { kind: "locked", minutes: Math.ceil(retryAfterSeconds / 60) } as SignInProblem, email }, {
      status: 429,
      headers: { "Retry-After": String(retryAfterSeconds) },
    });
  const attempt = await beginSignInAttempt(db, fields.data.email, context.clientAddress);
  // While locked out, even the right password is not tried: guessing stops, whatever the guess
  if (!attempt.allowed) return locked(attempt.retryAfterSeconds);

  const user = await findUserForSignIn(db, fields.data.email);
  const valid = user ? await verifyPassword(user.passwordHash, fields.data.password) : await verifyAgainstDecoy(fields.data.password);
  if (!user || !valid) {
    // Already counted as a failure by beginSignInAttempt
    const after = await checkSignInThrottle(db, fields.data.email, context.clientAddress);
    if (!after.allowed) return locked(after.retryAfterSeconds);
    return data({ problem: { kind: "wrong" } as SignInProblem, email }, { status: 400 });
  }

  await clearSignInFailures(db, user.email);
  const setCookie = await startSession(request, user.id);
  await recordAudit(db, user, { action: "sign-in", entityType: "user", entityId: user.id });
  return redirect(next, { headers: { "Set-Cookie": setCookie } });
}

/** Never stored; a lock-out's 429 keeps its Retry-After */
export const headers: HeadersFunction = ({ actionHeaders }) => {
  const headers = new Headers({ "Cache-Control": "no-store" });
  const retryAfter = actionHeaders.get("Retry-After");
  if (retryAfter) headers.set("Retry-After", retryAfter);
  return headers;
};

export const meta: MetaFunction = () => [{ name: "robots", content: "noindex, nofollow" }];

export default function SignIn() {
  const { next } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation("admin");
  const problem = result?.problem;
  const form = useRef<HTMLFormElement>(null);
  // A refused password is never sent back, and the one typed is cleared (the page was not reloaded with JavaScript)
  useEffect(() => {
    const password = form.current?.elements.namedItem("password");
    if (result && password instanceof HTMLInputElement) password.value = "";
  }, [result]);
  const invalid = problem ? { "aria-invalid": true, "aria-describedby": "sign-in-problem" } : {};

  return (
    <section aria-labelledby="page-title" className="mx-auto max-w-md rounded bg-surface p-6 shadow">
      <AdminTitle errorCount={problem ? 1 : 0}>{t("signIn.title")}</AdminTitle>
      <h1 id="page-title" className="text-2xl font-bold">
        {t("signIn.title")}
      </h1>
      <Form ref={form} method="post" noValidate className="mt-6 space-y-5">
        {problem ? (
          <ErrorSummary
            id="sign-in-problem"
            heading={problem.kind === "locked" ? t("signIn.locked", { count: problem.minutes }) : t(`signIn.${problem.kind}`)}
          />
        ) : null}
        <CsrfField />
        <input type="hidden" name="next" value={next} />
        <Field name="email" type="email" label={t("signIn.email")} autoComplete="username" dir="ltr" defaultValue={result?.email} required {...invalid} />
        <Field name="password" type="password" label={t("signIn.password")} autoComplete="current-password" dir="ltr" defaultValue="" required {...invalid} />
        <SubmitButton pendingLabel={t("signIn.pending")}>{t("signIn.submit")}</SubmitButton>
      </Form>
    </section>
  );
}
