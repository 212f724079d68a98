// Where a publication's PDF is served, from publications.pdf_path (a path under UPLOADS_DIR): a PDF uploaded
// in the editorial screens (pdf/<yyyy>/<mm>/<key>.pdf) by routes/uploads.$.ts, the demo content's generated
// PDFs (a plain file name) by routes/files.$name.ts.
export function storedDocumentUrl(pdfPath: string): string {
  return pdfPath.includes("/") ? `/uploads/${pdfPath.split("/").map(encodeURIComponent).join("/")}` : `/files/${encodeURIComponent(pdfPath)}`;
}
