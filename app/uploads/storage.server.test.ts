// Stored files have one strict shape; anything else — a path that climbs out of UPLOADS_DIR, another
// extension, a name the server did not choose — is not a stored file and is never opened.
import { describe, expect, it } from "vitest";
import { isStorageKey, openStoredUpload, parseStoredPath, storageKeyFor } from "./storage.server";

describe("stored upload paths", () => {
  it("are random, dated keys chosen by the server", () => {
    const key = storageKeyFor("image", new Date("2026-11-05T10:00:00Z"));
    expect(key).toMatch(/^img\/2026\/11\/[0-9a-f]{24}$/);
    expect(isStorageKey(key)).toBe(true);
    expect(storageKeyFor("pdf")).not.toBe(storageKeyFor("pdf"));
  });

  it("name image copies and PDFs", () => {
    expect(parseStoredPath("img/2026/11/0123456789abcdef01234567-960.webp")).toEqual({
      kind: "image",
      storageKey: "img/2026/11/0123456789abcdef01234567",
      width: 960,
    });
    expect(parseStoredPath("pdf/2026/11/0123456789abcdef01234567.pdf")).toEqual({ kind: "pdf", storageKey: "pdf/2026/11/0123456789abcdef01234567" });
  });

  it.each([
    "../../etc/passwd",
    "..%2f..%2fetc%2fpasswd",
    "img/2026/11/../../../etc/passwd-960.webp",
    "/etc/passwd",
    "img/2026/11/0123456789abcdef01234567.png",
    "img/2026/11/0123456789abcdef01234567-960.webp/..",
    "pdf/2026/11/0123456789abcdef01234567.pdf.exe",
    "horizon-watch-en-books-2025-abcdef0123.pdf",
    "",
  ])("refuse %j", async (relativePath) => {
    expect(parseStoredPath(relativePath)).toBeUndefined();
    expect(await openStoredUpload(relativePath)).toBeUndefined();
  });
});
