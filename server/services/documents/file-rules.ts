import { fileTypeFromBuffer } from "file-type";

export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

/**
 * What may be uploaded, decided by the bytes, not the file name: PDF, Word (modern .docx
 * and legacy .doc) and common photographs and scans.
 */
const ALLOWED: Record<string, { extension: string }> = {
  "application/pdf": { extension: "pdf" },
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": { extension: "docx" },
  "application/x-cfb": { extension: "doc" },
  "image/jpeg": { extension: "jpg" },
  "image/png": { extension: "png" },
  "image/heic": { extension: "heic" },
  "image/webp": { extension: "webp" },
};

export type FileCheck =
  { ok: true; mimeType: string; extension: string } | { ok: false; message: string };

export async function checkUpload(bytes: Uint8Array, name: string): Promise<FileCheck> {
  if (bytes.byteLength === 0) {
    return { ok: false, message: `${name} is empty` };
  }
  if (bytes.byteLength > MAX_UPLOAD_BYTES) {
    return { ok: false, message: `${name} must be smaller than 10 MB` };
  }
  const detected = await fileTypeFromBuffer(bytes);
  if (!detected || !ALLOWED[detected.mime]) {
    return { ok: false, message: `${name} must be a PDF, Word document, JPEG or PNG` };
  }
  if (detected.mime === "application/x-cfb" && !/\.doc$/i.test(name)) {
    // The compound-file format also holds Excel and other Office files; only .doc is wanted.
    return { ok: false, message: `${name} must be a PDF, Word document, JPEG or PNG` };
  }
  return {
    ok: true,
    mimeType: detected.mime === "application/x-cfb" ? "application/msword" : detected.mime,
    extension: ALLOWED[detected.mime].extension,
  };
}
