import type { LoaderFunctionArgs } from "@remix-run/node";
import { openStoredFile } from "~/models/publications.server";
import { notFound } from "~/routing/params.server";
import { storedFileResponse } from "~/uploads/serve.server";

/**
 * Stored files (publication PDFs) at /files/<name>. Only a plain file name of UPLOADS_DIR is served:
 * anything with a path, "..", or an unknown type is a 404. Names end in a hash of the content,
 * so a file can be cached for a year. (PDFs uploaded in the editorial screens are at /uploads/pdf/…)
 */
export async function loader({ params, request }: LoaderFunctionArgs) {
  const file = await openStoredFile(params.name ?? "");
  if (!file) throw notFound();
  return storedFileResponse(request, file, { contentType: file.contentType, contentDisposition: `inline; filename="${file.name}"` });
}
