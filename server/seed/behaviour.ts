import type { BehaviourSeverity, BehaviourType } from "@/server/db/generated/enums";
import { fromDateOnly, weekdayOf } from "@/lib/schemas/common";
import { type Day, isoOf, momentOn } from "./calendar";
import { between, chance, newId, pick, type SeedContext, weighted } from "./context";
import type { SeedOrganisations } from "./organisations";
import { pickWorker, type SeedPeople } from "./people";
import { sessionDays } from "./registers";
import type {
  AuditRow,
  BehaviourIncidentRow,
  BehaviourIncidentStudentRow,
  PlacementRow,
} from "./rows";

export interface BehaviourRecords {
  incidents: BehaviourIncidentRow[];
  students: BehaviourIncidentStudentRow[];
  audit: AuditRow[];
}

/** Incidents across the collaboration, besides the demo provider's scripted ones. */
const GENERAL_INCIDENTS = 40;

const SEVERITIES: readonly (readonly [BehaviourSeverity, number])[] = [
  ["LOW", 70],
  ["MEDIUM", 22],
  ["HIGH", 8],
];

// What a tutor writes, by type. Other students are named by initials only (ADR 0010).
const STORIES: Record<Exclude<BehaviourType, "OTHER">, readonly string[]> = {
  DISRUPTION: [
    "Talked over the tutor throughout the safety briefing and would not settle to the task.",
    "Played music from a phone in the workshop after being asked three times to stop.",
    "Kept leaving the bench to distract others; the practical had to be paused.",
  ],
  VERBAL_ABUSE: [
    "Swore at the tutor when asked to tidy the tools away at the end of the session.",
    "Shouted abuse at a member of staff who asked them to wear safety glasses.",
  ],
  PHYSICAL_AGGRESSION: [
    "Pushed another student (K.M.) into a bench during an argument over a tool.",
    "Threw a clipboard towards a member of staff; nobody was hurt.",
  ],
  DAMAGE: [
    "Deliberately snapped a set of drill bits and marked a workbench with a blade.",
    "Kicked a door in the corridor, cracking the panel.",
  ],
  ABSCONDING: [
    "Left the site without permission at break and did not come back for the afternoon.",
    "Walked out of the session after a disagreement; found at the bus stop 20 minutes later.",
  ],
  SUBSTANCE_MISUSE: [
    "Smelled strongly of cannabis on arrival and was unable to take part safely.",
    "Found vaping in the toilets; a second vape was handed over from their bag.",
  ],
  BULLYING: [
    "Repeatedly mocked another student (R.T.) about their clothes in front of the group.",
    "Took another student's (D.A.) lunch and refused to give it back; a pattern this week.",
  ],
  DISCRIMINATORY_BEHAVIOUR: [
    "Used a racist term towards another student (S.B.) during the practical.",
    "Made homophobic comments about a member of staff to the group.",
  ],
};

const OTHER_KINDS = ["Spitting", "Misuse of a mobile phone", "Throwing food"] as const;

const LOCATIONS = [
  "Main workshop",
  "Classroom 2",
  "Canteen at lunchtime",
  "Car park at the start of the day",
  "Corridor outside the office",
  "Garage bay",
] as const;

const ACTIONS = [
  "Time out with a member of staff, then back to the session.",
  "Spoke with the student one to one; agreed to apologise.",
  "Restorative conversation between the students involved.",
  "Sent home for the rest of the day after speaking with the parent.",
  "Removed from the practical for the session; written warning given.",
] as const;

const TYPES: readonly (readonly [BehaviourType, number])[] = [
  ["DISRUPTION", 30],
  ["VERBAL_ABUSE", 18],
  ["PHYSICAL_AGGRESSION", 8],
  ["DAMAGE", 8],
  ["ABSCONDING", 8],
  ["SUBSTANCE_MISUSE", 8],
  ["BULLYING", 8],
  ["DISCRIMINATORY_BEHAVIOUR", 5],
  ["OTHER", 7],
];

interface Builder {
  ctx: SeedContext;
  people: SeedPeople;
  placements: PlacementRow[];
  out: BehaviourRecords;
}

/**
 * Incidents on placements' term days before today, mostly low severity, some with two
 * students of one course; and for the demo provider, incidents about the first school's
 * students (one shared with another school's student, and one logged twice and withdrawn).
 */
export function buildBehaviour(
  ctx: SeedContext,
  orgs: SeedOrganisations,
  people: SeedPeople,
  placements: PlacementRow[],
): BehaviourRecords {
  const builder: Builder = {
    ctx,
    people,
    placements,
    out: { incidents: [], students: [], audit: [] },
  };
  const running = placements.filter((placement) => sessionDays(ctx, placement).length > 0);
  for (let n = 0; n < GENERAL_INCIDENTS && running.length > 0; n += 1) {
    const placement = pick(ctx, running);
    const day = pick(ctx, sessionDays(ctx, placement));
    const second = chance(ctx, 0.12) ? partnerOn(builder, placement, day, false) : null;
    addIncident(builder, [placement, ...(second ? [second] : [])], day, {});
  }
  addDemoIncidents(builder, orgs);
  numberIncidents(builder.out);
  return builder.out;
}

