import { randomInt } from "node:crypto";
import bcrypt from "bcryptjs";
import { effectiveRoles, ROLE_ORGANISATION, type Actor, type Role } from "@/server/auth/roles";
import type {
  Course,
  Organisation,
  OrganisationKind,
  Placement,
  Prisma,
  PrismaClient,
  Student,
  User,
} from "@/server/db/generated/client";

// Factories for integration tests: each call writes one new row with unique identifiers,
// so a test creates exactly the data it reads and never depends on another test's rows.

export const TEST_PASSWORD = "test-password-2026";
// The lowest bcrypt cost: hashing at production cost would dominate test time.
const TEST_PASSWORD_HASH = bcrypt.hashSync(TEST_PASSWORD, 4);

let sequence = 0;
const usedDigits = new Set<string>();

function next(): number {
  sequence += 1;
  return sequence;
}

function uniqueDigits(length: number): string {
  for (;;) {
    const value = String(randomInt(10 ** (length - 1), 10 ** length));
    if (!usedDigits.has(value)) {
      usedDigits.add(value);
      return value;
    }
  }
}

type OrganisationOverrides = Partial<Prisma.OrganisationUncheckedCreateInput>;

export async function makeOrganisation(
  db: PrismaClient,
  overrides: OrganisationOverrides = {},
): Promise<Organisation> {
  const kind: OrganisationKind = overrides.kind ?? "SCHOOL";
  const n = next();
  return db.organisation.create({
    data: {
      kind,
      name: `Test ${kind.toLowerCase()} ${n}`,
      urn: kind === "SCHOOL" ? uniqueDigits(6) : null,
      ukprn: kind === "PROVIDER" ? `1${uniqueDigits(7)}` : null,
      email: `org-${n}@example.test`,
      ...overrides,
    },
  });
}

export interface TestUser extends User {
  organisation: Organisation;
  /** The user as services see them once signed in; pass it to `callerFor`. */
  actor: Actor;
}

interface UserOptions extends Partial<Omit<Prisma.UserUncheckedCreateInput, "roles">> {
  roles: Role[];
  /** Defaults to a new organisation of the kind the first role belongs to. */
  organisation?: Organisation;
}

export async function makeUser(db: PrismaClient, options: UserOptions): Promise<TestUser> {
  const { roles, organisation: given, ...overrides } = options;
  const organisation =
    given ?? (await makeOrganisation(db, { kind: ROLE_ORGANISATION[roles[0] ?? "SCHOOL_STAFF"] }));

  const n = next();
  const user = await db.user.create({
    data: {
      email: `user-${n}-${uniqueDigits(6)}@example.test`,
      name: `Test User ${n}`,
      passwordHash: TEST_PASSWORD_HASH,
      roles,
      organisationId: organisation.id,
      ...overrides,
    },
  });

  const actor: Actor = {
    userId: user.id,
    organisationId: organisation.id,
    organisationKind: organisation.kind,
    roles: effectiveRoles(organisation.kind, user.roles),
  };
  return { ...user, organisation, actor };
}

interface StudentOptions extends Partial<Prisma.StudentUncheckedCreateInput> {
  /** Defaults to a new school. */
  homeSchool?: Organisation;
}

export async function makeStudent(
  db: PrismaClient,
  options: StudentOptions = {},
): Promise<Student> {
  const { homeSchool: given, ...overrides } = options;
  const homeSchoolId =
    overrides.homeSchoolId ?? (given ?? (await makeOrganisation(db, { kind: "SCHOOL" }))).id;

  const n = next();
  return db.student.create({
    data: {
      upn: `T${uniqueDigits(12)}`,
      legalFirstName: "Test",
      legalLastName: `Student ${n}`,
      dateOfBirth: new Date(Date.UTC(2011, 8, 1)),
      yearGroup: 9,
      ...overrides,
      homeSchoolId,
    },
  });
}

interface CourseOptions extends Partial<Prisma.CourseUncheckedCreateInput> {
  /** Defaults to a new provider. */
  provider?: Organisation;
}

export async function makeCourse(db: PrismaClient, options: CourseOptions = {}): Promise<Course> {
  const { provider: given, ...overrides } = options;
  const providerId =
    overrides.providerId ?? (given ?? (await makeOrganisation(db, { kind: "PROVIDER" }))).id;

  const n = next();
  return db.course.create({
    data: {
      title: `Test course ${n}`,
      subject: "Construction",
      qualification: "Certificate",
      level: "Entry 3",
      daysOffered: ["MONDAY", "WEDNESDAY"],
      places: 10,
      minAge: 14,
      maxAge: 16,
      location: "Test site",
      ...overrides,
      providerId,
    },
  });
}

