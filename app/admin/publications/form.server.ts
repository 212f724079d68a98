// The publication form on the server: text fields checked first (zod, slug, translation link, publish
// state, the chosen cover and PDF), and only then the files uploaded with it stored — so a form with a
// typing mistake leaves nothing in the library. A stored file is chosen in the values sent back, in case
// the other file is refused.
import { z } from "zod";
import { formValues, validate, type FieldProblems } from "~/admin/form-validation.server";
import { dateToZonedInput } from "~/domain/publish-time";
import { checkItemIdentity } from "~/admin/item-identity.server";
import { maxSlugLength } from "~/domain/slug";
import type { SignedInUser } from "~/auth/permissions";
import { requirePermission } from "~/auth/guard.server";
import type { PublicationKind } from "~/db/schema";
import { editionCodes, type Edition } from "~/editions";
import type { TranslationCandidate } from "~/models/admin-media.server";
import type { PublicationFormChoices } from "./PublicationForm";
import { formatFileSize, languageName } from "~/components/media/format";
import {
  publicationGroupHasEdition,
  publicationSlugTaken,
  publicationTranslationCandidates,
  type PublicationForEditing,
  type PublicationInput,
} from "~/models/admin-publications.server";
import { smallestImageUrl } from "~/uploads/image-urls";
import { recentUploads, uploadById } from "~/uploads/library.server";
import { maxImageBytes, maxPdfBytes } from "~/uploads/limits";
import { pdfFilePath } from "~/uploads/storage.server";
import { chosenImageSrc, readImageChoice, storeChosenImage } from "~/uploads/image-choice.server";
import { isChosenFile, storeUpload } from "~/uploads/store.server";
import { pickerUploads } from "~/uploads/upload-view.server";
import { asciiDigits } from "~/admin/media/form.server";
import { parsePositiveInt } from "~/routing/ids";
import {
  currentFileChoice,
  publicationFields,
  publicationLimits,
  type PublicationFieldNotes,
  type PublicationFormValues,
} from "./form";
import { getDb } from "~/db/database.server";

export function readPublicationValues(form: FormData): PublicationFormValues {
  return formValues(form, publicationFields) as PublicationFormValues;
}

export function publicationValues(publication: PublicationForEditing, edition: Edition, translationOf: string): PublicationFormValues {
  return {
    title: publication.title,
    slug: publication.slug,
    description: publication.description,
    issueNumber: publication.issueNumber === null ? "" : String(publication.issueNumber),
    editionYear: publication.editionYear === null ? "" : String(publication.editionYear),
    language: publication.language,
    coverChoice: publication.coverImage ? currentFileChoice : "",
    coverAlt: publication.coverAlt ?? "",
    pdfChoice: currentFileChoice,
    translationOf,
    status: publication.status,
    publishedAt: publication.publishedAt ? dateToZonedInput(publication.publishedAt, edition.timeZone) : "",
    publishedAtCalendar: "gregory",
  };
}

function publicationSchema() {
  const text = (limit: number) => z.string().trim().max(limit);
  // An empty field is no number; anything else must be a whole number in range ("invalid" otherwise)
  const optionalNumber = (min: number, max: number) =>
    z
      .string()
      .transform((value) => (value.trim() === "" ? null : /^\d{1,7}$/.test(asciiDigits(value.trim())) ? Number(asciiDigits(value.trim())) : NaN))
      .refine((value) => value === null || (value >= min && value <= max));
  return z.object({
    title: text(publicationLimits.title).min(1),
    slug: text(maxSlugLength),
    description: text(publicationLimits.description),
    issueNumber: optionalNumber(1, 1_000_000),
    editionYear: optionalNumber(1900, 2200),
    language: z.string().refine((code) => editionCodes.includes(code)),
    coverChoice: z.string().trim(),
    coverAlt: text(publicationLimits.coverAlt),
    pdfChoice: z.string().trim(),
    translationOf: z.string().trim(),
  });
}

export type PublicationCheck =
  | { ok: true; input: PublicationInput }
  | { ok: false; status: 400 | 413; values: PublicationFormValues; problems: FieldProblems; notes: PublicationFieldNotes };

interface CheckContext {
  user: SignedInUser;
  edition: Edition;
  kind: PublicationKind;
  existing: PublicationForEditing | null;
  candidates: TranslationCandidate[];
  mayPublish: boolean;
}

