// The media item form on the server: its values as typed, checked with zod and against the database
// (slug, translation link, video address), and turned into what admin-media.server.ts stores.
import { z } from "zod";
import { formValues, validate, type FieldProblems } from "~/admin/form-validation.server";
import { dateToZonedInput } from "~/domain/publish-time";
import { checkItemIdentity } from "~/admin/item-identity.server";
import { maxSlugLength } from "~/domain/slug";
import { normalizeVideoEmbedUrl } from "./video-embed";
import { mediaFields, mediaLimits, type MediaFieldNotes, type MediaFormValues } from "./form";
import type { MediaKind } from "~/db/schema";
import type { Edition } from "~/editions";
import {
  mediaSlugTaken,
  translationGroupHasEdition,
  type MediaItemForEditing,
  type MediaItemInput,
  type TranslationCandidate,
} from "~/models/admin-media.server";
import { getDb } from "~/db/database.server";

export function readMediaValues(form: FormData): MediaFormValues {
  return formValues(form, mediaFields) as MediaFormValues;
}

export function mediaValues(item: MediaItemForEditing, edition: Edition, translationOf: string): MediaFormValues {
  return {
    title: item.title,
    slug: item.slug,
    description: item.description,
    videoEmbedUrl: item.videoEmbedUrl ?? "",
    videoDuration: item.videoDurationSeconds === null ? "" : formatDurationInput(item.videoDurationSeconds),
    translationOf,
    status: item.status,
    publishedAt: item.publishedAt ? dateToZonedInput(item.publishedAt, edition.timeZone) : "",
    publishedAtCalendar: "gregory",
  };
}

/** Persian and Arabic-Indic digits typed by an editor, as ASCII digits */
export function asciiDigits(value: string): string {
  return value.replace(/[\u06f0-\u06f9\u0660-\u0669]/g, (digit) => String(digit.charCodeAt(0) & 0xf));
}

/** "3:25", "1:02:03" or "205" (seconds) → seconds; null when empty, undefined when not a duration */
export function parseDuration(value: string): number | null | undefined {
  const typed = asciiDigits(value.trim());
  if (typed === "") return null;
  const match = /^(?:(?:(\d{1,2}):)?(\d{1,3}):)?(\d{1,5})$/.exec(typed);
  if (!match) return undefined;
  const [, hours, minutes, seconds] = match;
  if (minutes !== undefined && Number(seconds) >= 60) return undefined;
  if (hours !== undefined && Number(minutes) >= 60) return undefined;
  const total = Number(hours ?? 0) * 3600 + Number(minutes ?? 0) * 60 + Number(seconds);
  return total > 0 && total <= 24 * 3600 ? total : undefined;
}

export function formatDurationInput(seconds: number): string {
  const two = (value: number) => String(value).padStart(2, "0");
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  return hours > 0 ? `${hours}:${two(minutes)}:${two(seconds % 60)}` : `${minutes}:${two(seconds % 60)}`;
}

function mediaSchema() {
  const text = (limit: number) => z.string().trim().max(limit);
  return z.object({
    title: text(mediaLimits.title).min(1),
    slug: text(maxSlugLength),
    description: text(mediaLimits.description),
    videoEmbedUrl: z.string().trim().max(500),
    videoDuration: z.string().trim().max(20),
    translationOf: z.string().trim(),
  });
}

export type MediaCheck = { ok: true; input: MediaItemInput } | { ok: false; problems: FieldProblems; notes: MediaFieldNotes };

/** Checks a submitted form for an item of `kind` in `edition` (`existing` when editing) */
export async function checkMediaForm(
  values: MediaFormValues,
  {
    edition,
    kind,
    existing,
    candidates,
    mayPublish,
  }: { edition: Edition; kind: MediaKind; existing: MediaItemForEditing | null; candidates: TranslationCandidate[]; mayPublish: boolean },
): Promise<MediaCheck> {
  const parsed = validate(mediaSchema(), values);
  const problems: FieldProblems = parsed.success ? {} : { ...parsed.problems };
  const notes: MediaFieldNotes = {};
  if (!parsed.success) return { ok: false, problems, notes };
  const fields = parsed.data;

  let videoEmbedUrl: string | null = null;
  let videoDurationSeconds: number | null = null;
  if (kind === "videos") {
    if (fields.videoEmbedUrl === "") problems.videoEmbedUrl = { key: "required" };
    else {
      videoEmbedUrl = normalizeVideoEmbedUrl(fields.videoEmbedUrl) ?? null;
      if (!videoEmbedUrl) {
        problems.videoEmbedUrl = { key: "invalid" };
        notes.videoEmbedUrl = "videoHost";
      }
    }
    const duration = parseDuration(fields.videoDuration);
    if (duration === undefined) {
      problems.videoDuration = { key: "invalid" };
      notes.videoDuration = "duration";
    } else videoDurationSeconds = duration;
  }

  const db = await getDb();
  const { identity, problems: identityProblems, notes: identityNotes } = await checkItemIdentity(fields, values, {
    edition,
    existing,
    candidates,
    mayPublish,
    slugTaken: (slug) => mediaSlugTaken(db, edition.code, kind, slug, existing?.id),
    groupHasEdition: (group, code, exceptId) => translationGroupHasEdition(db, group, code, exceptId),
  });
  Object.assign(problems, identityProblems);
  Object.assign(notes, identityNotes);

  if (Object.keys(problems).length > 0 || !identity) return { ok: false, problems, notes };
  return {
    ok: true,
    input: { ...identity, title: fields.title, description: fields.description, videoEmbedUrl, videoDurationSeconds },
  };
}

/** The alt text and caption of a media image */
export function checkImageText(form: FormData): { ok: true; alt: string; caption: string } | { ok: false; problems: FieldProblems; values: { alt: string; caption: string } } {
  const values = formValues(form, ["alt", "caption"]);
  const parsed = validate(
    z.object({ alt: z.string().trim().min(1).max(mediaLimits.alt), caption: z.string().trim().max(mediaLimits.caption) }),
    values,
  );
  if (!parsed.success) return { ok: false, problems: parsed.problems, values: { alt: values.alt ?? "", caption: values.caption ?? "" } };
  return { ok: true, ...parsed.data };
}
