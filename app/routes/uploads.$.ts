import type { LoaderFunctionArgs } from "@remix-run/node";
import { notFound } from "~/routing/params.server";
import { contentDisposition } from "~/uploads/file-names";
import { uploadByStorageKey } from "~/uploads/library.server";
import { storedFileResponse } from "~/uploads/serve.server";
import { openStoredUpload, parseStoredPath } from "~/uploads/storage.server";

/**
 * Uploaded files: /uploads/img/<yyyy>/<mm>/<key>-<width>.webp (an image copy) and
 * /uploads/pdf/<yyyy>/<mm>/<key>.pdf (a document, shown inline under its uploader's file name).
 * Only paths of exactly these shapes are looked up, so "..", separators or any other name is a 404.
 */
export async function loader({ params, request }: LoaderFunctionArgs) {
  const relativePath = params["*"] ?? "";
  const stored = parseStoredPath(relativePath);
  if (!stored) throw notFound();
  let disposition: string | undefined;
  if (stored.kind === "pdf") {
    const upload = await uploadByStorageKey(stored.storageKey);
    if (!upload || upload.kind !== "pdf") throw notFound();
    disposition = contentDisposition("inline", upload.originalName, ".pdf");
  }
  const file = await openStoredUpload(relativePath);
  if (!file) throw notFound();
  return storedFileResponse(request, file, {
    contentType: stored.kind === "pdf" ? "application/pdf" : "image/webp",
    contentDisposition: disposition,
  });
}