/** Checks the form, then stores its files; the input to save, or what to show again */
export async function checkPublicationForm(form: FormData, context: CheckContext): Promise<PublicationCheck> {
  const { edition, kind, existing, candidates, mayPublish, user } = context;
  const values = readPublicationValues(form);
  const refuse = (problems: FieldProblems, notes: PublicationFieldNotes = {}, status: 400 | 413 = 400): PublicationCheck => ({ ok: false, status, values, problems, notes });

  const parsed = validate(publicationSchema(), values);
  if (!parsed.success) return refuse(parsed.problems);
  const fields = parsed.data;
  const problems: FieldProblems = {};
  const notes: PublicationFieldNotes = {};

  const db = await getDb();
  const { identity, problems: identityProblems, notes: identityNotes } = await checkItemIdentity(fields, values, {
    edition,
    existing,
    candidates,
    mayPublish,
    slugTaken: (slug) => publicationSlugTaken(db, edition.code, kind, slug, existing?.id),
    groupHasEdition: (group, code, exceptId) => publicationGroupHasEdition(db, group, code, exceptId),
  });
  Object.assign(problems, identityProblems);
  Object.assign(notes, identityNotes);

  // The cover: a new file, the current cover, an upload of the library, or none
  const cover = await readImageChoice(form, { choiceField: "coverChoice", fileField: "coverFile", currentSrc: existing?.coverImage ?? null });
  if (cover === "invalid") problems.coverChoice = { key: "invalid" };
  else if (cover.kind !== "none" && fields.coverAlt === "") problems.coverAlt = { key: "required" };

  // The PDF: a new file, the current one, or an upload of the library; never none
  const pdfFile = form.get("pdfFile");
  let pdf: { path: string; bytes: number } | "new" | null = null;
  if (isChosenFile(pdfFile)) pdf = "new";
  else if (fields.pdfChoice === currentFileChoice && existing) pdf = { path: existing.pdfPath, bytes: existing.pdfBytes };
  else if (parsePositiveInt(fields.pdfChoice) !== null) {
    const upload = await uploadById(Number(fields.pdfChoice), "pdf");
    if (upload) pdf = { path: pdfFilePath(upload.storageKey), bytes: upload.bytes };
    else problems.pdfChoice = { key: "invalid" };
  } else problems.pdfChoice = { key: "required" };

  if (Object.keys(problems).length > 0 || !identity) return refuse(problems, notes);

  // Everything typed is right: now the files. A stored file is chosen from the library in the values
  // sent back, in case the other file is refused.
  let coverImage: string | null = null;
  if (cover !== "invalid" && cover.kind === "new") {
    const stored = await storeChosenImage(user, cover.file);
    if (!stored.ok) return refuse({ coverChoice: { key: "invalid" } }, { cover: stored.problem }, stored.status);
    values.coverChoice = String(stored.upload.id);
    coverImage = stored.image.src;
  } else if (cover !== "invalid") coverImage = chosenImageSrc(cover);
  if (pdf === "new") {
    requirePermission(user, "uploads.create");
    const stored = await storeUpload(user, pdfFile, "pdf");
    if (!stored.ok) return refuse({ pdfChoice: { key: "invalid" } }, { pdf: stored.problem }, stored.status);
    values.pdfChoice = String(stored.upload.id);
    pdf = { path: pdfFilePath(stored.upload.storageKey), bytes: stored.upload.bytes };
  }
  if (!pdf) return refuse({ pdfChoice: { key: "required" } });

  return {
    ok: true,
    input: {
      ...identity,
      title: fields.title,
      description: fields.description,
      issueNumber: fields.issueNumber,
      editionYear: fields.editionYear,
      language: fields.language,
      coverImage,
      coverAlt: coverImage ? fields.coverAlt : null,
      pdfPath: pdf.path,
      pdfBytes: pdf.bytes,
    },
  };
}

/** What the form offers: languages, translations, the library's images and PDFs, the current files */
export async function publicationFormChoices(
  interfaceEdition: Edition,
  edition: Edition,
  kind: PublicationKind,
  existing: PublicationForEditing | null,
): Promise<{ choices: PublicationFormChoices; linkedTranslation: string }> {
  const [candidates, images, pdfs] = await Promise.all([
    publicationCandidates(edition, kind, existing),
    recentUploads("image"),
    recentUploads("pdf"),
  ]);
  const linked = existing ? candidates.find((candidate) => candidate.translationGroup === existing.translationGroup) : undefined;
  const choices: PublicationFormChoices = {
    languages: editionCodes.map((code) => ({ code, name: languageName(interfaceEdition, code) })),
    candidates: candidates.map(({ id, edition: code, title }) => ({ id, edition: code, title })),
    images: await pickerUploads(interfaceEdition, images),
    pdfs: await pickerUploads(interfaceEdition, pdfs),
    currentCover: existing?.coverImage ? { thumbnail: smallestImageUrl(existing.coverImage), detail: existing.coverAlt ?? "" } : null,
    currentPdf: existing ? { detail: `${existing.pdfPath.split("/").pop()} · ${formatFileSize(interfaceEdition, existing.pdfBytes)}` } : null,
    limits: { image: formatFileSize(interfaceEdition, maxImageBytes), pdf: formatFileSize(interfaceEdition, maxPdfBytes) },
    textLimits: publicationLimits,
  };
  return { choices, linkedTranslation: linked ? String(linked.id) : "" };
}

/** Any edition's publication of the kind: linking changes only the one being edited */
export async function publicationCandidates(edition: Edition, kind: PublicationKind, existing: PublicationForEditing | null) {
  return publicationTranslationCandidates(await getDb(), kind, editionCodes.filter((code) => code !== edition.code), existing?.id);
}

