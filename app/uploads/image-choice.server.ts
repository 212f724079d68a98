// An image field of an editorial form (UploadPicker): a file uploaded with the form, the image the item
// has now ("current"), one of the library's uploads (its id), or none. The article, media image and
// publication forms read it here and store a new file with storeUpload, so all three behave alike.
import type { SignedInUser } from "~/auth/permissions";
import { requirePermission } from "~/auth/guard.server";
import { currentFileChoice } from "~/admin/ui/UploadPicker";
import { pageImageOf, uploadById } from "./library.server";
import { isChosenFile, storeUpload, type StoredUpload, type UploadProblem } from "./store.server";
import { parsePositiveInt } from "~/routing/ids";

/** What a page stores for an image: its address (the largest copy of an upload) and its dimensions */
export type PageImage = { src: string; width: number | null; height: number | null };

export type ImageChoice = { kind: "none" } | { kind: "current"; src: string } | { kind: "upload"; image: PageImage } | { kind: "new"; file: File };

/** Reads the choice without storing anything; "invalid" for an id that names no image, or "current" with none */
export async function readImageChoice(
  form: FormData,
  { choiceField, fileField, currentSrc }: { choiceField: string; fileField: string; currentSrc: string | null },
): Promise<ImageChoice | "invalid"> {
  const file = form.get(fileField);
  if (isChosenFile(file)) return { kind: "new", file };
  const choice = form.get(choiceField)?.toString().trim() ?? "";
  if (choice === "") return { kind: "none" };
  if (choice === currentFileChoice) return currentSrc ? { kind: "current", src: currentSrc } : "invalid";
  const uploadId = parsePositiveInt(choice);
  if (uploadId === null) return "invalid";
  const upload = await uploadById(uploadId, "image");
  return upload ? { kind: "upload", image: pageImageOf(upload) } : "invalid";
}

export type StoredImage = { ok: true; upload: StoredUpload; image: PageImage } | { ok: false; problem: UploadProblem; status: 400 | 413 };

/** Stores the new file of a choice in the library (403 without the right to upload) */
export async function storeChosenImage(user: SignedInUser, file: File): Promise<StoredImage> {
  requirePermission(user, "uploads.create");
  const stored = await storeUpload(user, file, "image");
  if (!stored.ok) return stored;
  return { ok: true, upload: stored.upload, image: pageImageOf(stored.upload) };
}

/** The address a page keeps for a settled choice; null for none */
export function chosenImageSrc(choice: Exclude<ImageChoice, { kind: "new" }>): string | null {
  return choice.kind === "none" ? null : choice.kind === "current" ? choice.src : choice.image.src;
}
