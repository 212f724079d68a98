import { createReadableStreamFromReadable, type LoaderFunctionArgs } from "@remix-run/node";
import { openStoredFile } from "~/models/publications.server";
import { notFound } from "~/routing/params.server";

/**
 * Stored files (publication PDFs) at /files/<name>. Only a plain file name of UPLOADS_DIR is served:
 * anything with a path, "..", or an unknown type is a 404. Names end in a hash of the content,
 * so a file can be cached for a year.
 */
export async function loader({ params, request }: LoaderFunctionArgs) {
  const file = await openStoredFile(params.name ?? "");
  if (!file) throw notFound();
  // A HEAD request never reads the body: close the file now rather than leave it to the garbage collector
  if (request.method === "HEAD") await file.handle.close();
  const body = request.method === "HEAD" ? null : createReadableStreamFromReadable(file.handle.createReadStream());
  return new Response(body, {
    headers: {
      "Content-Type": file.contentType,
      "Content-Length": String(file.size),
      "Content-Disposition": `inline; filename="${file.name}"`,
      "Cache-Control": "public, max-age=31536000, immutable",
      "Last-Modified": file.modifiedAt.toUTCString(),
      "X-Content-Type-Options": "nosniff",
    },
  });
}
