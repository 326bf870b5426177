import type { CheckKey } from "@/lib/schemas/staff-check";

// The single central record's rules (ADR 0017). Pure: `today` is a UK date passed in, so the
// same row reads the same way in a test pinned to a fixed day and on the live site.

/** A certificate without the update service is renewed this many years after issue. */
export const DBS_RENEWAL_YEARS = 3;
/** With the update service, the status is checked again at least this often. */
export const STATUS_CHECK_MONTHS = 12;
/** A renewal or status check due within this many days shows as expiring. */
export const EXPIRING_WINDOW_DAYS = 60;

export type IssueKind = "MISSING" | "OVERDUE" | "EXPIRING";
export interface CheckIssue {
  check: CheckKey;
  kind: IssueKind;
  /** For OVERDUE and EXPIRING: the UK date it fell or falls due. */
  dueOn?: string;
}
/** LEFT rows are history, never gaps; GAPS outranks EXPIRING. */
export type StaffCheckState = "LEFT" | "GAPS" | "EXPIRING" | "COMPLETE";

/** The columns of a StaffCheck row the rules read. */
export interface StaffCheckDates {
  leftOn: Date | null;
  identityCheckedOn: Date | null;
  dbsCertificateNumber: string | null;
  dbsIssuedOn: Date | null;
  dbsUpdateService: boolean;
  dbsLastCheckedOn: Date | null;
  barredListCheckedOn: Date | null;
  prohibitionCheckedOn: Date | null;
  overseasCheckRequired: boolean;
  overseasCheckedOn: Date | null;
  qualificationsRequired: boolean;
  qualificationsCheckedOn: Date | null;
  rightToWorkCheckedOn: Date | null;
  checkedByName: string | null;
  checkedOn: Date | null;
}

function day(value: Date): string {
  return value.toISOString().slice(0, 10);
}

/** `YYYY-MM-DD` moved by whole years, months and days (31 Jan + 1 month is 3 March). */
export function shiftDate(date: string, { years = 0, months = 0, days = 0 }): string {
  const [y, m, d] = date.split("-").map(Number);
  return new Date(Date.UTC(y + years, m - 1 + months, d + days)).toISOString().slice(0, 10);
}

/** Checks every current staff member must have (overseas and qualifications when needed). */
function missingChecks(row: StaffCheckDates): CheckKey[] {
  const required: [CheckKey, boolean][] = [
    ["identity", Boolean(row.identityCheckedOn)],
    ["dbs", Boolean(row.dbsCertificateNumber && row.dbsIssuedOn)],
    ["barredList", Boolean(row.barredListCheckedOn)],
    ["prohibition", Boolean(row.prohibitionCheckedOn)],
    ["overseas", !row.overseasCheckRequired || Boolean(row.overseasCheckedOn)],
    ["qualifications", !row.qualificationsRequired || Boolean(row.qualificationsCheckedOn)],
    ["rightToWork", Boolean(row.rightToWorkCheckedOn)],
    ["signOff", Boolean(row.checkedByName && row.checkedOn)],
  ];
  return required.filter(([, done]) => !done).map(([check]) => check);
}

/** A dated check that falls due: overdue from `dueOn`, expiring in the window before it. */
function dueIssue(check: CheckKey, dueOn: string, today: string): CheckIssue | null {
  if (today >= dueOn) {
    return { check, kind: "OVERDUE", dueOn };
  }
  const windowOpens = shiftDate(dueOn, { days: -EXPIRING_WINDOW_DAYS });
  return today >= windowOpens ? { check, kind: "EXPIRING", dueOn } : null;
}

/**
 * When the DBS certificate next needs attention. On the update service the certificate is
 * kept current by status checks, so only the check's age counts (a subscriber never checked
 * is a gap); otherwise the certificate itself is renewed every three years.
 */
