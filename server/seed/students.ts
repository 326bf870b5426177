import { type Day, dateOnly, dayOf, isoOf, weekdayOnOrBefore } from "./calendar";
import { between, chance, newId, pick, type SeedContext, timeOn, weighted } from "./context";
import { BOYS_NAMES, GIRLS_NAMES, SHORT_NAMES } from "./names";
import type { SeedOrganisations } from "./organisations";
import { personName, pickWorker, type SeedPeople, uniqueEmail } from "./people";
import type { ContactRow, OrganisationRow, ReferralRow, StudentRow } from "./rows";
import { DEMO_SCHOOL_STORIES } from "./stories";
import { createUpnAllocator } from "./upn";

export interface SeedStudent {
  row: StudentRow;
  contacts: ContactRow[];
  school: OrganisationRow;
  schoolIndex: number;
  /** Position on the school's roll, so the demo school's first pupils get scripted stories. */
  rosterIndex: number;
  dateOfBirth: Day;
}

/** The demo school has a larger roll so every status shows up there. */
const DEMO_SCHOOL_ROLL = 24;

type NewStudent = (
  school: OrganisationRow,
  schoolIndex: number,
  rosterIndex: number,
) => SeedStudent;

export function buildStudents(
  ctx: SeedContext,
  orgs: SeedOrganisations,
  total: number,
): SeedStudent[] {
  const upn = createUpnAllocator(ctx);
  const contactEmails = new Set<string>();
  const make: NewStudent = (school, schoolIndex, rosterIndex) => {
    const scripted = schoolIndex === 0 && rosterIndex < DEMO_SCHOOL_STORIES.length;
    const student = studentRow(ctx, school, scripted, upn);
    return { ...student, contacts: [], school, schoolIndex, rosterIndex };
  };
  const sizes = rollSizes(ctx, orgs.schools.length, total);
  const students = orgs.schools.flatMap((school, schoolIndex) =>
    Array.from({ length: sizes[schoolIndex] }, (_, rosterIndex) =>
      make(school, schoolIndex, rosterIndex),
    ),
  );
  assignWelfare(
    ctx,
    students.map((student) => student.row),
  );
  for (const student of students) {
    student.contacts = contactRows(ctx, student.row, contactEmails);
  }
  return students;
}

/** Shares `total` pupils between schools: the demo school first, the rest uneven. */
function rollSizes(ctx: SeedContext, schools: number, total: number): number[] {
  const first = Math.min(total, DEMO_SCHOOL_ROLL);
  const rest = total - first;
  const share = Math.floor(rest / (schools - 1));
  const sizes = Array.from({ length: schools - 1 }, (_, index) =>
    index < rest - share * (schools - 1) ? share + 1 : share,
  );
  for (let move = 0; move < schools * 2; move += 1) {
    const from = between(ctx, 0, sizes.length - 1);
    const to = between(ctx, 0, sizes.length - 1);
    const amount = Math.min(between(ctx, 1, 4), Math.max(0, sizes[from] - 6));
    sizes[from] -= amount;
    sizes[to] += amount;
  }
  return [first, ...sizes];
}

function studentRow(
  ctx: SeedContext,
  school: OrganisationRow,
  scripted: boolean,
  upn: (receptionYear: number) => string,
): { row: StudentRow; dateOfBirth: Day } {
  // Scripted demo pupils are in Years 10–11 so every course's age range fits them.
  const yearGroup = scripted ? between(ctx, 10, 11) : weighted(ctx, YEAR_GROUPS);
  const startYear = Number(isoOf(ctx.termStart).slice(0, 4));
  const dateOfBirth = birthday(ctx, startYear, yearGroup);
  // Students in alternative provision are more often boys.
  const { first, last, sex } = personName(ctx, chance(ctx, 0.62) ? "male" : "female");
  const row: StudentRow = {
    id: newId(ctx),
    upn: upn(startYear - yearGroup),
    legalFirstName: first,
    legalLastName: last,
    preferredName: preferredName(ctx, first, sex),
    dateOfBirth: dateOnly(dateOfBirth),
    yearGroup,
    homeSchoolId: school.id,
  };
  return { row, dateOfBirth };
}

const YEAR_GROUPS = [
  [9, 20],
  [10, 38],
  [11, 42],
] as const;

/** Year N in the year starting September Y: born 1 September Y-N-5 to 31 August Y-N-4. */
function birthday(ctx: SeedContext, startYear: number, yearGroup: number): Day {
  const first = dayOf(`${startYear - yearGroup - 5}-09-01`);
  const last = dayOf(`${startYear - yearGroup - 4}-08-31`);
  return between(ctx, first, last);
}

function preferredName(ctx: SeedContext, first: string, sex: "male" | "female") {
  if (!chance(ctx, 0.15)) {
    return null;
  }
  // Known by a short form, or else by a middle name.
  return SHORT_NAMES[first] ?? pick(ctx, sex === "male" ? BOYS_NAMES : GIRLS_NAMES);
}