function addDemoIncidents(builder: Builder, orgs: SeedOrganisations) {
  const { ctx, placements } = builder;
  const demo = placements.filter(
    (p) =>
      p.providerId === orgs.providers[0]?.id &&
      p.schoolId === orgs.schools[0]?.id &&
      p.status === "ACTIVE" &&
      sessionDays(ctx, p).length > 0,
  );
  if (demo.length === 0) {
    return;
  }
  const days = sessionDays(ctx, demo[0]);
  const recent = days[days.length - 1];
  const shared = partnerOn(builder, demo[0], recent, true);
  addIncident(builder, [demo[0], ...(shared ? [shared] : [])], recent, {
    type: "PHYSICAL_AGGRESSION",
    severity: "HIGH",
  });
  const other = demo[1] ?? demo[0];
  const otherDays = sessionDays(ctx, other);
  const earlier = otherDays[Math.max(0, otherDays.length - 4)];
  const first = addIncident(builder, [other], earlier, { type: "DISRUPTION", severity: "LOW" });
  // The same incident logged twice by mistake; the copy is withdrawn and kept.
  const copy = addIncident(builder, [other], earlier, { ...first, copyOf: first });
  copy.withdrawnAt = new Date((copy.recordedAt as Date).getTime() + 25 * 60_000);
  copy.withdrawnById = copy.recordedById;
  copy.withdrawnReason = "Logged twice by mistake; the other record of this incident stands.";
  const withdrawer = { id: copy.recordedById, organisationId: copy.providerId };
  builder.out.audit.push(
    auditRow(ctx, copy.withdrawnAt, withdrawer, "behaviour.withdraw", copy.id),
  );
}

/**
 * Another student on a placement running that day: on the same course, or (`otherSchool`)
 * at the same provider from another school, so the demo shows a shared incident.
 */
function partnerOn(builder: Builder, placement: PlacementRow, day: Day, otherSchool: boolean) {
  const weekday = weekdayOf(isoOf(day));
  const candidates = builder.placements.filter((p) => {
    const end = (p.endedOn ?? p.plannedEndDate) as Date;
    const sameGroup = otherSchool
      ? p.providerId === placement.providerId && p.schoolId !== placement.schoolId
      : p.courseId === placement.courseId;
    return (
      sameGroup &&
      p.studentId !== placement.studentId &&
      weekday !== null &&
      p.days.includes(weekday) &&
      fromDateOnly(p.startDate as Date) <= isoOf(day) &&
      isoOf(day) <= fromDateOnly(end)
    );
  });
  return candidates.length > 0 ? pick(builder.ctx, candidates) : null;
}

interface Choices {
  type?: BehaviourType;
  severity?: BehaviourSeverity;
  copyOf?: BehaviourIncidentRow;
}

function addIncident(
  builder: Builder,
  involved: PlacementRow[],
  day: Day,
  choices: Choices,
): BehaviourIncidentRow {
  const { ctx, people, out } = builder;
  const [lead] = involved;
  const type = choices.type ?? weighted(ctx, TYPES);
  const occurredAt = choices.copyOf?.occurredAt ?? momentOn(day, between(ctx, 570, 900));
  const recorder = pickWorker(ctx, people, lead.providerId, ["PROVIDER_STAFF", "PROVIDER_DSL"]);
  const recordedAt = new Date((occurredAt as Date).getTime() + between(ctx, 20, 150) * 60_000);
  const row: BehaviourIncidentRow = {
    id: newId(ctx),
    reference: "",
    providerId: lead.providerId,
    occurredAt,
    location: choices.copyOf?.location ?? pick(ctx, LOCATIONS),
    type,
    otherType: type === "OTHER" ? pick(ctx, OTHER_KINDS) : null,
    severity: choices.severity ?? weighted(ctx, SEVERITIES),
    description: choices.copyOf?.description ?? describe(ctx, type),
    actionTaken: choices.copyOf?.actionTaken ?? pick(ctx, ACTIONS),
    parentCarerInformed: chance(ctx, 0.7),
    schoolInformed: chance(ctx, 0.5),
    recordedById: recorder.id,
    recordedAt,
  };
  out.incidents.push(row);
  for (const placement of involved) {
    out.students.push({
      id: newId(ctx),
      incidentId: row.id,
      studentId: placement.studentId,
      placementId: placement.id,
      schoolId: placement.schoolId,
    });
  }
  out.audit.push(auditRow(ctx, recordedAt, recorder, "behaviour.log", row.id));
  return row;
}

function describe(ctx: SeedContext, type: BehaviourType): string {
  return type === "OTHER"
    ? "Behaviour that broke the provider's code of conduct; spoken to at the time."
    : pick(ctx, STORIES[type]);
}

/** References in the order the incidents happened, as the live counter would have given. */
function numberIncidents(out: BehaviourRecords) {
  const order = [...out.incidents].sort(
    (a, b) => (a.recordedAt as Date).getTime() - (b.recordedAt as Date).getTime(),
  );
  order.forEach((row, index) => {
    row.reference = `BEH-${String(index + 1).padStart(6, "0")}`;
  });
}

function auditRow(
  ctx: SeedContext,
  at: Date,
  actor: { id: string; organisationId: string },
  action: string,
  recordId: string,
): AuditRow {
  return {
    id: newId(ctx),
    at,
    actorUserId: actor.id,
    actorOrganisationId: actor.organisationId,
    action,
    recordType: "BehaviourIncident",
    recordId,
  };
}
