import type { z } from "zod";
import type { createPolicySchema, publishVersionSchema } from "@/lib/schemas/policy";
import { QUALITY_DOCUMENT_KIND } from "@/lib/schemas/quality-documents";
import { recordAudit } from "@/server/audit/record-audit";
import type { Actor } from "@/server/auth/roles";
import type { Prisma, PrismaClient } from "@/server/db/generated/client";
import { AppError } from "@/server/errors";
import { assertClaimable } from "@/server/services/documents/claim-uploads";
import { notifyOrganisation } from "@/server/services/notifications/notify-organisation";

type Tx = Prisma.TransactionClient;

interface Options<T> {
  db: PrismaClient;
  actor: Actor;
  input: T;
}

const SERVICE_POLICY = QUALITY_DOCUMENT_KIND.SERVICE_POLICY;

/** The service publishes a new policy as version 1, with its document. */
export async function createPolicy({
  db,
  actor,
  input,
}: Options<z.output<typeof createPolicySchema>>) {
  const { title, summary, documentId } = input;

  const version = await db.$transaction(async (tx) => {
    await assertClaimable(tx, actor, { kind: SERVICE_POLICY, documentId });
    const policy = await tx.policy.create({
      data: { title, summary, createdById: actor.userId },
    });
    return addVersion(tx, actor, { policyId: policy.id, version: 1, documentId });
  });

  await tellProviders(db, { title, version: 1, policyId: version.policyId });
  return version;
}

/**
 * A new version of an active policy, numbered after the one the officer saw. Providers'
 * answers belong to a version, so every provider now shows "not adopted" for it.
 */
export async function publishVersion({
  db,
  actor,
  input,
}: Options<z.output<typeof publishVersionSchema>>) {
  const { policyId, afterVersion, changeNote, documentId } = input;

  const published = await oneWinner(() =>
    db.$transaction(async (tx) => {
      const policy = await tx.policy.findFirst({
        where: { id: policyId },
        include: { versions: { orderBy: { version: "desc" }, take: 1 } },
      });
      if (!policy) {
        throw AppError.notFound("Policy");
      }
      if (policy.retiredAt) {
        throw new AppError("CONFLICT", "This policy has been retired: publish a new policy");
      }
      if (policy.versions[0]?.version !== afterVersion) {
        throw versionMoved();
      }
      await assertClaimable(tx, actor, { kind: SERVICE_POLICY, documentId });
      const version = afterVersion + 1;
      const created = await addVersion(tx, actor, { policyId, version, documentId, changeNote });
      return { ...created, title: policy.title };
    }),
  );

  await tellProviders(db, { title: published.title, version: published.version, policyId });
  return { id: published.id, policyId, version: published.version };
}

function versionMoved(): AppError {
  return new AppError(
    "CONFLICT",
    "Another version of this policy was published while you were working on yours. " +
      "Reload the page to see it, then publish yours as the next version.",
  );
}

/**
 * Two officers publishing the next version at once: the unique (policy, version) pair keeps
 * the first, and the other gets the same message as when it reads the newer version first.
 */
async function oneWinner<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    const cause = (error as { cause?: { code?: unknown } }).cause;
    if (code === "P2002" || cause?.code === "23505") {
      throw versionMoved();
    }
    throw error;
  }
}

async function addVersion(
  tx: Tx,
  actor: Actor,
  data: { policyId: string; version: number; documentId: string; changeNote?: string },
) {
  const created = await tx.policyVersion.create({
    data: { ...data, publishedById: actor.userId },
  });
  await recordAudit(tx, actor, {
    action: "policy.publish",
    recordType: "PolicyVersion",
    recordId: created.id,
    detail: { policyId: data.policyId, version: data.version, documentId: data.documentId },
  });
  return created;
}

/** Every open provider hears of a new version (after commit; a failure is only logged). */
async function tellProviders(
  db: PrismaClient,
  { title, version, policyId }: { title: string; version: number; policyId: string },
) {
  const providers = await db.organisation.findMany({
    where: { kind: "PROVIDER", closedAt: null },
    select: { id: true },
  });
  const content = {
    kind: "policy.published",
    title: `New policy version: ${title} (version ${version})`,
    body: "Adopt it as it stands, or send your own policy reflecting it for the service to accept.",
    link: `/quality/policies/${policyId}`,
  };
  for (const provider of providers) {
    await notifyOrganisation(db, provider.id, content);
  }
}

/** A policy no longer asked of providers. Kept, with its versions and answers, as history. */
export async function retirePolicy({ db, actor, input }: Options<{ policyId: string }>) {
  return db.$transaction(async (tx) => {
    const retired = await tx.policy.updateMany({
      where: { id: input.policyId, retiredAt: null },
      data: { retiredAt: new Date() },
    });
    if (retired.count !== 1) {
      const exists = await tx.policy.count({ where: { id: input.policyId } });
      throw exists
        ? new AppError("CONFLICT", "This policy has already been retired")
        : AppError.notFound("Policy");
    }
    await recordAudit(tx, actor, {
      action: "policy.retire",
      recordType: "Policy",
      recordId: input.policyId,
    });
    return { id: input.policyId };
  });
}
