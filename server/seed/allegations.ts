import { dateOnly, momentOn, weekdayOnOrBefore } from "./calendar";
import { newId, type SeedContext } from "./context";
import type { SeedOrganisations } from "./organisations";
import type { SeedPeople } from "./people";
import type { AllegationAssessmentRow, AllegationRow, AuditRow, LadoConsultationRow } from "./rows";

export interface AllegationRecords {
  allegations: AllegationRow[];
  assessments: AllegationAssessmentRow[];
  consultations: LadoConsultationRow[];
  audit: AuditRow[];
}

/**
 * Two fictional allegations about adults for the demo: one open, reported by the demo
 * provider's tutor and assessed by the lead; one closed, reported by the quality officer
 * after an observation, with the LADO's advice and an outcome. The adults are invented.
 */
export function buildAllegations(
  ctx: SeedContext,
  orgs: SeedOrganisations,
  people: SeedPeople,
): AllegationRecords {
  const out: AllegationRecords = { allegations: [], assessments: [], consultations: [], audit: [] };
  const byEmail = (email: string) => people.users.find((user) => user.email === email);
  const tutor = byEmail("provider.staff@demo.cap.test");
  const quality = byEmail("quality@demo.cap.test");
  const lead = byEmail("lead@demo.cap.test");
  if (!tutor || !quality || !lead || orgs.providers.length < 2) {
    return out;
  }
  openAllegation(ctx, out, { reporter: tutor, lead, employerId: orgs.providers[0].id });
  closedAllegation(ctx, out, { reporter: quality, lead, employerId: orgs.providers[1].id });
  return out;
}

interface Parties {
  reporter: { id: string; organisationId: string };
  lead: { id: string; organisationId: string };
  employerId: string;
}

function reportRow(
  ctx: SeedContext,
  out: AllegationRecords,
  parties: Parties,
  fields: Omit<AllegationRow, "id" | "reportedById" | "reportedByOrganisationId" | "employerId">,
): AllegationRow {
  const { reporter, employerId } = parties;
  const row: AllegationRow = {
    id: newId(ctx),
    reportedById: reporter.id,
    reportedByOrganisationId: reporter.organisationId,
    employerId,
    ...fields,
  };
  out.allegations.push(row);
  out.audit.push(audit(ctx, row.reportedAt as Date, reporter, "allegation.report", row.id));
  return row;
}

function openAllegation(ctx: SeedContext, out: AllegationRecords, parties: Parties) {
  const day = weekdayOnOrBefore(ctx.today - 2);
  const row = reportRow(ctx, out, parties, {
    reference: "ALG-000002",
    reportedAt: momentOn(day, 15 * 60),
    adultName: "Dorian Fenwick-Hale",
    adultRole: "Minibus driver",
    occurredAt: momentOn(day, 8 * 60 + 40),
    location: "Minibus on the morning pick-up",
    whatHappened:
      "Two learners said the driver shouted at them and stopped the bus, then made one of " +
      "them get off and walk the last half mile alone.",
    childrenInvolved: "Two Year 10 learners on the morning route",
    immediateAction: "Checked both learners were safe and in the building; wrote down their words.",
    whoWasTold: "Centre manager, the same morning",
  });
  const recordedAt = momentOn(day, 17 * 60);
  out.assessments.push({
    id: newId(ctx),
    allegationId: row.id,
    harmedChild: false,
    harmedChildNote: "No injury; the learner was distressed but unhurt.",
    criminalOffence: false,
    criminalOffenceNote: "Nothing suggests an offence at this stage.",
    riskOfHarm: true,
    riskOfHarmNote: "Leaving a child to walk alone on a main road put them at risk.",
    unsuitable: true,
    unsuitableNote: "Judgement with children in his care is in question.",
    recordedById: parties.lead.id,
    recordedAt,
  });
  out.audit.push(audit(ctx, recordedAt, parties.lead, "allegation.thresholds.record", row.id));
}

function closedAllegation(ctx: SeedContext, out: AllegationRecords, parties: Parties) {
  const day = weekdayOnOrBefore(ctx.today - 30);
  const closedOn = weekdayOnOrBefore(ctx.today - 9);
  const row = reportRow(ctx, out, parties, {
    reference: "ALG-000001",
    reportedAt: momentOn(day, 16 * 60),
    adultName: "Perpetua Lindqvist",
    adultRole: "Volunteer mentor",
    occurredAt: momentOn(day, 11 * 60),
    location: "Kitchen, during a quality review observation",
    whatHappened:
      "During the observation the mentor took a learner's phone and scrolled through their " +
      "messages without asking.",
    immediateAction: "Phone returned to the learner; spoke to the provider manager.",
    whoWasTold: "Provider manager",
    status: "CLOSED",
    outcome: "UNFOUNDED",
    outcomeOn: dateOnly(closedOn),
    outcomeRationale:
      "The learner had asked the mentor to find a message from their college; the learner " +
      "and a second adult confirmed it. Advice on phones given to the provider.",
    outcomeRecordedById: parties.lead.id,
    closedAt: momentOn(closedOn, 14 * 60),
  });
  const consultedAt = momentOn(day + 1, 10 * 60);
  out.consultations.push({
    id: newId(ctx),
    allegationId: row.id,
    consultedOn: dateOnly(day + 1),
    ladoName: "LADO duty officer",
    reference: "LADO-DEMO-0417",
    advice: "Below the harm threshold on what is known; the provider to establish the facts.",
    recordedById: parties.lead.id,
    recordedAt: consultedAt,
  });
  out.audit.push(audit(ctx, consultedAt, parties.lead, "allegation.ladoContact.record", row.id));
  out.audit.push(
    audit(ctx, row.closedAt as Date, parties.lead, "allegation.outcome.record", row.id),
  );
}

function audit(
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
    recordType: "Allegation",
    recordId,
  };
}
