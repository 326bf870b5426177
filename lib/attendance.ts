/**
 * Register marks and the DfE attendance codes the home school records for them (Working
 * together to improve school attendance, August 2024). Shared by the register form, the
 * school export and the attendance figures, so each says the same thing.
 */

export const REGISTER_SESSIONS = ["AM", "PM"] as const;
export type RegisterSessionValue = (typeof REGISTER_SESSIONS)[number];

export const SESSION_LABEL: Record<RegisterSessionValue, string> = {
  AM: "Morning",
  PM: "Afternoon",
};

export const ATTENDANCE_MARKS = ["PRESENT", "LATE", "ABSENT", "NOT_EXPECTED"] as const;
export type AttendanceMarkValue = (typeof ATTENDANCE_MARKS)[number];

export const MARK_LABEL: Record<AttendanceMarkValue, string> = {
  PRESENT: "Present",
  LATE: "Late",
  ABSENT: "Absent",
  NOT_EXPECTED: "Not expected",
};

export const ABSENCE_REASONS = [
  "ILLNESS",
  "MEDICAL_APPOINTMENT",
  "RELIGIOUS_OBSERVANCE",
  "SUSPENDED_OR_EXCLUDED",
  "TRANSPORT_NOT_AVAILABLE",
  "AUTHORISED_LEAVE",
  "HOLIDAY_NOT_AUTHORISED",
  "UNAUTHORISED_OTHER",
  "NOT_KNOWN",
] as const;
export type AbsenceReasonValue = (typeof ABSENCE_REASONS)[number];

export const ABSENCE_REASON_LABEL: Record<AbsenceReasonValue, string> = {
  ILLNESS: "Illness",
  MEDICAL_APPOINTMENT: "Medical or dental appointment",
  RELIGIOUS_OBSERVANCE: "Religious observance",
  SUSPENDED_OR_EXCLUDED: "Suspended or excluded",
  TRANSPORT_NOT_AVAILABLE: "Transport normally provided was not available",
  AUTHORISED_LEAVE: "Leave of absence agreed by the school",
  HOLIDAY_NOT_AUTHORISED: "Holiday not agreed by the school",
  UNAUTHORISED_OTHER: "Other unauthorised absence",
  NOT_KNOWN: "Reason not yet known",
};

/** The DfE absence code for each reason the provider can give. */
const ABSENCE_CODE: Record<AbsenceReasonValue, string> = {
  ILLNESS: "I",
  MEDICAL_APPOINTMENT: "M",
  RELIGIOUS_OBSERVANCE: "R",
  SUSPENDED_OR_EXCLUDED: "E",
  TRANSPORT_NOT_AVAILABLE: "Y1",
  AUTHORISED_LEAVE: "C",
  HOLIDAY_NOT_AUTHORISED: "G",
  UNAUTHORISED_OTHER: "O",
  NOT_KNOWN: "N",
};

/**
 * Sessions the DfE leaves out of "possible sessions": Y codes record that the school or the
 * local authority, not the pupil, stopped attendance.
 */
const NOT_POSSIBLE_REASONS: readonly AbsenceReasonValue[] = ["TRANSPORT_NOT_AVAILABLE"];

export type Arrangement = "LOCAL_AUTHORITY" | "SCHOOL";

export interface MarkFacts {
  mark: AttendanceMarkValue;
  absenceReason?: AbsenceReasonValue | null;
}

/**
 * The code the home school enters for a session at the provider, or null where the provider
 * has nothing to report (not expected: the school records its own code for that session).
 * Attending, on time or late, is K when the local authority arranged the provision and B
 * when the school did; lateness travels in the note, because the school's L and U codes are
 * about its own registration period. An absence with no reason given is N (not yet known).
 */
export function attendanceCode(facts: MarkFacts, arrangement: Arrangement): string | null {
  switch (facts.mark) {
    case "PRESENT":
    case "LATE":
      return arrangement === "LOCAL_AUTHORITY" ? "K" : "B";
    case "ABSENT":
      return ABSENCE_CODE[facts.absenceReason ?? "NOT_KNOWN"];
    case "NOT_EXPECTED":
      return null;
  }
}

export interface AttendanceFigures {
  /** Sessions the student could have attended. */
  possible: number;
  /** Sessions attended, on time or late. */
  attended: number;
  /** Attended ÷ possible, as a percentage to one decimal place; null with no possible session. */
  percentage: number | null;
  /** Missed 10% or more of possible sessions (the DfE definition). */
  persistentlyAbsent: boolean;
}

/** Counts a student's (or a placement's, or a provider's) marks into attendance figures. */
export function attendanceFigures(marks: readonly MarkFacts[]): AttendanceFigures {
  let possible = 0;
  let attended = 0;
  for (const facts of marks) {
    if (!countsAsPossible(facts)) {
      continue;
    }
    possible += 1;
    if (facts.mark === "PRESENT" || facts.mark === "LATE") {
      attended += 1;
    }
  }
  return figuresFrom(possible, attended);
}

/** Marks of one kind counted together, as a grouped database query returns them. */
export interface MarkCount extends MarkFacts {
  count: number;
}

/**
 * `attendanceFigures` over marks already counted by kind (a provider's year is thousands of
 * marks but a dozen kinds), by the same rule of what is possible and what is attended.
 */
export function attendanceFromCounts(groups: readonly MarkCount[]): AttendanceFigures {
  let possible = 0;
  let attended = 0;
  for (const { count, ...facts } of groups) {
    if (!countsAsPossible(facts)) {
      continue;
    }
    possible += count;
    if (facts.mark === "PRESENT" || facts.mark === "LATE") {
      attended += count;
    }
  }
  return figuresFrom(possible, attended);
}

/**
 * Several students' or placements' figures together (a provider's, say): their sessions
 * summed, so a student with many sessions weighs more than one with few, as in the DfE's
 * figures for a school.
 */
export function combinedFigures(parts: readonly AttendanceFigures[]): AttendanceFigures {
  const possible = parts.reduce((sum, part) => sum + part.possible, 0);
  const attended = parts.reduce((sum, part) => sum + part.attended, 0);
  return figuresFrom(possible, attended);
}

function figuresFrom(possible: number, attended: number): AttendanceFigures {
  if (possible === 0) {
    return { possible, attended, percentage: null, persistentlyAbsent: false };
  }
  // Compared in whole sessions, not rounded percentages, so 89.95% is not read as 90%.
  const persistentlyAbsent = (possible - attended) * 10 >= possible;
  const percentage = Math.round((attended / possible) * 1000) / 10;
  return { possible, attended, percentage, persistentlyAbsent };
}

function countsAsPossible({ mark, absenceReason }: MarkFacts): boolean {
  if (mark === "NOT_EXPECTED") {
    return false;
  }
  return !(mark === "ABSENT" && absenceReason && NOT_POSSIBLE_REASONS.includes(absenceReason));
}
