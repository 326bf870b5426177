import { toCsv } from "@/server/services/exports/to-csv";
import { recordAudit } from "@/server/audit/record-audit";
import type { Actor } from "@/server/auth/roles";
import { withdrawalScope } from "@/server/auth/scope";
import type { PrismaClient, Weekday } from "@/server/db/generated/client";
import { AppError } from "@/server/errors";
import { formatDateTime, ukToday } from "@/lib/dates";
import { fromDateOnly, toDateOnly, WEEKDAY_LABEL, WEEKDAYS } from "@/lib/schemas/common";
import { EXPORT_RANGE_MESSAGE } from "@/lib/schemas/withdrawal";

import { leavesEveryDay } from "./read-withdrawals";

const HOUR = 60 * 60 * 1000;

const HEADER = [
  "UPN",
  "Surname",
  "Forename",
  "School",
  "School URN",
  "Provider",
  "Provider UKPRN",
  "Course",
  "Days withdrawn",
  "Leaves every day",
  "Effective date",
  "Reference",
  "Requested by",
  "Processed on",
  "CLM updated by",
  "CLM updated at",
  "Capita updated by",
  "Capita updated at",
];

interface Options {
  db: PrismaClient;
  actor: Actor;
  from: string;
  to: string;
}

const NAME = { select: { name: true } } as const;
const ORG = { select: { name: true, urn: true, ukprn: true } } as const;

/**
 * Withdrawals processed between two UK dates, one row per placement, in the order and shape
 * the admin keys them into the back-office systems. Audited: it carries names and UPNs.
 */
export async function exportWithdrawals({ db, actor, from, to }: Options): Promise<string> {
  if (from > to) {
    throw AppError.invalid("to", EXPORT_RANGE_MESSAGE);
  }
  // UK days run from 23:00 or 00:00 UTC: fetch a little wide, then keep the UK days asked for.
  const requests = await db.withdrawalRequest.findMany({
    where: {
      AND: [
        withdrawalScope(actor),
        { status: "PROCESSED" },
        {
          processedAt: {
            gte: new Date(toDateOnly(from).getTime() - HOUR),
            lt: new Date(toDateOnly(to).getTime() + 25 * HOUR),
          },
        },
      ],
    },
    orderBy: { processedAt: "asc" },
    include: {
      student: { select: { upn: true, legalFirstName: true, legalLastName: true } },
      school: ORG,
      provider: ORG,
      requester: NAME,
      clmUpdatedBy: NAME,
      capitaUpdatedBy: NAME,
      placements: {
        include: { placement: { select: { days: true, course: { select: { title: true } } } } },
      },
    },
  });
  const inRange = requests.filter((request) => {
    const day = ukToday(request.processedAt!);
    return from <= day && day <= to;
  });

  const rows = inRange.flatMap((request) =>
    request.placements.map((item) => [
      request.student.upn,
      request.student.legalLastName,
      request.student.legalFirstName,
      request.school.name,
      request.school.urn ?? "",
      request.provider.name,
      request.provider.ukprn ?? "",
      item.placement.course.title,
      item.allDays ? `All days (${dayList(item.placement.days)})` : dayList(item.days),
      leavesEveryDay(item, item.placement.days) ? "Yes" : "No",
      fromDateOnly(request.effectiveDate),
      request.reference,
      `${request.requestedBy === "SCHOOL" ? "School" : "Provider"}: ${request.requester.name}`,
      ukToday(request.processedAt!),
      request.clmUpdatedBy?.name ?? "",
      request.clmUpdatedAt ? formatDateTime(request.clmUpdatedAt) : "",
      request.capitaUpdatedBy?.name ?? "",
      request.capitaUpdatedAt ? formatDateTime(request.capitaUpdatedAt) : "",
    ]),
  );
  await db.$transaction((tx) =>
    recordAudit(tx, actor, {
      action: "withdrawal.export",
      recordType: "Organisation",
      recordId: actor.organisationId,
      detail: { from, to, rows: rows.length },
    }),
  );
  return toCsv([HEADER, ...rows]);
}

function dayList(days: readonly Weekday[]): string {
  return WEEKDAYS.filter((day) => days.includes(day))
    .map((day) => WEEKDAY_LABEL[day])
    .join(", ");
}
