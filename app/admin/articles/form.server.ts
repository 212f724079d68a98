// The article form of the editorial screens, on the server: what the editor page loads, and the one
// action behind "new" and "edit" (preview, save, delete). Permissions are decided from the database's
// article, never from the form; a forbidden request answers 403 before anything is read or written.
import { data, redirect } from "@remix-run/node";
import { z } from "zod";
import { formValues, validate, type FieldProblems } from "~/admin/form-validation.server";
import { dateToZonedInput } from "~/domain/publish-time";
import { inputCalendarOf, typedPublishTime } from "~/domain/solar-hijri";
import { checkSlug } from "~/admin/item-identity.server";
import { maxSlugLength } from "~/domain/slug";
import { forbidden, readEditorialForm, requirePermission } from "~/auth/guard.server";
import { can } from "~/auth/permissions";
import type { Database } from "~/db/client.server";
import { getDb } from "~/db/database.server";
import { articleStatuses, type ArticleStatus } from "~/db/schema";
import { findEdition, type Edition } from "~/editions";
import {
  articleForEditing,
  articleFormChoices,
  createArticle,
  deleteArticle,
  discardRevision,
  issueTaken,
  proposeRevision,
  publishRevision,
  slugTaken,
  updateArticle,
  violatedUniqueIndex,
  type ArticleForEditing,
  type ArticleFormChoices,
  type ArticleInput,
} from "~/models/admin-articles.server";
import { formatFileSize } from "~/components/media/format";
import { currentFileChoice } from "~/admin/ui/UploadPicker";
import { smallestImageUrl } from "~/uploads/image-urls";
import { chosenImageSrc, readImageChoice, storeChosenImage, type ImageChoice } from "~/uploads/image-choice.server";
import { recentUploads } from "~/uploads/library.server";
import { maxImageBytes, maxPdfBytes } from "~/uploads/limits";
import type { UploadProblem } from "~/uploads/store.server";
import { pickerUploads } from "~/uploads/upload-view.server";
import { renderMarkdown } from "~/utils/markdown.server";
import { mayEditArticle, mayProposeRevision, needsPublishPermission } from "./permissions";
import { checkRevisionTexts } from "./translation-form.server";

/** Markdown bodies are long: the form may carry up to 1 MiB */
export const articleFormMaxBytes = 1024 * 1024;

export const articleLimits = { title: 300, excerpt: 600, body: 100_000, coverAlt: 300, coverCaption: 500 } as const;

const articleFields = [
  "title",
  "slug",
  "excerpt",
  "body",
  "categoryId",
  "authorId",
  "seriesId",
  "issueNumber",
  "coverChoice",
  "coverAlt",
  "coverCaption",
  "status",
  "publishedAt",
  "publishedAtCalendar",
] as const;

/**
 * The form's fields as typed (strings), to fill the form again. coverChoice names an upload by its id,
 * "current" (the cover the article has) or "" (none); a file sent as coverFile wins over it.
 */
export type ArticleFormValues = Record<(typeof articleFields)[number], string> & { upToDate: boolean };

/** Problems the shared error keys of admin.json cannot say precisely; their words are in admin-articles.json */
export interface ArticleFieldNotes {
  issueNumber?: "issueTaken" | "issueNeedsSeries";
  publishedAt?: "scheduledNeedsFuture" | "publishedInFuture" | "dateFormat" | "impossibleDate";
  upToDate?: "sourceChanged";
  /** Why the cover uploaded with the form was refused */
  cover?: UploadProblem;
}

export interface ArticleFormResult {
  values: ArticleFormValues;
  problems: FieldProblems;
  notes: ArticleFieldNotes;
  /** The sanitized HTML of the body, when the editor asked for a preview (nothing was saved) */
  previewHtml: string | null;
}

/** The form's values for a new article (nothing typed yet) */
export function emptyArticleValues(): ArticleFormValues {
  return {
    title: "",
    slug: "",
    excerpt: "",
    body: "",
    categoryId: "",
    authorId: "",
    seriesId: "",
    issueNumber: "",
    coverChoice: "",
    coverAlt: "",
    coverCaption: "",
    status: "draft",
    publishedAt: "",
    publishedAtCalendar: "",
    upToDate: false,
  };
}

