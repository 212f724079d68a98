// Dates in the forms that syndication formats require, whatever the edition's calendar or digits.

/**
 * RSS 2.0 wants RFC 822 dates: English day and month names, UTC ("Tue, 04 Mar 2025 09:30:00 GMT").
 * Date#toUTCString produces exactly that form, never localized, never in another calendar.
 */
export function rfc822Date(date: Date): string {
  return date.toUTCString();
}

/** Sitemaps want W3C Datetime (ISO 8601 profile): "2025-03-04T09:30:00Z", seconds precision */
export function w3cDate(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, "Z");
}
