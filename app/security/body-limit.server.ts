// A cap on the size of form submissions. Remix hands actions an unbounded body stream; reading
// it with request.formData() would buffer whatever a client sends. Content-Length is checked first,
// and the bytes actually read are counted too, since a chunked body announces no length.

/** Enough for any of our text forms, many times over */
export const defaultMaxFormBytes = 64 * 1024;

/**
 * 413, closing the connection afterwards: the rest of the body is never read, and cancelling the
 * stream instead would tear the socket down before the reader gets this answer.
 */
export function payloadTooLarge(): Response {
  return new Response("Payload Too Large", { status: 413, headers: { Connection: "close" } });
}

/**
 * The request's form data, or a thrown 413 Response when the body is larger than `maxBytes`
 * (and a 400 when it is not a form at all, or holds a NUL character).
 */
export async function readFormData(request: Request, maxBytes: number = defaultMaxFormBytes): Promise<FormData> {
  const declared = request.headers.get("Content-Length");
  if (declared !== null && Number(declared) > maxBytes) throw payloadTooLarge();

  const chunks: Uint8Array[] = [];
  let received = 0;
  if (request.body) {
    const reader = request.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      received += value.byteLength;
      if (received > maxBytes) {
        reader.releaseLock();
        throw payloadTooLarge();
      }
      chunks.push(value);
    }
  }

  const body = new Uint8Array(received);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  let form: FormData;
  try {
    form = await new Response(body, { headers: { "Content-Type": request.headers.get("Content-Type") ?? "" } }).formData();
  } catch {
    throw new Response("Bad Request", { status: 400 });
  }
  // No form of ours has a use for NUL, and PostgreSQL text cannot hold it: storing such a value would
  // fail in the database (a 500) instead of being refused here
  for (const [, value] of form) {
    if (typeof value === "string" && value.includes("\u0000")) throw new Response("Bad Request", { status: 400 });
  }
  return form;
}