/** The form's values for an article as stored */
export function articleValues(article: ArticleForEditing, edition: Edition): ArticleFormValues {
  return {
    title: article.title,
    slug: article.slug,
    excerpt: article.excerpt,
    body: article.body,
    categoryId: String(article.categoryId),
    authorId: String(article.authorId),
    seriesId: article.seriesId === null ? "" : String(article.seriesId),
    issueNumber: article.issueNumber === null ? "" : String(article.issueNumber),
    coverChoice: article.coverImage ? currentFileChoice : "",
    coverAlt: article.coverAlt ?? "",
    coverCaption: article.coverCaption ?? "",
    status: article.status,
    publishedAt: article.publishedAt ? dateToZonedInput(article.publishedAt, edition.timeZone) : "",
    publishedAtCalendar: "gregory",
    upToDate: false,
  };
}

/**
 * What the editor form needs besides the values: the choices named in the article's edition, and the
 * library's images described in the interface language
 */
export async function articleEditorChoices(db: Database, edition: Edition, interfaceEdition: Edition, current: { coverImage: string | null; coverAlt: string | null } | null) {
  const [choices, images] = await Promise.all([articleFormChoices(db, edition.code), recentUploads("image")]);
  return {
    ...choices,
    images: await pickerUploads(interfaceEdition, images.filter((upload) => upload.widths.length > 0)),
    currentCover: current?.coverImage ? { thumbnail: smallestImageUrl(current.coverImage), detail: current.coverAlt ?? "" } : null,
    limits: { image: formatFileSize(interfaceEdition, maxImageBytes), pdf: formatFileSize(interfaceEdition, maxPdfBytes) },
  };
}

function articleSchema() {
  const text = (max: number) => z.string().trim().max(max);
  const optionalId = z.union([z.literal("").transform(() => null), z.coerce.number().int().positive()]);
  return z.object({
    title: text(articleLimits.title).min(1),
    slug: text(maxSlugLength),
    excerpt: text(articleLimits.excerpt),
    body: text(articleLimits.body).min(1),
    // "" → 0 → too small → "required"
    categoryId: z.coerce.number().int().min(1),
    authorId: z.coerce.number().int().min(1),
    seriesId: optionalId,
    issueNumber: z.union([z.literal("").transform(() => null), z.coerce.number().int().positive().max(1_000_000)]),
    coverChoice: z.string().trim(),
    coverAlt: text(articleLimits.coverAlt),
    coverCaption: text(articleLimits.coverCaption),
    status: z.enum(articleStatuses),
    publishedAt: z.string().trim(),
    publishedAtCalendar: z.string(),
  });
}

/** A minute of leeway: "now" typed into the form is a little in the past when it arrives */
const clockLeewayMs = 60_000;

type Checked = { ok: true; input: ArticleInput } | { ok: false; problems: FieldProblems; notes: ArticleFieldNotes };

