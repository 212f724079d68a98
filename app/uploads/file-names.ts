// The uploader's file name is kept for display only (uploads.original_name): never as a path. It is
// cleaned of what could mislead a reader of the library or of a download dialog.

/** Control characters and the bidirectional overrides that could show "gpj.exe" as "exe.jpg" */
const unsafeCharacters = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\\/]/g;
const maxNameLength = 200;

/** A file name fit for display: no directories, control or direction characters; "file" when nothing is left */
export function displayFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  const cleaned = base.normalize("NFC").replace(unsafeCharacters, "").replace(/\s+/g, " ").trim();
  return Array.from(cleaned).slice(0, maxNameLength).join("") || "file";
}

/**
 * A Content-Disposition value for a stored file downloaded under `name` (with `extension` ensured):
 * an ASCII fallback for old clients, and the full name in UTF-8 (RFC 6266, RFC 8187).
 */
export function contentDisposition(type: "inline" | "attachment", name: string, extension: string): string {
  let shown = displayFileName(name);
  if (!shown.toLowerCase().endsWith(extension)) shown += extension;
  const ascii = shown.replace(/[^A-Za-z0-9._ -]/g, "_");
  const encoded = encodeURIComponent(shown).replace(/['()*]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${type}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
