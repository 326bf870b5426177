import { recordAudit } from "@/server/audit/record-audit";
import type { Actor } from "@/server/auth/roles";
import type { Prisma, PrismaClient } from "@/server/db/generated/client";
import { AppError } from "@/server/errors";
import { ukToday } from "@/lib/dates";
import { toDateOnly, WEEKDAY_LABEL } from "@/lib/schemas/common";
import { PAPERWORK_LABEL, type respondSchema } from "@/lib/schemas/referral";
import type { z } from "zod";
import { notifyServiceRoles } from "@/server/services/notifications/notify-organisation";
import { assertAwaitingResponse, findReferralInScope } from "./referral-access";

type Input = z.output<typeof respondSchema>;

export interface RespondOptions {
  db: PrismaClient;
  actor: Actor;
  input: Input;
  now?: Date;
}

/**
 * The provider's application response. Refused until every piece of paperwork is marked
 * received and the interview is recorded; the message lists what is missing.
 */
export async function respondToReferral({ db, actor, input, now = new Date() }: RespondOptions) {
  const { referralId } = input;
  if (input.decision === "ACCEPTED" && input.confirmedStartDate < ukToday(now)) {
    throw AppError.invalid(
      "confirmedStartDate",
      "The confirmed start date must be today or in the future",
    );
  }

  const result = await db.$transaction(async (tx) => {
    const referral = await findReferralInScope(tx, actor, referralId, {
      paperwork: true,
      interview: true,
      course: { select: { daysOffered: true } },
    });
    assertAwaitingResponse(referral.status);
    assertReadyToRespond(referral.paperwork, referral.interview);
    if (input.decision === "ACCEPTED") {
      assertDaysOffered(input.confirmedDays, referral.course.daysOffered);
    }

    const response = await tx.applicationResponse.create({ data: responseData(input, actor) });
    // The status guard makes a second, concurrent response fail instead of overwriting.
    const moved = await tx.referral.updateMany({
      where: { id: referralId, status: "SUBMITTED" },
      data: { status: input.decision },
    });
    if (moved.count !== 1) {
      throw new AppError("CONFLICT", "This referral has already been answered");
    }
    await recordAudit(tx, actor, {
      action: "referral.respond",
      recordType: "Referral",
      recordId: referralId,
      detail: { decision: input.decision },
    });
    return { id: response.id, decision: response.decision, reference: referral.reference };
  });

  await notifyServiceRoles(db, ["SERVICE_ADMIN"], {
    kind: "referral.responded",
    title: `Response to process: ${result.reference}`,
    body: `The provider has ${result.decision === "ACCEPTED" ? "accepted" : "declined"} it.`,
    link: `/referrals/${referralId}`,
  });
  return { id: result.id, decision: result.decision };
}

function assertReadyToRespond(
  paperwork: { kind: keyof typeof PAPERWORK_LABEL; receivedAt: Date | null }[],
  interview: unknown,
) {
  const missing = paperwork
    .filter((item) => !item.receivedAt)
    .map((item) => PAPERWORK_LABEL[item.kind]);
  const problems: string[] = [];
  if (missing.length > 0) {
    problems.push(`mark the paperwork received (${missing.join(", ")})`);
  }
  if (!interview) {
    problems.push("record the interview with the student");
  }
  if (problems.length > 0) {
    throw new AppError("INVALID", `Before you respond, ${problems.join(" and ")}`);
  }
}

function assertDaysOffered(days: readonly string[], offered: readonly string[]) {
  if (days.some((day) => !offered.includes(day))) {
    const list = offered.map((day) => WEEKDAY_LABEL[day as keyof typeof WEEKDAY_LABEL]).join(", ");
    throw AppError.invalid("confirmedDays", `Select only days the course runs: ${list}`);
  }
}

function responseData(input: Input, actor: Actor): Prisma.ApplicationResponseUncheckedCreateInput {
  const base = {
    referralId: input.referralId,
    explanation: input.explanation,
    respondedById: actor.userId,
  };
  if (input.decision === "ACCEPTED") {
    return {
      ...base,
      decision: "ACCEPTED",
      confirmedDays: input.confirmedDays,
      confirmedStartDate: toDateOnly(input.confirmedStartDate),
    };
  }
  return { ...base, decision: "DECLINED", declineGround: input.declineGround };
}
