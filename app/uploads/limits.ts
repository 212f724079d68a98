// How large an uploaded file may be. The form's body may carry a little more than the file itself
// (the CSRF token, other fields, multipart boundaries), so the request limit leaves a margin; a larger
// body is refused with 413 before it is read (readEditorialForm).
// Decimal megabytes, as the screens write sizes (formatFileSize: 1 MB = 1,000,000 bytes)
const megabyte = 1_000_000;

export const maxImageBytes = 10 * megabyte;
export const maxPdfBytes = 25 * megabyte;
const formMargin = 1 * megabyte;

/** The body limit of a form carrying one file of either kind */
export const singleUploadFormBytes = maxPdfBytes + formMargin;
/** The body limit of a form carrying a PDF and a cover image (the publication form) */
export const pdfAndImageFormBytes = maxPdfBytes + maxImageBytes + formMargin;

/** What the file inputs offer to choose; the server still decides from the content */
export const imageAccept = "image/jpeg,image/png,image/webp,image/gif,image/avif,image/svg+xml";
export const pdfAccept = "application/pdf";
