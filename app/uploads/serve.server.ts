// The answer that sends a stored file (an uploaded image copy or PDF, a publication's PDF): streamed from
// disk, typed by the server, and cacheable for a year, since a stored file's name is never reused for other
// bytes. Every answer under /files and /uploads gets a sandboxing Content-Security-Policy
// (app/http/security-headers.server.ts: no scripts, forms or access to the site) and X-Content-Type-Options: nosniff.
import { createReadableStreamFromReadable } from "@remix-run/node";
import type { OpenedFile } from "./storage.server";

export const immutableCacheControl = "public, max-age=31536000, immutable";

export async function storedFileResponse(
  request: Request,
  file: OpenedFile,
  { contentType, contentDisposition }: { contentType: string; contentDisposition?: string },
): Promise<Response> {
  // A HEAD request never reads the body: close the file now rather than leave it to the garbage collector
  if (request.method === "HEAD") await file.handle.close();
  const body = request.method === "HEAD" ? null : createReadableStreamFromReadable(readUntilClosed(file));
  const headers = new Headers({
    "Content-Type": contentType,
    "Content-Length": String(file.size),
    "Cache-Control": immutableCacheControl,
    "Last-Modified": file.modifiedAt.toUTCString(),
  });
  if (contentDisposition) headers.set("Content-Disposition", contentDisposition);
  return new Response(body, { headers });
}

/**
 * The file's bytes as a stream that survives a reader who goes away mid-download: Remix's stream adapter
 * destroys the file stream with the cancel reason and then stops listening, so the error it emits would
 * otherwise be unhandled and end the process. The download itself is already over; there is nothing to report.
 */
function readUntilClosed(file: OpenedFile) {
  const stream = file.handle.createReadStream();
  stream.on("error", () => {});
  return stream;
}
