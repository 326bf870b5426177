import { isAboutExploitation } from "@/lib/schemas/exploitation";
import type { Actor } from "@/server/auth/roles";
import { recordAudit } from "@/server/audit/record-audit";
import type { Prisma, PrismaClient } from "@/server/db/generated/client";
import { findConcernToReferOn } from "./onward-access";

/**
 * Where each onward referral of a concern stands, for the concern's page: statuses and
 * counts, no text. A risk level or a Prevent outcome is still a fact about the child, so the
 * read is audited like any other read of these records.
 */
export async function summariseOnwardReferrals(options: {
  db: PrismaClient;
  actor: Actor;
  input: { concernId: string };
}) {
  const { db, actor, input } = options;
  const { concernId } = input;

  return db.$transaction(async (tx) => {
    const concern = await findConcernToReferOn(tx, actor, concernId, {});
    const found = await findStatuses(tx, concernId);
    await recordAudit(tx, actor, {
      action: "onward.summary.read",
      recordType: "Concern",
      recordId: concernId,
      detail: { studentId: concern.studentId },
    });
    return { concernId, open: concern.status !== "CLOSED", ...statusesOf(concern, found) };
  });
}

// One after another: queries inside an interactive transaction share its one connection.
async function findStatuses(db: Prisma.TransactionClient, concernId: string) {
  const latest = await db.exploitationAssessment.findFirst({
    where: { concernId },
    orderBy: { assessedAt: "desc" },
    select: { riskLevel: true, assessedAt: true },
  });
  const assessments = await db.exploitationAssessment.count({ where: { concernId } });
  const reports = await db.policeIntelligenceReport.count({ where: { concernId } });
  const unsent = await db.policeIntelligenceReport.count({ where: { concernId, sentAt: null } });
  const prevent = await db.preventReferral.findUnique({
    where: { concernId },
    select: { sentOn: true, outcome: true },
  });
  return { latest, assessments, reports, unsent, prevent };
}

function statusesOf(
  concern: { categories: readonly string[] },
  { latest, assessments, reports, unsent, prevent }: Awaited<ReturnType<typeof findStatuses>>,
) {
  return {
    exploitation: {
      eligible: isAboutExploitation(concern.categories),
      assessments,
      latest,
    },
    policeIntelligence: { reports, unsent },
    prevent: prevent
      ? {
          status: prevent.outcome
            ? ("OUTCOME" as const)
            : prevent.sentOn
              ? ("SENT" as const)
              : ("DRAFT" as const),
          sentOn: prevent.sentOn,
          outcome: prevent.outcome,
        }
      : { status: "NONE" as const, sentOn: null, outcome: null },
  };
}
