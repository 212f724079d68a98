// /admin/identity: the site's name, tagline and logo alt text in every edition, the logo and the social
// profiles (admins only). Saved in one transaction with its audit record; every cached page is forgotten.
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { identityFormValues, readIdentityForm } from "./form.server";
import { resolveInterfaceLanguage } from "~/admin/interface-language.server";
import { readEditorialForm, requirePermission, requireUserWith } from "~/auth/guard.server";
import { AdminTitle, Flash, FormProblemsSummary, SaveButton, useFieldProblemText } from "~/admin/ui/AdminUi";
import { CsrfField } from "~/admin/ui/CsrfField";
import { UploadPicker } from "~/admin/ui/UploadPicker";
import { useUploadProblemText } from "~/admin/ui/UploadProblems";
import { Field } from "~/components/form/Field";
import { formatFileSize } from "~/components/media/format";
import { getDb } from "~/db/database.server";
import { defaultEdition, editions, findEdition } from "~/editions";
import { identityFieldNames, identityLimits, socialNetworks } from "~/identity/site-identity";
import { saveSiteIdentity, siteIdentitySettings } from "~/models/site-identity.server";
import { recentUploads, thumbnailOf, uploadById } from "~/uploads/library.server";
import { imageAccept, maxImageBytes, singleUploadFormBytes } from "~/uploads/limits";
import { pickerUploads } from "~/uploads/upload-view.server";

export const handle = { i18n: ["admin-media", "common"] };

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUserWith(request, "identity.manage");
  const interfaceEdition = findEdition(await resolveInterfaceLanguage(request, user)) ?? defaultEdition;
  const settings = await siteIdentitySettings(await getDb());
  const [images, currentLogo] = await Promise.all([recentUploads("image"), settings.logoUploadId ? uploadById(settings.logoUploadId, "image") : undefined]);
  return {
    values: identityFormValues(settings),
    images: await pickerUploads(interfaceEdition, images.filter((upload) => upload.widths.length > 0 && upload.id !== currentLogo?.id)),
    currentLogo: currentLogo ? { thumbnail: thumbnailOf(currentLogo), detail: currentLogo.originalName } : null,
    imageLimit: formatFileSize(interfaceEdition, maxImageBytes),
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const { user, form } = await readEditorialForm(request, singleUploadFormBytes);
  requirePermission(user, "identity.manage");
  const db = await getDb();
  const current = await siteIdentitySettings(db);
  const outcome = await readIdentityForm(form, user, current.logoUploadId);
  if (!outcome.ok) return data({ values: outcome.values, problems: outcome.problems, logoProblem: outcome.logoProblem ?? null }, { status: outcome.status });
  await saveSiteIdentity(db, user, outcome.input);
  return redirect("/admin/identity?flash=saved");
}

