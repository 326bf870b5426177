import { recordAudit } from "@/server/audit/record-audit";
import type { Actor } from "@/server/auth/roles";
import { referralScope } from "@/server/auth/scope";
import type { Prisma, PrismaClient, ReferralStatus } from "@/server/db/generated/client";
import { findReferralInScope } from "./referral-access";

export const REFERRAL_PAGE_SIZE = 25;

export interface ListReferralsOptions {
  db: PrismaClient;
  actor: Actor;
  status?: ReferralStatus;
  search?: string;
  page: number;
}

/** Referrals the actor's organisation may see, newest first, one page at a time. */
export async function listReferrals({ db, actor, status, search, page }: ListReferralsOptions) {
  const where: Prisma.ReferralWhereInput = {
    AND: [referralScope(actor), status ? { status } : {}, search ? searchClause(search) : {}],
  };
  const [total, rows] = await Promise.all([
    db.referral.count({ where }),
    db.referral.findMany({
      where,
      orderBy: { createdAt: "desc" },
      skip: (page - 1) * REFERRAL_PAGE_SIZE,
      take: REFERRAL_PAGE_SIZE,
      include: {
        student: {
          select: { id: true, legalFirstName: true, legalLastName: true, preferredName: true },
        },
        course: { select: { id: true, title: true } },
        school: { select: { id: true, name: true } },
        provider: { select: { id: true, name: true } },
      },
    }),
  ]);
  return { total, page, pageSize: REFERRAL_PAGE_SIZE, rows };
}

function searchClause(search: string): Prisma.ReferralWhereInput {
  const contains = { contains: search, mode: "insensitive" as const };
  return {
    OR: [
      { reference: contains },
      { student: { legalFirstName: contains } },
      { student: { legalLastName: contains } },
      { student: { preferredName: contains } },
      { student: { upn: contains } },
    ],
  };
}

/** Everything the referral page shows. */
const REFERRAL_PAGE = {
  student: { include: { contacts: true } },
  course: true,
  school: { select: { id: true, name: true, urn: true } },
  provider: { select: { id: true, name: true, ukprn: true } },
  paperwork: {
    orderBy: { kind: "asc" },
    include: {
      document: { select: { id: true, originalName: true, sizeBytes: true, mimeType: true } },
    },
  },
  interview: true,
  response: true,
  placement: true,
} satisfies Prisma.ReferralInclude;

/**
 * One referral with everything its page shows, if the actor's organisation may see it, and
 * an audit row saying who read it (issue 3: every read of a referral is recorded), written
 * in the same transaction so a read that cannot be recorded fails.
 */
export async function getReferral({
  db,
  actor,
  referralId,
}: {
  db: PrismaClient;
  actor: Actor;
  referralId: string;
}) {
  return db.$transaction(async (tx) => {
    const referral = await findReferralInScope(tx, actor, referralId, REFERRAL_PAGE);
    await recordAudit(tx, actor, {
      action: "referral.read",
      recordType: "Referral",
      recordId: referral.id,
      detail: { studentId: referral.studentId },
    });
    return referral;
  });
}
