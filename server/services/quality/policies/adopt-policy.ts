import type { z } from "zod";
import type { adoptPolicySchema, decideAdoptionSchema } from "@/lib/schemas/policy";
import { QUALITY_DOCUMENT_KIND } from "@/lib/schemas/quality-documents";
import { recordAudit } from "@/server/audit/record-audit";
import type { Actor } from "@/server/auth/roles";
import type { PolicyAdoption, Prisma, PrismaClient } from "@/server/db/generated/client";
import { AppError } from "@/server/errors";
import { assertClaimable } from "@/server/services/documents/claim-uploads";
import {
  notifyOrganisation,
  notifyServiceRoles,
} from "@/server/services/notifications/notify-organisation";

type Tx = Prisma.TransactionClient;

interface Options<T> {
  db: PrismaClient;
  actor: Actor;
  input: T;
}

type AdoptInput = z.output<typeof adoptPolicySchema>;

/** The version answered, which must be the current version of an active policy. */
async function currentVersion(tx: Tx, policyVersionId: string) {
  const version = await tx.policyVersion.findUnique({
    where: { id: policyVersionId },
    include: {
      policy: {
        include: { versions: { orderBy: { version: "desc" }, take: 1, select: { id: true } } },
      },
    },
  });
  if (!version) {
    throw AppError.notFound("Policy version");
  }
  if (version.policy.retiredAt) {
    throw new AppError("CONFLICT", "This policy has been retired, so it needs no answer");
  }
  if (version.policy.versions[0]?.id !== version.id) {
    throw new AppError(
      "CONFLICT",
      "A newer version of this policy has been published: answer the current version",
    );
  }
  return version;
}

/**
 * A provider's answer to the current version of a policy: adopted as it stands, or its own
 * policy (uploaded) for the officer to accept. One answer per version and provider; only a
 * returned answer may be answered again, which rewrites the row and keeps the returned
 * answer in the audit trail (the unique pair allows one row, ADR 0017).
 */
export async function adoptPolicy({ db, actor, input }: Options<AdoptInput>) {
  const { policyVersionId, kind } = input;
  const providerId = actor.organisationId;
  if (actor.organisationKind !== "PROVIDER") {
    throw new AppError("FORBIDDEN", "Policies are adopted by providers");
  }

  const result = await db.$transaction(async (tx) => {
    const version = await currentVersion(tx, policyVersionId);
    const existing = await tx.policyAdoption.findUnique({
      where: { policyVersionId_providerId: { policyVersionId, providerId } },
    });
    if (existing && existing.status !== "RETURNED") {
      throw new AppError("CONFLICT", "You have already answered this version of the policy");
    }
    const documentId = kind === "OWN_POLICY" ? input.documentId! : null;
    if (documentId) {
      const policyKind = QUALITY_DOCUMENT_KIND.PROVIDER_POLICY;
      await assertClaimable(tx, actor, { kind: policyKind, documentId });
    }
    const answer = {
      kind,
      status: kind === "ADOPTED" ? ("ADOPTED" as const) : ("AWAITING_ACCEPTANCE" as const),
      documentId,
      submittedById: actor.userId,
      submittedAt: new Date(),
    };
    const id = existing
      ? await answerAgain(tx, actor, existing, answer)
      : await firstAnswer(tx, actor, { ...answer, policyVersionId, providerId });
    return { id, status: answer.status, title: version.policy.title, policyId: version.policyId };
  });

  if (result.status === "AWAITING_ACCEPTANCE") {
    await notifyServiceRoles(db, ["QUALITY_OFFICER"], {
      kind: "policy.ownPolicy",
      title: `A provider's own policy waits for acceptance: ${result.title}`,
      body: "Accept it, or return it with what needs to change.",
      link: `/quality/policies/${result.policyId}`,
    });
  }
  return { id: result.id, status: result.status };
}

type Answer = Pick<
  PolicyAdoption,
  "kind" | "status" | "documentId" | "submittedById" | "submittedAt"
>;

async function firstAnswer(
  tx: Tx,
  actor: Actor,
  data: Answer & { policyVersionId: string; providerId: string },
) {
  const created = await tx.policyAdoption.create({ data });
  await recordAudit(tx, actor, {
    action: "policy.adopt",
    recordType: "PolicyAdoption",
    recordId: created.id,
    detail: { policyVersionId: data.policyVersionId, kind: data.kind },
  });
  return created.id;
}

/** Replaces a returned answer; the audit row keeps what it replaced. */
async function answerAgain(tx: Tx, actor: Actor, returned: PolicyAdoption, answer: Answer) {
  const replaced = await tx.policyAdoption.updateMany({
    where: { id: returned.id, status: "RETURNED" },
    data: { ...answer, decidedAt: null, decidedById: null, decisionComment: null },
  });
  if (replaced.count !== 1) {
    throw new AppError("CONFLICT", "You have already answered this version of the policy");
  }
  await recordAudit(tx, actor, {
    action: "policy.adopt",
    recordType: "PolicyAdoption",
    recordId: returned.id,
    detail: {
      policyVersionId: returned.policyVersionId,
      kind: answer.kind,
      replaces: {
        kind: returned.kind,
        documentId: returned.documentId,
        submittedById: returned.submittedById,
        submittedAt: returned.submittedAt.toISOString(),
        decidedById: returned.decidedById,
        decidedAt: returned.decidedAt?.toISOString() ?? null,
        decisionComment: returned.decisionComment,
      },
    },
  });
  return returned.id;
}

/** The officer accepts a provider's own policy, or returns it with what to change. */
export async function decideAdoption({
  db,
  actor,
  input,
}: Options<z.output<typeof decideAdoptionSchema>>) {
  const { adoptionId, decision, comment } = input;

  const adoption = await db.$transaction(async (tx) => {
    const found = await tx.policyAdoption.findUnique({
      where: { id: adoptionId },
      include: { policyVersion: { include: { policy: { select: { id: true, title: true } } } } },
    });
    if (!found) {
      throw AppError.notFound("Policy answer");
    }
    const decided = await tx.policyAdoption.updateMany({
      where: { id: adoptionId, status: "AWAITING_ACCEPTANCE" },
      data: {
        status: decision,
        decidedAt: new Date(),
        decidedById: actor.userId,
        decisionComment: comment ?? null,
      },
    });
    if (decided.count !== 1) {
      throw new AppError("CONFLICT", "This answer is not waiting for a decision");
    }
    await recordAudit(tx, actor, {
      action: "policy.decide",
      recordType: "PolicyAdoption",
      recordId: adoptionId,
      detail: { decision },
    });
    return found;
  });

  const { policy, version } = adoption.policyVersion;
  const accepted = decision === "ACCEPTED";
  await notifyOrganisation(db, adoption.providerId, {
    kind: "policy.decided",
    title:
      `${policy.title} (version ${version}): ` +
      `your own policy was ${accepted ? "accepted" : "returned"}`,
    body: accepted
      ? "The service has accepted your policy."
      : "See what the service asks you to change.",
    link: `/quality/policies/${policy.id}`,
  });
  return { id: adoptionId, status: decision };
}