interface PlacementOptions extends Partial<Prisma.PlacementUncheckedCreateInput> {
  student: Student;
  course: Course;
}

/** A placed referral and its placement: the student on the course, on the course's days. */
export async function makePlacement(db: PrismaClient, options: PlacementOptions) {
  const { student, course, ...overrides } = options;
  const days = overrides.days ?? course.daysOffered;
  const startDate = overrides.startDate ?? new Date(Date.UTC(2026, 8, 7));
  const referral = await db.referral.create({
    data: {
      reference: `REF-T${uniqueDigits(8)}`,
      studentId: student.id,
      courseId: course.id,
      schoolId: student.homeSchoolId,
      providerId: course.providerId,
      requestedDays: days as never,
      requestedStartDate: startDate,
      reasons: "Test reasons",
      needs: "Test needs",
      riskLevel: "LOW",
      riskAssessment: "Test risk assessment",
      status: "PLACED",
      createdById: "test",
    },
  });
  return db.placement.create({
    data: {
      studentId: student.id,
      courseId: course.id,
      schoolId: student.homeSchoolId,
      providerId: course.providerId,
      plannedEndDate: new Date(Date.UTC(2027, 6, 16)),
      createdById: "test",
      ...overrides,
      days,
      startDate,
      referralId: referral.id,
    },
  });
}

interface IncidentOptions extends Partial<Prisma.BehaviourIncidentUncheckedCreateInput> {
  /** The placements of the students involved; all at the incident's provider. */
  placements: Placement[];
  recordedBy: User;
  occurredAt: Date;
}

/** A behaviour incident logged by a provider, involving one or more of its placed students. */
export async function makeIncident(db: PrismaClient, options: IncidentOptions) {
  const { placements, recordedBy, occurredAt, ...overrides } = options;
  return db.behaviourIncident.create({
    data: {
      reference: `BEH-T${uniqueDigits(8)}`,
      providerId: placements[0].providerId,
      occurredAt,
      location: "Workshop",
      type: "DISRUPTION",
      severity: "LOW",
      description: "Test incident",
      actionTaken: "Spoke with the student",
      parentCarerInformed: true,
      schoolInformed: true,
      recordedById: recordedBy.id,
      ...overrides,
      students: {
        create: placements.map((placement) => ({
          studentId: placement.studentId,
          placementId: placement.id,
          schoolId: placement.schoolId,
        })),
      },
    },
  });
}

interface TargetOptions {
  dueOn: string;
  status?: Prisma.MeetingTargetCreateWithoutMeetingInput["status"];
  description?: string;
}

interface MeetingOptions extends Partial<
  Omit<Prisma.StudentMeetingUncheckedCreateInput, "targets">
> {
  placement: Placement;
  recordedBy: User & { organisationId: string };
  /** `YYYY-MM-DD`, or null for a meeting with no review date. */
  review: string | null;
  targets?: TargetOptions[];
}

/** A student meeting about one placement, with its targets. */
export async function makeMeeting(db: PrismaClient, options: MeetingOptions) {
  const { placement, recordedBy, review, targets = [], ...overrides } = options;
  return db.studentMeeting.create({
    data: {
      reference: `MTG-T${uniqueDigits(8)}`,
      studentId: placement.studentId,
      placementId: placement.id,
      providerId: placement.providerId,
      schoolId: placement.schoolId,
      heldAt: new Date(),
      type: "ATTENDANCE",
      discussion: "Test discussion",
      studentView: "Test view",
      outcome: review ? "REVIEW" : "CONTINUE",
      reviewOn: review ? new Date(`${review}T00:00:00Z`) : null,
      recordedById: recordedBy.id,
      recordedByOrganisationId: recordedBy.organisationId,
      ...overrides,
      targets: {
        create: targets.map((target, index) => ({
          description: target.description ?? `Test target ${index + 1}`,
          ownerName: "Test owner",
          ownerParty: "STUDENT" as const,
          dueOn: new Date(`${target.dueOn}T00:00:00Z`),
          status: target.status ?? "OPEN",
        })),
      },
    },
    include: { targets: true },
  });
}
