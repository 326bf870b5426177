import { referralScope } from "@/server/auth/scope";
import type { Actor } from "@/server/auth/roles";
import type { Prisma } from "@/server/db/generated/client";
import { AppError } from "@/server/errors";

type Db = Prisma.TransactionClient;

/** A referral the actor may see, or NOT_FOUND (the same answer for "not yours" and "not there"). */
export async function findReferralInScope<T extends Prisma.ReferralInclude>(
  db: Db,
  actor: Actor,
  referralId: string,
  include: T,
) {
  const referral = await db.referral.findFirst({
    where: { AND: [{ id: referralId }, referralScope(actor)] },
    include,
  });
  if (!referral) {
    throw AppError.notFound("Referral");
  }
  return referral;
}

/** Provider-side steps (paperwork, interview, response) are only open before the response. */
export function assertAwaitingResponse(status: string): void {
  if (status !== "SUBMITTED") {
    throw new AppError(
      "CONFLICT",
      "This referral has already been answered, so it cannot be changed",
    );
  }
}

/** Next human-readable reference, e.g. REF-000124, taken inside the caller's transaction. */
export async function nextReferralReference(tx: Db): Promise<string> {
  const existing = await tx.counter.findUnique({ where: { name: "referral" } });
  if (!existing) {
    // Seeded or imported referrals may predate the counter: start after the highest one.
    const latest = await tx.referral.findFirst({
      orderBy: { reference: "desc" },
      select: { reference: true },
    });
    const start = latest ? Number(latest.reference.replace(/\D/g, "")) : 0;
    await tx.counter.create({ data: { name: "referral", value: start } });
  }
  const counter = await tx.counter.update({
    where: { name: "referral" },
    data: { value: { increment: 1 } },
  });
  return `REF-${String(counter.value).padStart(6, "0")}`;
}

/**
 * Serialises work on one student's referrals to one course until the transaction ends, so
 * two requests at once cannot both pass a "no open referral" or "no active placement"
 * check. A transaction-level advisory lock: released at commit or rollback.
 */
export async function lockStudentCourse(tx: Db, studentId: string, courseId: string) {
  const key = `referral:${studentId}:${courseId}`;
  await tx.$queryRaw`SELECT 1 AS locked FROM (SELECT pg_advisory_xact_lock(hashtext(${key}))) AS l`;
}

/** An open referral or an active placement already links this student to this course. */
export async function findOpenLink(tx: Db, studentId: string, courseId: string) {
  const [referral, placement] = await Promise.all([
    tx.referral.findFirst({
      where: { studentId, courseId, status: { in: ["SUBMITTED", "ACCEPTED", "DECLINED"] } },
      select: { reference: true },
    }),
    tx.placement.findFirst({
      where: { studentId, courseId, status: "ACTIVE" },
      select: { referral: { select: { reference: true } } },
    }),
  ]);
  if (referral) {
    return { kind: "referral" as const, reference: referral.reference };
  }
  return placement ? { kind: "placement" as const, reference: placement.referral.reference } : null;
}
