import "server-only";
import { can, type Action } from "@/server/auth/permissions";
import type { Actor } from "@/server/auth/roles";
import { currentSession } from "@/server/auth/current-session";
import { getDb } from "@/server/db";
import { AppError } from "@/server/errors";
import { logger } from "@/server/logger";
import { CONCERN_ATTACHMENT_KIND } from "@/lib/schemas/concern";
import { QUALITY_DOCUMENT_KIND } from "@/lib/schemas/quality-documents";
import { MAX_UPLOAD_BYTES } from "@/server/services/documents/file-rules";
import { readDocument, storeDocument } from "@/server/services/documents/store-document";

const STATUS: Record<AppError["code"], number> = {
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  INVALID: 400,
  CONFLICT: 409,
  TOO_MANY_REQUESTS: 429,
};

function problem(error: AppError): Response {
  return Response.json(
    { error: { code: error.code, message: error.userMessage, field: error.field } },
    {
      status: STATUS[error.code],
    },
  );
}

/** The same permission table as tRPC: 401 when signed out, 403 when the role may not. */
async function authorise(action: Action): Promise<Actor> {
  const session = await currentSession();
  if (!session) {
    throw new AppError("UNAUTHORIZED", "Sign in to continue");
  }
  if (!can(session.actor.roles, action)) {
    throw new AppError("FORBIDDEN", "You do not have permission to do that");
  }
  return session.actor;
}

async function respond(work: () => Promise<Response>): Promise<Response> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof AppError) {
      return problem(error);
    }
    logger.error({ err: error }, "document route failed");
    return Response.json(
      { error: { code: "INTERNAL", message: "The file could not be handled" } },
      { status: 500 },
    );
  }
}

/**
 * Refuses a write started by another site or origin. SameSite=Lax cookies already stop
 * cross-site posts; this also stops a sibling origin on the same site (another subdomain).
 * Browsers send Sec-Fetch-Site; Origin covers older ones.
 */
export function assertSameOrigin(request: Request): void {
  const site = request.headers.get("sec-fetch-site");
  const origin = request.headers.get("origin");
  const sameOrigin = origin === null || origin === new URL(request.url).origin;
  if ((site && site !== "same-origin" && site !== "none") || (!site && !sameOrigin)) {
    throw new AppError("FORBIDDEN", "Uploads must come from CAP Portal's own pages");
  }
}

/** Uploads whose permission is not referral paperwork's, by kind. */
const UPLOAD_ACTIONS: Record<string, Action> = {
  // Anyone who may raise a concern may attach to it (KCSIE: all staff).
  [CONCERN_ATTACHMENT_KIND]: "concern.raise",
  // Providers' quality evidence, for review 1 and for actions (both provider-only).
  [QUALITY_DOCUMENT_KIND.EVIDENCE]: "review.answer",
  [QUALITY_DOCUMENT_KIND.SERVICE_POLICY]: "policy.publish",
  [QUALITY_DOCUMENT_KIND.PROVIDER_POLICY]: "policy.adopt",
};

/** The permission an upload needs: its kind's, or referral paperwork's (the school's). */
export function uploadActionFor(kind: string | null): Action {
  return (kind !== null && UPLOAD_ACTIONS[kind]) || "document.upload";
}

/**
 * POST /api/documents: multipart form with `file` and `kind`; answers the stored document.
 * The kind is in the address too (`?kind=CONCERN_ATTACHMENT`), so the permission is checked
 * before the body is read.
 */
export function uploadDocumentRoute(request: Request): Promise<Response> {
  return respond(async () => {
    assertSameOrigin(request);
    const kindField = new URL(request.url).searchParams.get("kind");
    const actor = await authorise(uploadActionFor(kindField));
    // Refuse an oversized body before reading it into memory; the exact cap is checked
    // again on the file itself.
    if (Number(request.headers.get("content-length") ?? 0) > MAX_UPLOAD_BYTES + 64 * 1024) {
      throw AppError.invalid("file", "The file must be smaller than 10 MB");
    }
    const form = await request.formData().catch(() => null);
    const file = form?.get("file");
    if (!(file instanceof File)) {
      throw AppError.invalid("file", "Select a file");
    }
    const kind = String(form?.get("kind") ?? "OTHER").slice(0, 60);
    if (uploadActionFor(kind) !== uploadActionFor(kindField)) {
      // The permission was checked for the kind named in the address; the body must agree.
      throw AppError.invalid("file", "The file could not be uploaded. Try again.");
    }
    const bytes = new Uint8Array(await file.arrayBuffer());
    const document = await storeDocument({
      db: await getDb(),
      actor,
      kind,
      name: file.name,
      bytes,
    });
    return Response.json({ document }, { status: 201 });
  });
}

/** GET /api/documents/:id: the file as an attachment, never rendered inline. */
export function downloadDocumentRoute(documentId: string): Promise<Response> {
  return respond(async () => {
    const actor = await authorise("document.download");
    const { bytes, name, mimeType } = await readDocument({ db: await getDb(), actor, documentId });
    return new Response(new Uint8Array(bytes), {
      headers: {
        "Content-Type": mimeType,
        "Content-Disposition": `attachment; filename*=UTF-8''${encodeURIComponent(name)}`,
        "Content-Length": String(bytes.byteLength),
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
        "Content-Security-Policy": "default-src 'none'; sandbox",
      },
    });
  });
}
