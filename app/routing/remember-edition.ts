/**
 * Remembers the reader's choice of edition in the `lng` cookie, so that `/` leads back to it.
 * Set in the browser when the reader picks an edition, never by reader pages' responses, so those
 * stay free of per-reader data and cacheable. The value uses the encoding of Remix's createCookie
 * (base64 of the JSON string) that editionCookie in i18next.server.ts parses.
 */
export function rememberEdition(code: string): void {
  const value = encodeURIComponent(btoa(JSON.stringify(code)));
  const secure = window.location.protocol === "https:" ? "; secure" : "";
  document.cookie = `lng=${value}; path=/; max-age=${60 * 60 * 24 * 365}; samesite=lax${secure}`;
}
