// /<lng>/contact/sent: where a stored contact message leads (post/redirect/get). The trailing
// underscore in the file name keeps this page out of the contact form's layout.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData, type MetaFunction } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { translatorFor } from "~/i18n/i18next.server";
import { siteIdentity } from "~/models/site-identity.server";
import { requireEdition } from "~/routing/params.server";
import { href } from "~/routing/href";

export const handle = { i18n: ["forms"] };

export async function loader({ params, request }: LoaderFunctionArgs) {
  const edition = requireEdition(params);
  const [t, identity] = await Promise.all([translatorFor(request, edition.code, "forms"), siteIdentity(edition.code)]);
  return { edition: edition.code, title: `${t("contact.sent.title")} | ${identity.siteName}`, description: identity.tagline };
}

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  data ? [{ title: data.title }, { name: "description", content: data.description }, { name: "robots", content: "noindex" }] : [];

export default function ContactSentPage() {
  const { edition } = useLoaderData<typeof loader>();
  const { t } = useTranslation("forms");
  return (
    <section aria-labelledby="page-title" className="max-w-2xl">
      <h1 id="page-title" className="text-3xl font-bold">
        {t("contact.sent.title")}
      </h1>
      <p className="mt-3 text-lg text-stone-700">{t("contact.sent.message")}</p>
      <p className="mt-8 flex flex-wrap gap-4">
        <Link to={href(edition, "home")} className="rounded bg-brand-fill px-5 py-3 font-semibold text-white hover:bg-brand-dark">
          {t("contact.sent.home")}
        </Link>
        <Link to={href(edition, "contact")} className="px-5 py-3 font-semibold text-brand hover:underline">
          {t("contact.sent.again")}
        </Link>
      </p>
    </section>
  );
}
