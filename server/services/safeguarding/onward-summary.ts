import { isAboutExploitation } from "@/lib/schemas/exploitation";
import type { Actor } from "@/server/auth/roles";
import type { PrismaClient } from "@/server/db/generated/client";
import { findConcernToReferOn } from "./onward-access";

/**
 * Where each onward referral of a concern stands, for the concern's page. Statuses and
 * counts only, no text about the child or the subject, so (like the concern list) the read
 * is not audited; opening any of the records is.
 */
export async function summariseOnwardReferrals(options: {
  db: PrismaClient;
  actor: Actor;
  input: { concernId: string };
}) {
  const { db, actor, input } = options;
  const { concernId } = input;

  const concern = await findConcernToReferOn(db, actor, concernId, {});
  const [latestAssessment, assessments, reports, unsent, prevent] = await Promise.all([
    db.exploitationAssessment.findFirst({
      where: { concernId },
      orderBy: { assessedAt: "desc" },
      select: { riskLevel: true, assessedAt: true },
    }),
    db.exploitationAssessment.count({ where: { concernId } }),
    db.policeIntelligenceReport.count({ where: { concernId } }),
    db.policeIntelligenceReport.count({ where: { concernId, sentAt: null } }),
    db.preventReferral.findUnique({
      where: { concernId },
      select: { sentOn: true, outcome: true },
    }),
  ]);

  return {
    concernId,
    open: concern.status !== "CLOSED",
    exploitation: {
      eligible: isAboutExploitation(concern.categories),
      assessments,
      latest: latestAssessment,
    },
    policeIntelligence: { reports, unsent },
    prevent: prevent
      ? {
          status: prevent.outcome ? "OUTCOME" : prevent.sentOn ? "SENT" : "DRAFT",
          sentOn: prevent.sentOn,
          outcome: prevent.outcome,
        }
      : { status: "NONE" as const, sentOn: null, outcome: null },
  };
}
