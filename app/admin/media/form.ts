// The media item form's shape, shared by the screens and the server (media-form.server.ts checks it).
import type { PublishNote } from "~/domain/publish-state.server";

export const mediaLimits = { title: 300, description: 4000, alt: 300, caption: 600 } as const;

export const mediaFields = ["title", "slug", "description", "videoEmbedUrl", "videoDuration", "translationOf", "status", "publishedAt", "publishedAtCalendar"] as const;
/** The form's fields as typed, to fill the form again */
export type MediaFormValues = Record<(typeof mediaFields)[number], string>;

/** Problems admin.json's shared error words cannot say precisely; their words are in admin-media.json */
export interface MediaFieldNotes {
  videoEmbedUrl?: "videoHost";
  videoDuration?: "duration";
  translationOf?: "translationTaken";
  publishedAt?: PublishNote;
}

export function emptyMediaValues(): MediaFormValues {
  return { title: "", slug: "", description: "", videoEmbedUrl: "", videoDuration: "", translationOf: "", status: "draft", publishedAt: "", publishedAtCalendar: "" };
}