/** Validates the values against the schema and the database (choices, slug, issue number, publish time) */
async function checkArticle(
  db: Database,
  edition: Edition,
  values: ArticleFormValues,
  existing: ArticleForEditing | null,
  choices: ArticleFormChoices,
  cover: ImageChoice | "invalid",
): Promise<Checked> {
  const parsed = validate(articleSchema(), values);
  const problems: FieldProblems = parsed.success ? {} : { ...parsed.problems };
  const notes: ArticleFieldNotes = {};
  if (!parsed.success) return { ok: false, problems, notes };
  const fields = parsed.data;

  if (!choices.categories.some((choice) => choice.id === fields.categoryId)) problems.categoryId = { key: "invalid" };
  if (!choices.authors.some((choice) => choice.id === fields.authorId)) problems.authorId = { key: "invalid" };
  if (fields.seriesId !== null && !choices.series.some((choice) => choice.id === fields.seriesId)) problems.seriesId = { key: "invalid" };
  if (fields.issueNumber !== null) {
    if (fields.seriesId === null) notes.issueNumber = "issueNeedsSeries";
    else if (await issueTaken(db, edition.code, fields.seriesId, fields.issueNumber, existing?.id)) notes.issueNumber = "issueTaken";
  }

  // A new file has been stored before (storeFormCover): here the choice is settled
  const coverImage = cover === "invalid" || cover.kind === "new" ? null : chosenImageSrc(cover);
  if (cover === "invalid" || cover.kind === "new") problems.coverChoice = { key: "invalid" };
  if (coverImage !== null && fields.coverAlt === "") problems.coverAlt = { key: "required" };

  const otherEditionSlugs = existing?.group.filter((member) => member.edition !== edition.code).map((member) => member.slug) ?? [];
  const { slug, problem: slugProblem } = await checkSlug(fields.slug, fields.title, (candidate) => slugTaken(db, edition.code, candidate, existing?.id), {
    edition,
    otherEditionSlugs,
  });
  if (slugProblem) problems.slug = slugProblem;

  // The time is typed in the edition's time zone
  let publishedAt: Date | null = null;
  if (fields.publishedAt !== "") {
    // Typed in the editor's calendar (solar hijri for a Persian interface), in the edition's time zone
    const typed = typedPublishTime(fields.publishedAt, inputCalendarOf(fields.publishedAtCalendar), edition.timeZone);
    if ("date" in typed) publishedAt = typed.date;
    else {
      problems.publishedAt = { key: "invalid" };
      if (typed.problem !== "invalid") notes.publishedAt = typed.problem;
    }
  }
  const now = Date.now();
  if (!problems.publishedAt && fields.status === "published") {
    if (!publishedAt) publishedAt = new Date(now);
    else if (publishedAt.getTime() > now + clockLeewayMs) notes.publishedAt = "publishedInFuture";
  }
  if (!problems.publishedAt && fields.status === "scheduled") {
    if (!publishedAt) problems.publishedAt = { key: "required" };
    else if (publishedAt.getTime() <= now) notes.publishedAt = "scheduledNeedsFuture";
  }
  // A note is a problem too: the field is marked invalid and nothing is saved
  if (notes.publishedAt) problems.publishedAt = { key: "invalid" };
  if (notes.issueNumber) problems.issueNumber = { key: "invalid" };

  if (Object.keys(problems).length > 0) return { ok: false, problems, notes };
  return {
    ok: true,
    input: {
      slug,
      title: fields.title,
      excerpt: fields.excerpt,
      body: fields.body,
      categoryId: fields.categoryId,
      authorId: fields.authorId,
      seriesId: fields.seriesId,
      issueNumber: fields.issueNumber,
      coverImage,
      coverAlt: coverImage ? fields.coverAlt : null,
      coverCaption: coverImage && fields.coverCaption ? fields.coverCaption : null,
      status: fields.status,
      publishedAt,
    },
  };
}

function readValues(form: FormData, existing: ArticleForEditing | null, edition: Edition): ArticleFormValues {
  const values = formValues(form, articleFields) as Record<(typeof articleFields)[number], string>;
  // Radios and the time field are disabled for those who may not publish: browsers then send nothing
  if (!form.has("status")) values.status = "draft";
  if (!form.has("publishedAt") && existing?.publishedAt) {
    values.publishedAt = dateToZonedInput(existing.publishedAt, edition.timeZone);
    values.publishedAtCalendar = "gregory";
  }
  return { ...values, upToDate: form.get("upToDate") === "on" };
}

const badRequest = () => new Response("Bad Request", { status: 400 });

/**
 * The action of /admin/articles/new (articleId null) and /admin/articles/:id. Answers the form again
 * (400 with its problems, or 200 with a preview), or redirects after a save or a delete.
 */
