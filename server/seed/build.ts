import { buildAuditTrail, buildNotifications } from "./activity";
import { buildAllegations, type AllegationRecords } from "./allegations";
import { buildBehaviour, type BehaviourRecords } from "./behaviour";
import type { SeedContext } from "./context";
import { buildMeetings, type MeetingRecords } from "./meetings";
import { buildOrganisations, type SeedOrganisations } from "./organisations";
import { buildPeople, type SeedPeople } from "./people";
import { buildQualityActions, type QualityActionRecords } from "./quality-actions";
import { buildStaffPolicies, type StaffPolicyRecords } from "./quality-staff-policies";
import { buildTermly, type TermlyRecords } from "./quality-termly";
import { buildReferrals, type ReferralRecords } from "./referrals";
import { buildRegisters } from "./registers";
import { buildRequests, type RequestRecords } from "./requests";
import type { AuditRow, NotificationRow, RegisterMarkRow } from "./rows";
import { buildSafeguarding, type SafeguardingRecords } from "./safeguarding";
import { buildStudents, type SeedStudent, stampStudents } from "./students";
import { buildSurveysCourses, type SurveysCoursesRecords } from "./quality-surveys-courses";

/** Every row of the demo collaboration, built in memory before anything is written. */
export interface SeedData {
  orgs: SeedOrganisations;
  people: SeedPeople;
  students: SeedStudent[];
  records: ReferralRecords;
  notifications: NotificationRow[];
  audit: AuditRow[];
  safeguarding: SafeguardingRecords;
  allegations: AllegationRecords;
  registerMarks: RegisterMarkRow[];
  behaviour: BehaviourRecords;
  meetings: MeetingRecords;
  qualityActions: QualityActionRecords | null;
  staffPolicies: StaffPolicyRecords;
  requests: RequestRecords;
  surveysCourses: SurveysCoursesRecords;
  termly: TermlyRecords;
}

export function buildSeedData(
  ctx: SeedContext,
  passwordHash: string,
  studentCount: number,
): SeedData {
  const orgs = buildOrganisations(ctx);
  const people = buildPeople(ctx, orgs, passwordHash);
  const students = buildStudents(ctx, orgs, studentCount);
  const records = buildReferrals(ctx, orgs, people, students);
  stampStudents(ctx, students, records.referrals, people);
  const notifications = buildNotifications(ctx, orgs, people, records);
  const rows = students.map((student) => student.row);
  const audit = buildAuditTrail(ctx, people, rows, records);
  // Built last, so adding it left the random draws of everything above unchanged.
  const safeguarding = buildSafeguarding(ctx, orgs, people, records);
  audit.push(...safeguarding.audit);
  // After safeguarding, for the same reason.
  const allegations = buildAllegations(ctx, orgs, people);
  audit.push(...allegations.audit);
  const registerMarks = buildRegisters(ctx, orgs, people, records.placements);
  // After registers (which allocate the monitoring officers), for the same reason.
  const behaviour = buildBehaviour(ctx, orgs, people, records.placements);
  audit.push(...behaviour.audit);
  // After registers: meetings follow low attendance, and the MO allocation made there.
  const meetings = buildMeetings(ctx, orgs, people, students, records.placements, registerMarks);
  audit.push(...meetings.audit);
  // Quality actions last, for the same reason.
  const qualityActions = buildQualityActions(ctx, orgs, people);
  audit.push(...(qualityActions?.audit ?? []));
  // Single central record and policy bank: draws nothing from the faker (ADR 0017).
  const staffPolicies = buildStaffPolicies(ctx, orgs, people);
  // After meetings, for the same reason: withdrawals and changes of day waiting for the admin.
  const requests = buildRequests(ctx, orgs, people, records.placements);
  audit.push(...requests.audit);
  // Quality: surveys, consent, course confirmations (ADR 0018); last, as above.
  const surveysCourses = buildSurveysCourses(ctx, orgs, people, records);
  // Quality assurance: the termly checklist and confirmations, after everything above.
  const termly = buildTermly(ctx, orgs, people);
  return {
    orgs,
    people,
    students,
    records,
    notifications,
    audit,
    safeguarding,
    allegations,
    registerMarks,
    behaviour,
    meetings,
    qualityActions,
    staffPolicies,
    requests,
    surveysCourses,
    termly,
  };
}
