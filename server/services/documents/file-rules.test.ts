import { describe, expect, it } from "vitest";
import { checkUpload, MAX_UPLOAD_BYTES } from "./file-rules";

const text = (value: string) => new TextEncoder().encode(value);
const PDF = text("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n");
const PNG = new Uint8Array([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1,
  0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1f, 0x15, 0xc4, 0x89,
]);
const JPEG = new Uint8Array([
  0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0,
]);

describe("upload content check", () => {
  it("accepts a PDF by its bytes", async () => {
    expect(await checkUpload(PDF, "consent.pdf")).toEqual({
      ok: true,
      mimeType: "application/pdf",
      extension: "pdf",
    });
  });

  it("accepts PNG and JPEG images", async () => {
    expect(await checkUpload(PNG, "scan.png")).toEqual({
      ok: true,
      mimeType: "image/png",
      extension: "png",
    });
    expect(await checkUpload(JPEG, "photo.jpg")).toEqual({
      ok: true,
      mimeType: "image/jpeg",
      extension: "jpg",
    });
  });

  it("refuses a script renamed to .pdf", async () => {
    const result = await checkUpload(text("<script>alert(1)</script>"), "consent.pdf");
    expect(result).toEqual({
      ok: false,
      message: "consent.pdf must be a PDF, Word document, JPEG or PNG",
    });
  });

  it("refuses an empty file and one over 10 MB", async () => {
    expect(await checkUpload(new Uint8Array(0), "a.pdf")).toEqual({
      ok: false,
      message: "a.pdf is empty",
    });
    const big = new Uint8Array(MAX_UPLOAD_BYTES + 1);
    big.set(PDF);
    expect(await checkUpload(big, "big.pdf")).toEqual({
      ok: false,
      message: "big.pdf must be smaller than 10 MB",
    });
  });
});