export async function articleFormAction(request: Request, articleId: number | null) {
  const { user, form } = await readEditorialForm(request, articleFormMaxBytes + maxImageBytes);
  const db = await getDb();
  const existing = articleId === null ? null : ((await articleForEditing(db, articleId)) ?? null);
  if (articleId !== null && !existing) throw new Response("Not Found", { status: 404 });
  const intent = form.get("intent");

  if (existing && intent === "delete") {
    requirePermission(user, "content.delete", existing.edition);
    await deleteArticle(db, user, existing);
    return redirect("/admin/articles?flash=deleted");
  }

  const edition = findEdition(existing?.edition ?? form.get("edition")?.toString());
  if (!edition) throw badRequest();

  // A translator's proposed update of a published translation, and an editor's answer to it (decision 016)
  if (existing && (intent === "publishRevision" || intent === "discardRevision")) {
    requirePermission(user, "content.publish", edition.code);
    if (intent === "publishRevision") await publishRevision(db, user, existing);
    else await discardRevision(db, user, existing);
    return redirect(`/admin/articles/${existing.id}?flash=saved`);
  }
  const proposing = existing !== null && mayProposeRevision(user, existing);
  if (proposing && intent !== "preview") {
    if (intent !== "propose") throw forbidden();
    const values = readValues(form, existing, edition);
    const checked = checkRevisionTexts(values, existing.coverImage !== null);
    if (!checked.ok) return data({ values, problems: checked.problems, notes: {}, previewHtml: null } satisfies ArticleFormResult, { status: 400 });
    const inSyncWith = values.upToDate ? (form.get("sourceVersion")?.toString() ?? "") : null;
    if (inSyncWith !== null && Number.isNaN(Date.parse(inSyncWith))) throw badRequest();
    const saved = await proposeRevision(db, user, existing, checked.texts, { inSyncWith });
    if (saved === "sourceChanged") {
      return data({ values, problems: { upToDate: { key: "invalid" } }, notes: { upToDate: "sourceChanged" }, previewHtml: null } satisfies ArticleFormResult, { status: 409 });
    }
    return redirect(`/admin/articles/${existing.id}?flash=proposed`);
  }
  if (existing ? !mayEditArticle(user, existing) && !proposing : !can(user, "content.edit", edition.code)) throw forbidden();

  const values = readValues(form, existing, edition);
  if (intent === "preview") {
    return data({ values, problems: {}, notes: {}, previewHtml: renderMarkdown(values.body) } satisfies ArticleFormResult);
  }

  const status = (articleStatuses as readonly string[]).includes(values.status) ? (values.status as ArticleStatus) : null;
  if (status === null) throw badRequest();
  if (needsPublishPermission(existing?.status ?? null, status)) requirePermission(user, "content.publish", edition.code);

  const answer = (problems: FieldProblems, notes: ArticleFieldNotes, status: 400 | 413 = 400) =>
    data({ values, problems, notes, previewHtml: null } satisfies ArticleFormResult, { status });
  // A cover uploaded with the form is stored first, so that it stays chosen if the form comes back
  let cover = await readImageChoice(form, { choiceField: "coverChoice", fileField: "coverFile", currentSrc: existing?.coverImage ?? null });
  if (cover !== "invalid" && cover.kind === "new") {
    const stored = await storeChosenImage(user, cover.file);
    if (!stored.ok) return answer({ coverChoice: { key: "invalid" } }, { cover: stored.problem }, stored.status);
    values.coverChoice = String(stored.upload.id);
    cover = { kind: "upload", image: stored.image };
  }
  const choices = await articleFormChoices(db, edition.code);
  const checked = await checkArticle(db, edition, values, existing, choices, cover);
  if (!checked.ok) return answer(checked.problems, checked.notes);

  try {
    const id = existing
      ? (await updateArticle(db, user, existing, checked.input, { markUpToDate: values.upToDate && existing.translatedFromId !== null }), existing.id)
      : await createArticle(db, user, edition.code, checked.input);
    return redirect(`/admin/articles/${id}?flash=saved`);
  } catch (error) {
    // Another editor took the slug or the issue between the checks and the save
    const index = violatedUniqueIndex(error);
    if (index === "articles_edition_slug") return answer({ slug: { key: "slugTaken" } }, {});
    if (index === "articles_series_issue") return answer({ issueNumber: { key: "invalid" } }, { issueNumber: "issueTaken" });
    throw error;
  }
}
