// The site identity form (/admin/identity): every edition's name, tagline and logo alt text, the logo
// (UploadPicker: an upload of the library, a new file, the current logo or none) and one address per
// social network. Validated with zod; each field's problem is keyed by the field's name.
import { z } from "zod";
import { validate, type FieldProblems } from "~/admin/form-validation.server";
import type { SignedInUser } from "~/auth/permissions";
import { currentFileChoice } from "~/admin/ui/UploadPicker";
import { editions } from "~/editions";
import { identityFieldNames, identityLimits, socialNetworks, socialUrlSchema, type SocialProfile } from "~/identity/site-identity";
import type { SiteIdentityInput } from "~/models/site-identity.server";
import { storeChosenImage } from "~/uploads/image-choice.server";
import { uploadById } from "~/uploads/library.server";
import { isChosenFile, type UploadProblem } from "~/uploads/store.server";

const textFields = [
  ...editions.flatMap(({ code }) => [identityFieldNames.siteName(code), identityFieldNames.tagline(code), identityFieldNames.logoAlt(code)]),
  ...socialNetworks.map(identityFieldNames.social),
];

const optionalText = (max: number) => z.string().trim().max(max);

/** The form's schema: a name in every edition; an empty social address leaves that network out */
export const identityFormSchema = z.object(
  Object.fromEntries([
    ...editions.flatMap(({ code }) => [
      [identityFieldNames.siteName(code), optionalText(identityLimits.siteName).min(1)],
      [identityFieldNames.tagline(code), optionalText(identityLimits.tagline)],
      [identityFieldNames.logoAlt(code), optionalText(identityLimits.logoAlt)],
    ]),
    ...socialNetworks.map((network) => [identityFieldNames.social(network), z.literal("").or(socialUrlSchema)]),
  ]) as Record<string, z.ZodType<string>>,
);

/** The form's text values as typed, to fill it again */
export type IdentityFormValues = Record<string, string> & { logoChoice: string };

export function identityFormValues(settings: SiteIdentityInput): IdentityFormValues {
  const values: Record<string, string> = { logoChoice: settings.logoUploadId ? currentFileChoice : "" };
  for (const { code } of editions) {
    const texts = settings.editions[code]!;
    values[identityFieldNames.siteName(code)] = texts.siteName;
    values[identityFieldNames.tagline(code)] = texts.tagline;
    values[identityFieldNames.logoAlt(code)] = texts.logoAlt;
  }
  for (const network of socialNetworks) values[identityFieldNames.social(network)] = settings.social.find((profile) => profile.network === network)?.url ?? "";
  return values as IdentityFormValues;
}

export type IdentityFormOutcome =
  | { ok: true; input: SiteIdentityInput }
  | { ok: false; values: IdentityFormValues; problems: FieldProblems; logoProblem?: UploadProblem; status: 400 | 413 };

/**
 * Reads and checks the form. A new logo file is stored in the library only once the texts are valid,
 * so a refused form leaves no upload behind.
 */
export async function readIdentityForm(form: FormData, user: SignedInUser, currentLogoUploadId: number | null): Promise<IdentityFormOutcome> {
  const values = Object.fromEntries(textFields.map((field) => [field, form.get(field)?.toString().replace(/\r\n?/g, "\n") ?? ""])) as IdentityFormValues;
  values.logoChoice = form.get(identityFieldNames.logoChoice)?.toString().trim() ?? "";
  const checked = validate(identityFormSchema, values);
  const problems: FieldProblems = checked.success ? {} : checked.problems;
  for (const network of socialNetworks) {
    const field = identityFieldNames.social(network);
    if (problems[field]?.key === "invalid") problems[field] = { key: "httpsUrl" };
  }

  let logoUploadId: number | null = null;
  const file = form.get(identityFieldNames.logoFile);
  if (!isChosenFile(file)) {
    if (values.logoChoice === currentFileChoice) logoUploadId = currentLogoUploadId;
    else if (/^[1-9][0-9]{0,9}$/.test(values.logoChoice)) logoUploadId = (await uploadById(Number(values.logoChoice), "image"))?.id ?? null;
    else if (values.logoChoice !== "") logoUploadId = null;
    if (values.logoChoice !== "" && logoUploadId === null) problems[identityFieldNames.logoChoice] = { key: "invalid" };
  }
  if (Object.keys(problems).length > 0) return { ok: false, values, problems, status: 400 };
  if (isChosenFile(file)) {
    const stored = await storeChosenImage(user, file);
    if (!stored.ok) return { ok: false, values, problems: {}, logoProblem: stored.problem, status: stored.status };
    logoUploadId = stored.upload.id;
  }

  const data = checked.success ? checked.data : {};
  const social: SocialProfile[] = socialNetworks.flatMap((network) => {
    const url = data[identityFieldNames.social(network)] ?? "";
    return url ? [{ network, url }] : [];
  });
  return {
    ok: true,
    input: {
      editions: Object.fromEntries(
        editions.map(({ code }) => [
          code,
          { siteName: data[identityFieldNames.siteName(code)]!, tagline: data[identityFieldNames.tagline(code)] ?? "", logoAlt: data[identityFieldNames.logoAlt(code)] ?? "" },
        ]),
      ),
      logoUploadId,
      social,
    },
  };
}