function dbsIssue(row: StaffCheckDates, today: string): CheckIssue | null {
  if (!row.dbsIssuedOn || !row.dbsCertificateNumber) {
    return null;
  }
  if (row.dbsUpdateService) {
    if (!row.dbsLastCheckedOn) {
      return { check: "dbsStatusCheck", kind: "MISSING" };
    }
    const due = shiftDate(day(row.dbsLastCheckedOn), { months: STATUS_CHECK_MONTHS });
    return dueIssue("dbsStatusCheck", due, today);
  }
  const due = shiftDate(day(row.dbsIssuedOn), { years: DBS_RENEWAL_YEARS });
  return dueIssue("dbsRenewal", due, today);
}

/** What stands out on one staff member's row on `today` (a UK date, `YYYY-MM-DD`). */
export function checkIssues(
  row: StaffCheckDates,
  today: string,
): { state: StaffCheckState; issues: CheckIssue[] } {
  if (row.leftOn && day(row.leftOn) <= today) {
    return { state: "LEFT", issues: [] };
  }
  const issues: CheckIssue[] = missingChecks(row).map((check) => ({ check, kind: "MISSING" }));
  const dbs = dbsIssue(row, today);
  if (dbs) {
    issues.push(dbs);
  }
  const state = issues.some((issue) => issue.kind !== "EXPIRING")
    ? "GAPS"
    : issues.length > 0
      ? "EXPIRING"
      : "COMPLETE";
  return { state, issues };
}

/** A provider's record in three numbers: current staff, those with gaps, those expiring. */
export interface RecordSummary {
  staff: number;
  withGaps: number;
  expiring: number;
}

export function summarise(states: readonly StaffCheckState[]): RecordSummary {
  const current = states.filter((state) => state !== "LEFT");
  return {
    staff: current.length,
    withGaps: current.filter((state) => state === "GAPS").length,
    expiring: current.filter((state) => state === "EXPIRING").length,
  };
}

/**
 * What a school may be told about a provider: no staff details. A provider with no current
 * staff recorded cannot show its checks are complete, so it reads as NOT_RECORDED.
 */
export type ProviderCheckStatus =
  | { state: "COMPLETE" }
  | { state: "GAPS"; staffWithGaps: number }
  | { state: "EXPIRING"; staffExpiring: number }
  | { state: "NOT_RECORDED" };

export function providerStatus(summary: RecordSummary): ProviderCheckStatus {
  if (summary.staff === 0) {
    return { state: "NOT_RECORDED" };
  }
  if (summary.withGaps > 0) {
    return { state: "GAPS", staffWithGaps: summary.withGaps };
  }
  if (summary.expiring > 0) {
    return { state: "EXPIRING", staffExpiring: summary.expiring };
  }
  return { state: "COMPLETE" };
}

/**
 * The dates of checks done and of leaving, refused after today: they cannot have happened
 * yet. The start date may be ahead (checks come before someone starts).
 */
export const DATED_FIELDS = [
  "identityCheckedOn",
  "dbsIssuedOn",
  "dbsLastCheckedOn",
  "barredListCheckedOn",
  "prohibitionCheckedOn",
  "overseasCheckedOn",
  "qualificationsCheckedOn",
  "rightToWorkCheckedOn",
  "checkedOn",
  "leftOn",
] as const;

/** The first field holding a date after `today`, or null. */
export function futureDateField(
  values: { readonly [field: string]: unknown },
  today: string,
): (typeof DATED_FIELDS)[number] | null {
  const after = (value: unknown) => typeof value === "string" && value > today;
  return DATED_FIELDS.find((field) => after(values[field])) ?? null;
}

/**
 * The earliest date the record takes. Nobody working with children today started, or had a
 * check done, before it; an earlier year is a typing slip (0001 for 2001) that would otherwise
 * pass as a check done long ago.
 */
export const EARLIEST_RECORD_DATE = "1950-01-01";

/** The first field holding a date before EARLIEST_RECORD_DATE, the start date included. */
export function implausibleDateField(values: { readonly [field: string]: unknown }) {
  const before = (value: unknown) => typeof value === "string" && value < EARLIEST_RECORD_DATE;
  return ["startedOn", ...DATED_FIELDS].find((field) => before(values[field])) ?? null;
}
