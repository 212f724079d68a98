import { describe, expect, it } from "vitest";
import { readFormData } from "./body-limit.server";

const url = "http://localhost/en/contact";

/** The status a route would answer with: 200 when the form was read, else the thrown Response's */
async function statusOf(promise: Promise<unknown>): Promise<number> {
  const thrown = await refusal(promise);
  return thrown?.status ?? 200;
}

async function refusal(promise: Promise<unknown>): Promise<Response | undefined> {
  try {
    await promise;
    return undefined;
  } catch (thrown) {
    if (thrown instanceof Response) return thrown;
    throw thrown;
  }
}

/** A body sent in chunks without Content-Length, counting how much of it the server pulled */
function chunkedRequest(chunkBytes: number, chunks: number) {
  const pulled = { chunks: 0 };
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled.chunks === chunks) return controller.close();
      pulled.chunks += 1;
      controller.enqueue(new TextEncoder().encode(`${pulled.chunks === 1 ? "message=" : ""}${"x".repeat(chunkBytes)}`));
    },
  });
  const request = new Request(url, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body,
    duplex: "half",
  } as RequestInit);
  return { request, pulled };
}

describe("reading a form with a size limit", () => {
  it("reads an ordinary form, URL-encoded or multipart, in any script", async () => {
    const encoded = await readFormData(
      new Request(url, { method: "POST", body: new URLSearchParams({ name: "لیلا کریمی", subject: "Përshëndetje" }) }),
      1024,
    );
    expect(encoded.get("name")).toBe("لیلا کریمی");
    expect(encoded.get("subject")).toBe("Përshëndetje");

    const multipart = new FormData();
    multipart.set("message", "مرحبا");
    expect((await readFormData(new Request(url, { method: "POST", body: multipart }), 1024)).get("message")).toBe("مرحبا");
  });

  it("refuses with 413 a body whose Content-Length is over the limit, before reading it", async () => {
    const request = new Request(url, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded", "Content-Length": "70000" },
      body: `message=${"x".repeat(69_992)}`,
    });
    expect(await statusOf(readFormData(request, 64 * 1024))).toBe(413);
    expect(request.bodyUsed).toBe(false);
  });

  it("refuses with 413 a chunked body once the bytes read pass the limit, without reading the rest", async () => {
    const { request, pulled } = chunkedRequest(16 * 1024, 100);
    const thrown = await refusal(readFormData(request, 64 * 1024));
    expect(thrown?.status).toBe(413);
    // The unread rest is left on the connection, which closes after the answer
    expect(thrown?.headers.get("Connection")).toBe("close");
    expect(pulled.chunks).toBeLessThan(10);
  });

  it("accepts a chunked body under the limit", async () => {
    const { request } = chunkedRequest(1024, 3);
    expect(((await readFormData(request, 64 * 1024)).get("message") as string).length).toBe(3 * 1024);
  });

  it("answers 400 to a body that is not a form", async () => {
    const request = new Request(url, { method: "POST", headers: { "Content-Type": "application/json" }, body: "{}" });
    expect(await statusOf(readFormData(request, 1024))).toBe(400);
  });
});
