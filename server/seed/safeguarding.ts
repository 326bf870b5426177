import { momentOn, weekdayOnOrBefore, type Day } from "./calendar";
import { newId, type SeedContext } from "./context";
import type { SeedOrganisations } from "./organisations";
import type { SeedPeople } from "./people";
import type { ReferralRecords } from "./referrals";
import type {
  AuditRow,
  ConcernDecisionRow,
  ConcernEntryRow,
  ConcernRow,
  SafeguardingContactRow,
  SchoolDslAlertRow,
} from "./rows";

export interface SafeguardingRecords {
  contacts: SafeguardingContactRow[];
  concerns: ConcernRow[];
  entries: ConcernEntryRow[];
  decisions: ConcernDecisionRow[];
  alerts: SchoolDslAlertRow[];
  audit: AuditRow[];
}

// Local numbers are from Ofcom's drama range (01632 960xxx), so no real line is dialled from
// a demo; the two national helplines are the public ones every school displays.
const HELPLINES = [
  ["Multi-Agency Safeguarding Hub (MASH)", "Referrals about a child at risk", "01632 960100"],
  ["Emergency duty team", "Children's social care out of hours", "01632 960101"],
  ["Local authority designated officer (LADO)", "Allegations about adults", "01632 960102"],
  ["Prevent team", "Advice before a Prevent referral", "01632 960103"],
  ["NSPCC helpline", "Advice for adults worried about a child", "0808 800 5000"],
  ["Childline", "For children and young people, any time", "0800 1111"],
] as const;

/**
 * The directory, and three concerns raised by the demo provider's tutor about demo-school
 * students placed with it, one at each stage: awaiting the provider DSL, alerted and
 * monitored with the school's alert still unread, and decided and in the service's hands.
 */
export function buildSafeguarding(
  ctx: SeedContext,
  orgs: SeedOrganisations,
  people: SeedPeople,
  records: ReferralRecords,
): SafeguardingRecords {
  const out: SafeguardingRecords = {
    contacts: buildContacts(ctx, people),
    concerns: [],
    entries: [],
    decisions: [],
    alerts: [],
    audit: [],
  };
  const cast = demoCast(orgs, people);
  const placed = records.placements.filter(
    (p) => p.providerId === cast.provider && p.schoolId === cast.school && p.status === "ACTIVE",
  );
  STORIES.slice(0, placed.length).forEach((story, index) => {
    story(ctx, out, cast, { studentId: placed[index].studentId, index });
  });
  return out;
}

function buildContacts(ctx: SeedContext, people: SeedPeople): SafeguardingContactRow[] {
  const lead = people.users.find((user) => user.roles.includes("SERVICE_LEAD"));
  const dsls = people.users.filter(
    (user) => user.roles.includes("SERVICE_DSL") && user.organisationId === lead?.organisationId,
  );
  const updatedById = lead?.id ?? "seed";
  const serviceDsls = dsls.map((user, index) => ({
    id: newId(ctx),
    kind: "SERVICE_DSL" as const,
    name: user.name,
    description: index === 0 ? "Service designated safeguarding lead" : "Deputy DSL",
    phone: `01632 9601${String(10 + index).padStart(2, "0")}`,
    email: user.email,
    availability: "Monday to Friday, 8.30am to 5pm",
    sortOrder: index,
    updatedById,
  }));
  const helplines = HELPLINES.map(([name, description, phone], index) => ({
    id: newId(ctx),
    kind: "HELPLINE" as const,
    name,
    description,
    phone,
    sortOrder: index,
    updatedById,
  }));
  return [...serviceDsls, ...helplines];
}

interface Cast {
  school: string;
  provider: string;
  tutor: string;
  providerDsl: string;
  schoolDsl: string;
  serviceDsl: string;
}

function demoCast(orgs: SeedOrganisations, people: SeedPeople): Cast {
  const byEmail = (email: string) => people.users.find((user) => user.email === email)?.id ?? "";
  return {
    school: orgs.schools[0].id,
    provider: orgs.providers[0].id,
    tutor: byEmail("provider.staff@demo.cap.test"),
    providerDsl: byEmail("provider.dsl@demo.cap.test"),
    schoolDsl: byEmail("school.dsl@demo.cap.test"),
    serviceDsl: byEmail("service.dsl@demo.cap.test"),
  };
}

type Story = (
  ctx: SeedContext,
  out: SafeguardingRecords,
  cast: Cast,
  about: { studentId: string; index: number },
) => void;

/** A concern raised `daysAgo` working days back at 10:30 UTC, with its audit row. */
function raise(ctx: SeedContext, out: SafeguardingRecords, cast: Cast, fields: RaiseFields) {
  const { daysAgo, studentId, index, ...text } = fields;
  const day: Day = weekdayOnOrBefore(ctx.today - daysAgo);
  const raisedAt = momentOn(day, 10 * 60 + 30);
  const concern: ConcernRow = {
    id: newId(ctx),
    reference: `CON-${String(index + 1).padStart(6, "0")}`,
    studentId,
    schoolId: cast.school,
    raisedById: cast.tutor,
    raisedByOrganisationId: cast.provider,
    raisedAt,
    occurredAt: momentOn(day, 9 * 60 + 45),
    ...text,
    raisedRiskLevel: text.riskLevel,
  };
  out.concerns.push(concern);
  out.audit.push(auditRow(ctx, raisedAt, cast.tutor, cast.provider, "concern.raise", concern.id));
  return { concern, day };
}

