import type { Actor } from "@/server/auth/roles";
import { placementScope, referralScope, studentScope } from "@/server/auth/scope";
import type { Prisma, PrismaClient } from "@/server/db/generated/client";
import { AppError } from "@/server/errors";

export const STUDENT_PAGE_SIZE = 25;

interface Options {
  db: PrismaClient;
  actor: Actor;
}

/** Students the actor's organisation may see, by surname, one page at a time. */
export async function listStudents({
  db,
  actor,
  search,
  page,
}: Options & { search?: string; page: number }) {
  const where: Prisma.StudentWhereInput = {
    AND: [studentScope(actor), search ? searchClause(search) : {}],
  };
  const [total, rows] = await Promise.all([
    db.student.count({ where }),
    db.student.findMany({
      where,
      orderBy: [{ legalLastName: "asc" }, { legalFirstName: "asc" }],
      skip: (page - 1) * STUDENT_PAGE_SIZE,
      take: STUDENT_PAGE_SIZE,
      select: {
        id: true,
        upn: true,
        legalFirstName: true,
        legalLastName: true,
        preferredName: true,
        yearGroup: true,
        homeSchool: { select: { id: true, name: true } },
      },
    }),
  ]);
  return { total, page, pageSize: STUDENT_PAGE_SIZE, rows };
}

function searchClause(search: string): Prisma.StudentWhereInput {
  const contains = { contains: search, mode: "insensitive" as const };
  return {
    OR: [
      { legalFirstName: contains },
      { legalLastName: contains },
      { preferredName: contains },
      { upn: contains },
    ],
  };
}

/**
 * One student with the referrals and placements the actor's organisation may see: a
 * provider sees only its own referrals and placements for the student, never another
 * provider's. A provider keeps read-only access after its referral or placement ends
 * (DOMAIN.md: history stays readable).
 */
export async function getStudent({ db, actor, studentId }: Options & { studentId: string }) {
  const student = await db.student.findFirst({
    where: { AND: [{ id: studentId }, studentScope(actor)] },
    include: {
      homeSchool: { select: { id: true, name: true, urn: true } },
      contacts: true,
      referrals: {
        where: referralScope(actor),
        orderBy: { createdAt: "desc" },
        include: { course: { select: { title: true } }, provider: { select: { name: true } } },
      },
      placements: {
        where: placementScope(actor),
        orderBy: { startDate: "desc" },
        include: { course: { select: { title: true } }, provider: { select: { name: true } } },
      },
    },
  });
  if (!student) {
    throw AppError.notFound("Student");
  }
  return student;
}
