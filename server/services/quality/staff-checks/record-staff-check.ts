import { ukToday } from "@/lib/dates";
import { toDateOnly } from "@/lib/schemas/common";
import type { StaffCheckValues } from "@/lib/schemas/staff-check";
import { recordAudit } from "@/server/audit/record-audit";
import type { Actor } from "@/server/auth/roles";
import type { Prisma, PrismaClient, StaffCheck } from "@/server/db/generated/client";
import { AppError } from "@/server/errors";
import { futureDateField, implausibleDateField } from "./check-gaps";

interface Options {
  db: PrismaClient;
  actor: Actor;
  input: StaffCheckValues;
  now?: Date;
}

type Columns = Omit<
  Prisma.StaffCheckUncheckedCreateInput,
  "id" | "providerId" | "createdById" | "updatedById" | "createdAt" | "updatedAt"
>;

const date = (value: string | undefined) => (value ? toDateOnly(value) : null);

/**
 * The row's columns from the form. A check that is not needed keeps no date, and the
 * update service's last check means nothing without a subscription.
 */
function columnsOf(input: StaffCheckValues): Columns {
  const updateService = input.dbsUpdateService === "YES";
  const overseas = input.overseasCheckRequired === "YES";
  const qualifications = input.qualificationsRequired === "YES";
  return {
    fullName: input.fullName,
    jobRole: input.jobRole,
    startedOn: toDateOnly(input.startedOn),
    leftOn: date(input.leftOn),
    identityCheckedOn: date(input.identityCheckedOn),
    dbsCertificateNumber: input.dbsCertificateNumber ?? null,
    dbsIssuedOn: date(input.dbsIssuedOn),
    dbsUpdateService: updateService,
    dbsLastCheckedOn: updateService ? date(input.dbsLastCheckedOn) : null,
    barredListCheckedOn: date(input.barredListCheckedOn),
    prohibitionCheckedOn: date(input.prohibitionCheckedOn),
    overseasCheckRequired: overseas,
    overseasCheckedOn: overseas ? date(input.overseasCheckedOn) : null,
    qualificationsRequired: qualifications,
    qualificationsCheckedOn: qualifications ? date(input.qualificationsCheckedOn) : null,
    rightToWorkCheckedOn: date(input.rightToWorkCheckedOn),
    checkedByName: input.checkedByName ?? null,
    checkedOn: date(input.checkedOn),
  };
}

/** Names of the columns whose value changes: the audit keeps these, never the values. */
function changedFields(before: StaffCheck, after: Columns): string[] {
  const same = (a: unknown, b: unknown) =>
    a instanceof Date && b instanceof Date ? a.getTime() === b.getTime() : a === b;
  return (Object.keys(after) as (keyof Columns)[]).filter(
    (key) => !same(before[key], after[key] ?? null),
  );
}

function assertPlausibleDates(input: StaffCheckValues, now: Date) {
  const future = futureDateField(input, ukToday(now));
  if (future) {
    throw AppError.invalid(future, "The date cannot be in the future");
  }
  const early = implausibleDateField(input);
  if (early) {
    throw AppError.invalid(early, "The date must be in 1950 or later: check the year");
  }
}

/**
 * Checks recorded on a row, with the labels the form uses. One may be corrected but not
 * removed: the record is the evidence a check was done (KCSIE), and a blank would lose it.
 * A check that stops being needed (overseas, qualifications, the update service) is not
 * removed by the provider but by the rule in `columnsOf`.
 */
const KEPT_CHECKS = {
  identityCheckedOn: "the date identity was checked",
  dbsCertificateNumber: "the DBS certificate number",
  dbsIssuedOn: "the DBS certificate's issue date",
  barredListCheckedOn: "the date of the barred list check",
  prohibitionCheckedOn: "the date of the prohibition check",
  rightToWorkCheckedOn: "the date right to work was checked",
  checkedByName: "who made the checks",
  checkedOn: "the date the record was checked",
} as const;

function assertNoCheckRemoved(before: StaffCheck, columns: Columns) {
  const removed = (Object.keys(KEPT_CHECKS) as (keyof typeof KEPT_CHECKS)[]).find(
    (field) => before[field] !== null && columns[field] === null,
  );
  if (removed) {
    throw AppError.invalid(
      removed,
      `Enter ${KEPT_CHECKS[removed]}: a check once recorded can be corrected but not removed`,
    );
  }
}

/**
 * A provider adds a staff member to its single central record, or updates one. Rows are
 * never deleted: someone who leaves gets the date they left. Every write records who and
 * when on the row, and an audit row naming the fields that changed.
 */
export async function recordStaffCheck({ db, actor, input, now = new Date() }: Options) {
  if (actor.organisationKind !== "PROVIDER") {
    throw new AppError("FORBIDDEN", "Each provider keeps its own single central record");
  }
  assertPlausibleDates(input, now);
  const columns = columnsOf(input);
  const providerId = actor.organisationId;

  return db.$transaction(async (tx) => {
    if (!input.staffCheckId) {
      const created = await tx.staffCheck.create({
        data: { ...columns, providerId, createdById: actor.userId, updatedById: actor.userId },
      });
      await recordAudit(tx, actor, {
        action: "scr.add",
        recordType: "StaffCheck",
        recordId: created.id,
      });
      return { id: created.id, changed: Object.keys(columns) };
    }
    return updateStaffCheck(tx, actor, input.staffCheckId, columns);
  });
}

async function updateStaffCheck(
  tx: Prisma.TransactionClient,
  actor: Actor,
  staffCheckId: string,
  columns: Columns,
) {
  const before = await tx.staffCheck.findFirst({
    where: { id: staffCheckId, providerId: actor.organisationId },
  });
  if (!before) {
    throw AppError.notFound("Staff member");
  }
  assertNoCheckRemoved(before, columns);
  const changed = changedFields(before, columns);
  if (changed.length === 0) {
    return { id: before.id, changed };
  }
  await tx.staffCheck.update({
    where: { id: before.id },
    data: { ...columns, updatedById: actor.userId },
  });
  await recordAudit(tx, actor, {
    action: before.leftOn === null && columns.leftOn ? "scr.leave" : "scr.update",
    recordType: "StaffCheck",
    recordId: before.id,
    detail: { fields: changed },
  });
  return { id: before.id, changed };
}