type RaiseFields = Omit<
  ConcernRow,
  | "id"
  | "reference"
  | "schoolId"
  | "raisedById"
  | "raisedByOrganisationId"
  | "raisedAt"
  | "occurredAt"
> & { daysAgo: number; index: number };

function auditRow(
  ctx: SeedContext,
  at: Date,
  actorUserId: string,
  actorOrganisationId: string,
  action: string,
  recordId: string,
): AuditRow {
  return {
    id: newId(ctx),
    at,
    actorUserId,
    actorOrganisationId,
    action,
    recordType: "Concern",
    recordId,
  };
}

const STORIES: Story[] = [
  (ctx, out, cast, about) => {
    raise(ctx, out, cast, {
      ...about,
      daysAgo: 1,
      location: "Workshop, morning break",
      categories: ["CHILD_CRIMINAL_EXPLOITATION", "COUNTY_LINES"],
      whatWasSeenOrHeard:
        "Has a second phone that rings through the session; was collected at lunch by two " +
        "older young people in a car the tutor did not recognise.",
      disclosure: "I have to go when they ring. It's fine, they look after me.",
      immediateAction: "Kept the student on site for the afternoon and told the provider DSL.",
      whoWasTold: "Provider DSL, in person",
      riskLevel: "HIGH",
      status: "AWAITING_DECISION",
    });
  },
  (ctx, out, cast, about) => {
    const { concern, day } = raise(ctx, out, cast, {
      ...about,
      daysAgo: 3,
      location: "Classroom 2",
      categories: ["MENTAL_HEALTH", "SELF_HARM"],
      whatWasSeenOrHeard: "Fresh marks on the forearm seen while rolling up sleeves for practical.",
      immediateAction: "First aid checked the marks; student spoke with the provider DSL.",
      whoWasTold: "Provider DSL and first aider",
      riskLevel: "MEDIUM",
      status: "DECIDED",
    });
    const alertedAt = momentOn(day, 13 * 60);
    out.alerts.push({
      id: newId(ctx),
      concernId: concern.id,
      alertedAt,
      method: "PHONE",
      alertedWhom: "School DSL",
      recordedById: cast.providerDsl,
      recordedAt: alertedAt,
    });
    out.decisions.push({
      id: newId(ctx),
      concernId: concern.id,
      outcome: "MONITOR",
      rationale: "Known to CAMHS; parent aware. Daily check-in and review with the school DSL.",
      reviewDate: momentOn(ctx.today + 7, 0),
      decidedById: cast.providerDsl,
      decidedAt: momentOn(day, 14 * 60),
    });
  },
  (ctx, out, cast, about) => {
    const { concern, day } = raise(ctx, out, cast, {
      ...about,
      daysAgo: 8,
      location: "Online, reported by the student",
      categories: ["ONLINE_SAFETY"],
      whatWasSeenOrHeard: "Student showed messages from an unknown adult asking for photos.",
      immediateAction: "Screenshots kept by the DSL; student advised not to reply.",
      whoWasTold: "Provider DSL",
      riskLevel: "HIGH",
      status: "DECIDED",
    });
    // The service DSL took it the same afternoon, once the MASH referral was made.
    Object.assign(concern, { assignedToId: cast.serviceDsl, assignedAt: momentOn(day, 16 * 60) });
    out.entries.push({
      id: newId(ctx),
      concernId: concern.id,
      kind: "ACTION",
      text: "Parent informed by phone; agreed to report the account to the platform.",
      authorId: cast.providerDsl,
      authorOrganisationId: cast.provider,
      createdAt: momentOn(day, 15 * 60),
    });
    out.alerts.push({
      id: newId(ctx),
      concernId: concern.id,
      alertedAt: momentOn(day, 11 * 60),
      method: "SECURE_MESSAGE",
      alertedWhom: "School DSL",
      recordedById: cast.providerDsl,
      recordedAt: momentOn(day, 11 * 60),
      readAt: momentOn(day, 12 * 60),
      readById: cast.schoolDsl,
    });
    out.decisions.push({
      id: newId(ctx),
      concernId: concern.id,
      outcome: "MASH_REFERRAL",
      rationale: "An adult seeking images of a child: threshold for a MASH referral is met.",
      referredOn: momentOn(day, 0),
      reference: "MASH-DEMO-0001",
      referralOutcome: "Passed to the police online child abuse team",
      decidedById: cast.providerDsl,
      decidedAt: momentOn(day, 14 * 60),
    });
  },
];
