import { toCsv } from "@/server/services/exports/to-csv";
import { recordAudit } from "@/server/audit/record-audit";
import type { Actor } from "@/server/auth/roles";
import { registerMarkScope } from "@/server/auth/scope";
import type { PrismaClient } from "@/server/db/generated/client";
import { AppError } from "@/server/errors";
import { ABSENCE_REASON_LABEL, attendanceCode, MARK_LABEL } from "@/lib/attendance";
import { fromDateOnly, toDateOnly } from "@/lib/schemas/common";

/** A school year and a little more: longer exports belong to the MIS, not the portal. */
const MAX_DAYS = 400;

interface Options {
  db: PrismaClient;
  actor: Actor;
  from: string;
  to: string;
}

const HEADER = [
  "UPN",
  "Surname",
  "Forename",
  "Date",
  "Session",
  "Code",
  "Mark",
  "Note",
  "Provider",
  "Course",
];

/**
 * The marks of a school's students at their providers between two dates, as the school keys
 * them into its MIS: one row per student, date and session with the DfE code (lib/attendance.ts).
 * Sessions the student was not expected are left out: the provider has no code for them.
 * The export is audited, since it carries every student's name and UPN.
 */
export async function exportRegisterMarks({ db, actor, from, to }: Options): Promise<string> {
  assertRange(from, to);

  const marks = await db.registerMark.findMany({
    where: {
      AND: [
        registerMarkScope(actor),
        { date: { gte: toDateOnly(from), lte: toDateOnly(to) } },
        { mark: { not: "NOT_EXPECTED" } },
      ],
    },
    orderBy: [{ date: "asc" }, { session: "asc" }, { studentId: "asc" }],
    include: {
      placement: {
        select: {
          arrangedBy: true,
          activityNature: true,
          student: { select: { upn: true, legalFirstName: true, legalLastName: true } },
          provider: { select: { name: true } },
          course: { select: { title: true } },
        },
      },
    },
  });
  await db.$transaction((tx) =>
    recordAudit(tx, actor, {
      action: "register.export",
      recordType: "Organisation",
      recordId: actor.organisationId,
      detail: { from, to, rows: marks.length },
    }),
  );

  const rows = marks.map((mark) => {
    const { student, provider, course, arrangedBy, activityNature } = mark.placement;
    return [
      student.upn,
      student.legalLastName,
      student.legalFirstName,
      fromDateOnly(mark.date),
      mark.session,
      attendanceCode(mark, arrangedBy),
      MARK_LABEL[mark.mark],
      noteFor(mark, arrangedBy === "SCHOOL" ? activityNature : null),
      provider.name,
      course.title,
    ];
  });
  return toCsv([HEADER, ...rows]);
}

function assertRange(from: string, to: string) {
  if (from > to) {
    throw AppError.invalid("to", "The last date must be the same as or after the first date");
  }
  const days = (toDateOnly(to).getTime() - toDateOnly(from).getTime()) / 86_400_000;
  if (days > MAX_DAYS) {
    throw AppError.invalid("to", `Export ${MAX_DAYS} days or fewer at a time`);
  }
}

interface NoteFacts {
  mark: keyof typeof MARK_LABEL;
  lateMinutes: number | null;
  absenceReason: keyof typeof ABSENCE_REASON_LABEL | null;
  note: string | null;
}

/** What the school's note field says: lateness, the reason given, the provider's note. */
function noteFor(mark: NoteFacts, activityNature: string | null): string {
  const parts = [
    activityNature,
    mark.mark === "LATE" && mark.lateMinutes ? `Late by ${mark.lateMinutes} minutes` : null,
    mark.absenceReason ? ABSENCE_REASON_LABEL[mark.absenceReason] : null,
    mark.note,
  ];
  return parts.filter(Boolean).join(". ");
}
