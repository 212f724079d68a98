import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useLoaderData, type MetaFunction } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { ErrorPage } from "~/components/ErrorPage";
import { Field } from "~/components/form/Field";
import { ErrorSummary, summaryErrors } from "~/components/form/ErrorSummary";
import { SecurityFields } from "~/components/form/SecurityFields";
import { SubmitButton } from "~/components/form/SubmitButton";
import { TextArea } from "~/components/form/TextArea";
import { translatorFor } from "~/i18n/i18next.server";
import { siteIdentity } from "~/models/site-identity.server";
import { useMirror } from "~/mirror/context";
import { MirrorFormNote } from "~/mirror/MirrorFormNote";
import { createContactMessage } from "~/models/contact-messages.server";
import { href } from "~/routing/href";
import { requireEdition } from "~/routing/params.server";
import { seoMeta } from "~/routing/seo";
import { buildPageSeo } from "~/routing/seo.server";
import { readFormData } from "~/security/body-limit.server";
import { commitCsrfToken, requireValidCsrf } from "~/security/csrf.server";
import { emailAddress } from "~/security/email-address.server";
import { requireEmptyHoneypot } from "~/security/honeypot.server";
import { attemptFormSubmission, tooManyRequests } from "~/security/rate-limit.server";
import { useEdition } from "~/edition-context";

export const handle = { i18n: ["forms"] };

/** The longest each field may be: the form tells the browser (maxLength), the schema holds the server to it */
const limits = { name: 100, email: 254, subject: 150, message: 5000 } as const;
type ContactField = keyof typeof limits;
const contactFields = Object.keys(limits) as ContactField[];

const errorKeys = ["required", "tooLong", "email", "invalid"] as const;
type ErrorKey = (typeof errorKeys)[number];

/**
 * The schema every submission must pass; its messages are keys of locales/<lng>/forms.json.
 * Built inside a function so that only the action (server) uses zod and the browser bundle stays without it.
 */
function contactSchema() {
  const text = (max: number) =>
    z.string({ error: "required" }).trim().min(1, { error: "required" }).max(max, { error: "tooLong" });
  return z.object({
    name: text(limits.name),
    email: text(limits.email).pipe(emailAddress()),
    subject: text(limits.subject),
    message: text(limits.message),
  });
}

export async function loader({ params, request }: LoaderFunctionArgs) {
  const edition = requireEdition(params);
  const [{ token, setCookie }, t, identity] = await Promise.all([
    commitCsrfToken(request),
    translatorFor(request, edition.code, "forms"),
    siteIdentity(edition.code),
  ]);
  return data(
    {
      seo: buildPageSeo(request, edition, {
        title: t("contact.title"),
        siteName: identity.siteName,
        description: t("contact.intro"),
        path: href(edition.code, "contact"),
        sameInEveryEdition: (other) => href(other.code, "contact"),
      }),
      csrfToken: token,
    },
    { headers: setCookie ? { "Set-Cookie": setCookie } : undefined },
  );
}

export async function action({ params, request, context }: ActionFunctionArgs) {
  const edition = requireEdition(params);
  const attempt = await attemptFormSubmission("contact", context.clientAddress);
  if (!attempt.allowed) throw tooManyRequests(attempt.retryAfterSeconds);

  const formData = await readFormData(request);
  await requireValidCsrf(formData, request);
  requireEmptyHoneypot(formData);

  const values = Object.fromEntries(
    contactFields.map((field) => {
      const value = formData.get(field);
      return [field, typeof value === "string" ? value : ""];
    }),
  ) as Record<ContactField, string>;
  const submission = contactSchema().safeParse(values);
  if (!submission.success) {
    // A reader correcting a typo has not sent a message: the attempt does not count
    await attempt.release();
    const errors: Partial<Record<ContactField, ErrorKey>> = {};
    for (const issue of submission.error.issues) {
      const field = issue.path[0] as ContactField;
      errors[field] ??= (errorKeys as readonly string[]).includes(issue.message) ? (issue.message as ErrorKey) : "invalid";
    }
    return data({ values, errors }, { status: 400 });
  }

  // Stored first: the reader is told "received" only once it is
  await createContactMessage({ edition: edition.code, ...submission.data });
  return redirect(href(edition, "contactSent"), 303);
}

// The page carries the reader's CSRF token: never stored (see cache-control.ts); keeps a 429's Retry-After, a 413's Connection: close
export { privateHeaders as headers } from "~/routing/cache-control";

export const meta: MetaFunction<typeof loader> = ({ data: page }) => seoMeta(page?.seo);

export default function ContactPage() {
  const { csrfToken } = useLoaderData<typeof loader>();
  const edition = useEdition();
  const submission = useActionData<typeof action>();
  const { t } = useTranslation("forms");
  const mirror = useMirror();

  const errorsFor = (field: ContactField): string[] | undefined => {
    const key = submission?.errors[field];
    if (!key) return undefined;
    return [key === "required" ? t(`contact.required.${field}`) : t(`errors.${key}`, { count: limits[field] })];
  };
  const fieldProps = (field: ContactField) => ({
    name: field,
    label: t(`contact.${field}`),
    errors: errorsFor(field),
    defaultValue: submission?.values[field],
    maxLength: limits[field],
    required: true,
  });

  return (
    <section aria-labelledby="page-title" className="max-w-2xl">
      <h1 id="page-title" className="text-3xl font-bold">
        {t("contact.title")}
      </h1>
      <p className="mt-3 text-lg text-stone-700">{t("contact.intro")}</p>
      {/* A mirror cannot receive messages: a note links to the main site's form instead */}
      {mirror ? (
        <MirrorFormNote kind="contact" path={href(edition, "contact")} />
      ) : (
        // noValidate: the server's messages, in the edition's language, rather than the browser's
        <Form method="post" noValidate className="mt-6 space-y-5">
          {submission?.errors ? (
            <ErrorSummary
              heading={t("errorSummary")}
              errors={summaryErrors(contactFields, errorsFor, (field) => t(`contact.${field}`))}
            />
          ) : null}
          <SecurityFields csrfToken={csrfToken} honeypotLabel={t("honeypotLabel")} />
          <Field {...fieldProps("name")} autoComplete="name" />
          {/* Addresses are written left to right whatever the edition's direction */}
          <Field {...fieldProps("email")} type="email" autoComplete="email" dir="ltr" />
          <Field {...fieldProps("subject")} />
          <TextArea {...fieldProps("message")} rows={10} />
          <p className="text-sm text-stone-600">{t("contact.privacy")}</p>
          <SubmitButton pendingLabel={t("sending")}>{t("contact.submit")}</SubmitButton>
        </Form>
      )}
    </section>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