// Shares of the students, drawn as exact quotas so the demo always shows the same mix.
const SEN_SUPPORT_SHARE = 0.2;
const EHC_PLAN_SHARE = 0.05;
const LOOKED_AFTER_SHARE = 0.08;
const PROTECTION_PLAN_SHARE = 0.06;
const IN_NEED_PLAN_SHARE = 0.1;

/**
 * SEN status and welfare flags, each given to a fixed share of randomly chosen students.
 * A looked-after child has a care plan instead of a CP or CIN plan, and a CP plan
 * supersedes a CIN plan, so those three never overlap.
 */
function assignWelfare(ctx: SeedContext, rows: StudentRow[]) {
  const count = (share: number) => Math.round(rows.length * share);
  const bySen = ctx.faker.helpers.shuffle(rows);
  bySen.forEach((row, index) => {
    const ehc = index < count(EHC_PLAN_SHARE);
    const support = !ehc && index < count(EHC_PLAN_SHARE + SEN_SUPPORT_SHARE);
    row.senStatus = ehc ? "EHC_PLAN" : support ? "SEN_SUPPORT" : "NONE";
  });
  const byWelfare = ctx.faker.helpers.shuffle(rows);
  const inNeedFrom = count(LOOKED_AFTER_SHARE + PROTECTION_PLAN_SHARE);
  byWelfare.forEach((row, index) => {
    row.lookedAfter = index < count(LOOKED_AFTER_SHARE);
    row.childProtectionPlan = !row.lookedAfter && index < inNeedFrom;
    row.childInNeedPlan = index >= inNeedFrom && index < inNeedFrom + count(IN_NEED_PLAN_SHARE);
  });
}

const FIRST_CONTACT = [
  ["Mother", 60],
  ["Father", 20],
  ["Grandmother", 8],
  ["Stepfather", 4],
  ["Aunt", 4],
  ["Grandfather", 4],
] as const;
const SECOND_CONTACT = [
  ["Father", 45],
  ["Mother", 15],
  ["Stepmother", 8],
  ["Stepfather", 8],
  ["Grandmother", 16],
  ["Grandfather", 8],
] as const;
const MALE_RELATIONSHIPS = new Set(["Father", "Stepfather", "Grandfather"]);
const WITH_RESPONSIBILITY = new Set(["Mother", "Father"]);

function contactRows(ctx: SeedContext, student: StudentRow, emails: Set<string>): ContactRow[] {
  const count = chance(ctx, 0.6) ? 1 : 2;
  return Array.from({ length: count }, (_, index) => {
    const carer = student.lookedAfter && index === 0;
    const relationship = carer
      ? "Foster carer"
      : weighted(ctx, index === 0 ? FIRST_CONTACT : SECOND_CONTACT);
    return contactRow(ctx, student, relationship, emails);
  });
}

function contactRow(
  ctx: SeedContext,
  student: StudentRow,
  relationship: string,
  emails: Set<string>,
): ContactRow {
  const sex = MALE_RELATIONSHIPS.has(relationship) ? "male" : "female";
  const { first, last: otherSurname } = personName(ctx, sex);
  const sameFamily = relationship !== "Foster carer" && chance(ctx, 0.8);
  const last = sameFamily ? student.legalLastName : otherSurname;
  // 07700 900000–900999 is kept by Ofcom for drama, so no real phone is ever rung.
  const phone = `07700 900${String(between(ctx, 0, 999)).padStart(3, "0")}`;
  return {
    id: newId(ctx),
    studentId: student.id,
    name: `${first} ${last}`,
    relationship,
    phone,
    email: chance(ctx, 0.8) ? uniqueEmail(emails, `${first}.${last}`, "example.com") : null,
    hasParentalResponsibility: WITH_RESPONSIBILITY.has(relationship),
  };
}

/**
 * A student is recorded when their school first refers them, so the row takes that
 * referral's author and a moment just before it; a pupil never referred was added by a
 * member of staff at some point this year.
 */
export function stampStudents(
  ctx: SeedContext,
  students: SeedStudent[],
  referrals: ReferralRow[],
  people: SeedPeople,
) {
  const firstReferral = new Map<string, ReferralRow>();
  for (const referral of referrals) {
    const known = firstReferral.get(referral.studentId);
    if (!known || referral.createdAt < known.createdAt) {
      firstReferral.set(referral.studentId, referral);
    }
  }
  for (const { row, school } of students) {
    const referral = firstReferral.get(row.id);
    if (referral) {
      row.createdAt = new Date(referral.createdAt.getTime() - 2 * 60_000);
      row.createdById = referral.createdById;
      continue;
    }
    const day = weekdayOnOrBefore(between(ctx, ctx.termStart, ctx.today - 1));
    row.createdAt = timeOn(ctx, day, 0);
    row.createdById = pickWorker(ctx, people, school.id, ["SCHOOL_STAFF"]).id;
  }
}