export default function SiteIdentityScreen() {
  const loaded = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation("admin");
  const { t: tCommon, i18n } = useTranslation("common");
  const { t: tMedia } = useTranslation("admin-media");
  const problemText = useFieldProblemText();
  const uploadProblemText = useUploadProblemText();
  const logoRefusal = uploadProblemText(result?.logoProblem ?? undefined, { image: loaded.imageLimit, pdf: "" });
  const values = result?.values ?? loaded.values;
  const problems = result?.problems ?? {};
  // The social links are named as readers hear them: "<the site's name> on Facebook", in the interface language
  // i18n-keys: common:social.facebook common:social.twitter common:social.instagram common:social.youtube
  const socialLabel = (network: (typeof socialNetworks)[number]) =>
    tCommon(`social.${network}`, { brand: loaded.values[identityFieldNames.siteName(i18n.language)] ?? "" });
  // The summary names each field with its edition, as the form shows them under each edition's heading
  const problemLabels: Record<string, string> = Object.fromEntries([
    ...editions.flatMap((edition) => [
      [identityFieldNames.siteName(edition.code), `${t("identity.siteName")} (${edition.nativeName})`],
      [identityFieldNames.tagline(edition.code), `${t("identity.tagline")} (${edition.nativeName})`],
      [identityFieldNames.logoAlt(edition.code), `${t("identity.logoAlt")} (${edition.nativeName})`],
    ]),
    ...socialNetworks.map((network) => [identityFieldNames.social(network), socialLabel(network)]),
    [identityFieldNames.logoChoice, t("identity.logo")],
  ]);
  const text = (field: string) => values[field] ?? "";

  return (
    <section aria-labelledby="page-title" className="max-w-3xl">
      <AdminTitle errorCount={Object.keys(problems).length + (logoRefusal ? 1 : 0)}>{t("identity.title")}</AdminTitle>
      <Flash />
      <h1 id="page-title" className="text-2xl font-bold">
        {t("identity.title")}
      </h1>
      <p className="mt-1 text-stone-700">{t("identity.intro")}</p>

      <Form method="post" encType="multipart/form-data" noValidate className="mt-6 space-y-6">
        <FormProblemsSummary
          problems={problems}
          labels={problemLabels}
          uploads={{ [identityFieldNames.logoChoice]: logoRefusal }}
        />
        <CsrfField />
        {editions.map((edition) => (
          <fieldset key={edition.code} className="space-y-4 rounded bg-surface p-6 shadow">
            <legend className="float-start mb-2 text-lg font-semibold" lang={edition.code} dir={edition.dir}>
              {edition.nativeName}
            </legend>
            <Field
              className="clear-both"
              name={identityFieldNames.siteName(edition.code)}
              label={t("identity.siteName")}
              defaultValue={text(identityFieldNames.siteName(edition.code))}
              errors={problemText(problems[identityFieldNames.siteName(edition.code)])}
              maxLength={identityLimits.siteName}
              required
              lang={edition.code}
              dir={edition.dir}
            />
            <Field
              name={identityFieldNames.tagline(edition.code)}
              label={t("identity.tagline")}
              defaultValue={text(identityFieldNames.tagline(edition.code))}
              errors={problemText(problems[identityFieldNames.tagline(edition.code)])}
              maxLength={identityLimits.tagline}
              lang={edition.code}
              dir={edition.dir}
            />
            <Field
              name={identityFieldNames.logoAlt(edition.code)}
              label={t("identity.logoAlt")}
              hint={t("identity.logoAltHint")}
              defaultValue={text(identityFieldNames.logoAlt(edition.code))}
              errors={problemText(problems[identityFieldNames.logoAlt(edition.code)])}
              maxLength={identityLimits.logoAlt}
              lang={edition.code}
              dir={edition.dir}
            />
          </fieldset>
        ))}

        <UploadPicker
          legend={t("identity.logo")}
          choiceName={identityFieldNames.logoChoice}
          fileName={identityFieldNames.logoFile}
          uploads={loaded.images}
          selected={values.logoChoice}
          accept={imageAccept}
          fileHint={tMedia("picker.imageHint", { limit: loaded.imageLimit })}
          errors={logoRefusal ?? problemText(problems[identityFieldNames.logoChoice])}
          current={loaded.currentLogo ? { label: t("identity.keepLogo"), ...loaded.currentLogo } : undefined}
          noneLabel={t("identity.noLogo")}
        />

        <fieldset className="space-y-4 rounded bg-surface p-6 shadow">
          <legend className="float-start mb-2 text-lg font-semibold">{t("identity.social")}</legend>
          <p className="clear-both text-sm text-stone-700">{t("identity.socialHint")}</p>
          {socialNetworks.map((network) => (
            <Field
              key={network}
              type="url"
              name={identityFieldNames.social(network)}
              label={socialLabel(network)}
              defaultValue={text(identityFieldNames.social(network))}
              errors={problemText(problems[identityFieldNames.social(network)])}
              maxLength={identityLimits.url}
              placeholder="https://"
              dir="ltr"
            />
          ))}
        </fieldset>
        <SaveButton />
      </Form>
    </section>
  );
}
