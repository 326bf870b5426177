import type { RiskLevel, Weekday } from "@/server/db/generated/enums";
import { WEEKDAY_LABEL } from "@/lib/schemas/common";
import { between, chance, pick, type SeedContext, weighted } from "./context";
import type { StudentRow } from "./rows";

/**
 * The free text a school and a provider would write. Sentences are generic on purpose:
 * they never name the child, so they read the same whoever the seed attaches them to.
 */

const REASONS = [
  (ctx: SeedContext) =>
    `Attendance has fallen to ${between(ctx, 48, 82)}% this year and the student is ` +
    "disengaged from most lessons.",
  () =>
    "Several suspensions this year for persistent disruption; at risk of permanent " + "exclusion.",
  () =>
    "Struggles in large classes and has started refusing some lessons, but responds well " +
    "to practical, hands-on work.",
  (_ctx: SeedContext, subject: string) =>
    `Keen on a future in ${subject.toLowerCase()}; a vocational day would keep the student ` +
    "motivated through Key Stage 4.",
  () =>
    "Anxiety about the main school building has led to a part-time timetable; the family " +
    "support a smaller setting for part of the week.",
  () =>
    "Joined the school on a managed move and needs a fresh start alongside the core " +
    "timetable.",
  () => "High behaviour points in classroom lessons, yet calm and focused in practical subjects.",
] as const;

const SEN_NEEDS = {
  NONE: [
    "No identified special educational needs. Works best with clear routines and praise.",
    "No identified special educational needs. Needs firm, consistent boundaries.",
  ],
  SEN_SUPPORT: [
    "SEN support for literacy: reading age about 10. Break instructions into short steps.",
    "SEN support for social, emotional and mental health needs; a named adult to check in with.",
    "SEN support for ADHD traits: movement breaks help, as does sitting near the front.",
  ],
  EHC_PLAN: [
    "EHC plan for autism: needs warning of any change and a quiet space to take breaks.",
    "EHC plan for speech, language and communication needs; check understanding of instructions.",
    "EHC plan for moderate learning difficulties; needs adapted written materials.",
  ],
} as const;

export function reasonsText(ctx: SeedContext, subject: string): string {
  return pick(ctx, REASONS)(ctx, subject);
}

export function needsText(ctx: SeedContext, student: StudentRow): string {
  const parts: string[] = [pick(ctx, SEN_NEEDS[student.senStatus ?? "NONE"])];
  if (student.lookedAfter) {
    parts.push("Looked after: the virtual school is involved and the PEP is reviewed each term.");
  }
  if (student.childProtectionPlan) {
    parts.push("On a child protection plan; the school DSL will share what the provider needs.");
  }
  if (student.childInNeedPlan) {
    parts.push("Has a child in need plan; the family support worker is the first contact.");
  }
  return parts.join(" ");
}

export function riskLevelFor(ctx: SeedContext, student: StudentRow): RiskLevel {
  const raised = student.childProtectionPlan || student.lookedAfter;
  return weighted(ctx, [
    ["LOW", raised ? 25 : 50],
    ["MEDIUM", 38],
    ["HIGH", raised ? 30 : 12],
  ] as const);
}

const RISKS: Record<RiskLevel, readonly string[]> = {
  LOW: [
    "Low risk. No violence recorded; occasionally late. Usual supervision is enough.",
    "Low risk. Can be withdrawn when anxious; let the student sit out and rejoin.",
  ],
  MEDIUM: [
    "Medium risk. Verbal outbursts when challenged in front of peers; calms with time out.",
    "Medium risk. Has left lessons without permission; call the school at once if off site.",
    "Medium risk. Vapes and has brought a lighter to school; bag checks agreed with family.",
  ],
  HIGH: [
    "High risk. Linked with older young people of concern for exploitation; keep to agreed " +
      "travel and report any absence within 30 minutes.",
    "High risk. A fight with a peer last term; staggered start and finish, close watch at breaks.",
  ],
};

export function riskAssessmentText(ctx: SeedContext, level: RiskLevel): string {
  return pick(ctx, RISKS[level]);
}

export function interviewText(ctx: SeedContext, subject: string, contact: string) {
  const adult = contact.toLowerCase();
  const attendees = chance(ctx, 0.8)
    ? `Student, ${adult}, course tutor, school AP coordinator`
    : "Student, course tutor, school AP coordinator";
  const notes = pick(ctx, [
    `Quiet at first but talked readily about ${subject.toLowerCase()}. Toured the site and ` +
      "agreed the rules on safety wear and phones.",
    "Asked good questions about the qualification. Agreed travel arrangements and a contact " +
      "for absence.",
    "Nervous about meeting new people; agreed a shorter first week and a named tutor.",
  ]);
  return { attendees, notes };
}

export function acceptedText(days: Weekday[]): string {
  const list = days.map((day) => WEEKDAY_LABEL[day]).join(" and ");
  return `Interview went well and the student is keen to start. Place confirmed for ${list}.`;
}

const DECLINES = {
  NEED: [
    "The course is taught at Level 1 and needs more reading support than this group can give.",
    "The EHC plan asks for one-to-one support the course's staffing cannot provide.",
    "At interview the student said this subject was not for them; another course would suit.",
  ],
  RISK: [
    "The risk assessment shows a conflict with a learner already on the course on those days.",
    "The site is open to the public, so we cannot manage the exploitation risk safely here.",
  ],
} as const;

export function declinedText(ctx: SeedContext, ground: "NEED" | "RISK"): string {
  return pick(ctx, DECLINES[ground]);
}
