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
