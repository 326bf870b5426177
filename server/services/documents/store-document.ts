import { createHash, randomUUID } from "node:crypto";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { recordAudit } from "@/server/audit/record-audit";
import { CONCERN_ATTACHMENT_KIND } from "@/lib/schemas/concern";
import { concernAccess, referralScope } from "@/server/auth/scope";
import type { Actor, Role } from "@/server/auth/roles";
import type { PrismaClient } from "@/server/db/generated/client";
import { AppError } from "@/server/errors";
import { QUALITY_DOCUMENT_KIND, QUALITY_DOCUMENT_KINDS } from "@/lib/schemas/quality-documents";
import { checkUpload } from "./file-rules";
import { scanFile } from "./virus-scan";

/** Uploaded bytes live outside the web root; only the authorised download route serves them. */
export function uploadDir(): string {
  // See server/db/connection.ts for the ignore comment.
  return path.resolve(/*turbopackIgnore: true*/ process.env.UPLOAD_DIR ?? ".data/uploads");
}

export interface StoreDocumentOptions {
  db: PrismaClient;
  actor: Actor;
  kind: string;
  name: string;
  bytes: Uint8Array;
}

// Control, bidirectional-override and other invisible format characters can disguise a name
// ("report\u202Efdp.exe"); path separators are not names at all.
const UNSAFE_NAME = /[\p{Cc}\p{Cf}\\/:*?"<>|]/gu;

function displayName(name: string): string {
  return path.basename(name).replace(UNSAFE_NAME, "").trim().slice(0, 120) || "document";
}

/**
 * The name a download will carry: the uploaded name without its own extension, plus the
 * extension of the type the bytes really are, so a PDF named "notes.html" saves as .pdf.
 */
export function storedName(name: string, extension: string): string {
  const base = displayName(name).replace(/\.[^.]*$/, "") || "document";
  return `${base}.${extension}`;
}

/**
 * Checks and stores one upload. The file is written first and removed again if the
 * database row cannot be written, so no half-record is left either way.
 */
export async function storeDocument({ db, actor, kind, name, bytes }: StoreDocumentOptions) {
  const check = await checkUpload(bytes, displayName(name));
  if (!check.ok) {
    throw AppError.invalid("file", check.message);
  }

  const storageKey = `${randomUUID()}.bin`;
  const file = path.join(uploadDir(), storageKey);
  await mkdir(uploadDir(), { recursive: true });
  await writeFile(file, bytes, { mode: 0o600 });
  try {
    await refuseUnlessClean(file, displayName(name));
    return await db.$transaction(async (tx) => {
      const document = await tx.document.create({
        data: {
          ownerOrganisationId: actor.organisationId,
          uploadedById: actor.userId,
          kind,
          originalName: storedName(name, check.extension),
          mimeType: check.mimeType,
          sizeBytes: bytes.byteLength,
          sha256: createHash("sha256").update(bytes).digest("hex"),
          storageKey,
        },
        select: { id: true, originalName: true, sizeBytes: true, mimeType: true },
      });
      await recordAudit(tx, actor, {
        action: "document.upload",
        recordType: "Document",
        recordId: document.id,
      });
      return document;
    });
  } catch (error) {
    await rm(file, { force: true });
    throw error;
  }
}

/**
 * The antivirus hook (virus-scan.ts): an infected file, or one that could not be scanned,
 * is refused.
 */
async function refuseUnlessClean(file: string, name: string): Promise<void> {
  const result = await scanFile(file);
  if (result === "INFECTED") {
    throw AppError.invalid("file", `${name} was refused by the virus check`);
  }
  if (result === "FAILED") {
    throw AppError.invalid("file", `${name} could not be checked for viruses. Try again later`);
  }
}

/**
 * A document's bytes for download, when the actor may read it (`findReadable`). Every
 * download is audited.
 */
export async function readDocument({
  db,
  actor,
  documentId,
}: {
  db: PrismaClient;
  actor: Actor;
  documentId: string;
}) {
  const document = await findReadable(db, actor, documentId);
  if (!document) {
    throw AppError.notFound("Document");
  }
  const bytes = await readFile(path.join(uploadDir(), document.storageKey));
  await db.$transaction((tx) =>
    recordAudit(tx, actor, {
      action: "document.download",
      recordType: "Document",
      recordId: document.id,
      ...(document.concernId ? { detail: { concernId: document.concernId } } : {}),
    }),
  );
  return { bytes, name: document.originalName, mimeType: document.mimeType };
}

/**
 * Who may read a document. A concern's file follows the concern's own rule, stricter than
 * organisation scope: those who may see the concern in full, and the person who uploaded it
 * when they may see the concern at all (a raiser reads back what they attached, not the
 * DSLs' files). A concern upload not yet attached is its uploader's alone. Anything else is
 * readable by the organisation that uploaded it and by those who may see its referral.
 * Everyone else gets the same answer as for a document that does not exist.
 */
async function findReadable(db: PrismaClient, actor: Actor, documentId: string) {
  const document = await db.document.findUnique({
    where: { id: documentId },
    include: {
      concern: { select: { raisedById: true, raisedByOrganisationId: true, schoolId: true } },
      policyVersion: { select: { id: true } },
      policyAdoption: { select: { id: true } },
    },
  });
  if (!document) {
    return null;
  }
  if (QUALITY_DOCUMENT_KINDS.includes(document.kind)) {
    return qualityDocumentReadable(actor, document) ? document : null;
  }
  if (document.concernId || document.kind === CONCERN_ATTACHMENT_KIND) {
    const own = document.uploadedById === actor.userId;
    if (!document.concern) {
      return own ? document : null;
    }
    const access = concernAccess(actor, document.concern);
    return access === "FULL" || (access === "RAISER" && own) ? document : null;
  }
  return db.document.findFirst({
    where: {
      id: documentId,
      // `referralId: { not: null }` with the scope: for the service the scope is empty, and
      // an empty relation filter would match no document at all.
      OR: [
        { ownerOrganisationId: actor.organisationId },
        { referralId: { not: null }, referral: { is: referralScope(actor) } },
      ],
    },
  });
}

const QUALITY_SERVICE_ROLES = new Set<Role>(["QUALITY_OFFICER", "SERVICE_LEAD"]);

/**
 * Quality-assurance files. A published service policy is read by every provider and the
 * service's quality roles (before publishing, only by whoever uploaded it). Evidence and a
 * provider's own policies are read by the provider that uploaded them and the service's
 * quality roles, never by another provider or a school — and only once attached to the
 * answer, submission or adoption they were uploaded for: until then (or once taken off
 * again) a file is its uploader's alone, since it may be the wrong file.
 */
function qualityDocumentReadable(
  actor: Actor,
  document: {
    kind: string;
    ownerOrganisationId: string;
    uploadedById: string;
    reviewRequirementId: string | null;
    actionSubmissionId: string | null;
    policyVersion: unknown;
    policyAdoption: unknown;
  },
): boolean {
  const own = document.uploadedById === actor.userId;
  const qualityService =
    actor.organisationKind === "SERVICE" && actor.roles.some((r) => QUALITY_SERVICE_ROLES.has(r));
  if (document.kind === QUALITY_DOCUMENT_KIND.SERVICE_POLICY) {
    if (!document.policyVersion) {
      return own;
    }
    return qualityService || actor.organisationKind === "PROVIDER";
  }
  const attached = Boolean(
    document.reviewRequirementId || document.actionSubmissionId || document.policyAdoption,
  );
  if (!attached) {
    return own;
  }
  return document.ownerOrganisationId === actor.organisationId || qualityService;
}
