// A stored file is the uploader's bytes: typed by the server and shown inline under its own name (its
// sandbox and nosniff come from app/http/security-headers.server.ts, checked by e2e/publications.spec.ts and e2e/admin-media.spec.ts).
import { mkdtemp, open, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { storedFileResponse } from "./serve.server";

let directory: string;
let pdfPath: string;

async function openedPdf() {
  const handle = await open(pdfPath, "r");
  const stats = await handle.stat();
  return { handle, size: stats.size, modifiedAt: stats.mtime };
}

describe("the answer that sends a stored file", () => {
  beforeAll(async () => {
    directory = await mkdtemp(path.join(tmpdir(), "serve-test-"));
    pdfPath = path.join(directory, "report.pdf");
    await writeFile(pdfPath, "%PDF-1.7\n1 0 obj << /OpenAction << /S /JavaScript /JS (app.alert(1)) >> >> endobj\n%%EOF\n");
  });
  afterAll(async () => {
    await rm(directory, { recursive: true, force: true });
  });

  it.each(["GET", "HEAD"])("shows a PDF inline (%s) under its own name", async (method) => {
    const response = await storedFileResponse(new Request("http://localhost/uploads/pdf/report.pdf", { method }), await openedPdf(), {
      contentType: "application/pdf",
      contentDisposition: 'inline; filename="report.pdf"',
    });
    await response.body?.cancel();
    expect(response.headers.get("Content-Type")).toBe("application/pdf");
    expect(response.headers.get("Content-Disposition")).toBe('inline; filename="report.pdf"');
  });

  it("survives a reader who goes away in the middle of a download (the process once ended on it)", async () => {
    const uncaught: unknown[] = [];
    const record = (error: unknown) => uncaught.push(error);
    process.on("uncaughtException", record);
    try {
      const response = await storedFileResponse(new Request("http://localhost/files/report.pdf"), await openedPdf(), { contentType: "application/pdf" });
      const reader = response.body!.getReader();
      await reader.read();
      // What the HTTP layer does when the socket closes first: the stream is cancelled with the close error
      await reader.cancel(Object.assign(new Error("Premature close"), { code: "ERR_STREAM_PREMATURE_CLOSE" }));
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(uncaught).toEqual([]);
    } finally {
      process.off("uncaughtException", record);
    }
  });
});
