import type { Role } from "./roles";

const SCHOOL: Role[] = ["SCHOOL_STAFF", "SCHOOL_DSL"];
const PROVIDER: Role[] = ["PROVIDER_STAFF", "PROVIDER_DSL"];
const CASEWORK: Role[] = ["MONITORING_OFFICER", "SERVICE_ADMIN", "SERVICE_DSL", "SERVICE_LEAD"];
const EVERYONE: Role[] = [...SCHOOL, ...PROVIDER, "QUALITY_OFFICER", ...CASEWORK];
const DSL: Role[] = ["SCHOOL_DSL", "PROVIDER_DSL", "SERVICE_DSL", "SERVICE_LEAD"];
// Anyone who works with students may raise a concern (KCSIE: every member of staff), and
// so may read back what they raised; which concerns they see is decided by concernScope.
const CONCERN_RAISERS: Role[] = [...SCHOOL, ...PROVIDER, ...CASEWORK];
// Everyone may report an allegation about an adult (quality officers observe provider staff
// too) and read back what they reported; only the lead sees the others (allegation-access.ts).
// Onward referrals from a concern: its raising organisation's DSL and the service DSLs and
// lead (server/services/safeguarding/onward-access.ts decides which concerns).
const ONWARD: Role[] = DSL;
// Student meetings are recorded by the monitoring officer, or by the provider when no MO
// attends (DOMAIN.md workflow 6); the school attends and reads its copy.
const MEETING_RECORDERS: Role[] = [...PROVIDER, "MONITORING_OFFICER", "SERVICE_LEAD"];
// Withdrawals and changes of day are asked for by the parties and processed by the service
// admin (or the lead), who keeps the back-office systems in step (DOMAIN.md workflows 2, 3).
const BACK_OFFICE: Role[] = ["SERVICE_ADMIN", "SERVICE_LEAD"];
const PARTIES: Role[] = [...SCHOOL, ...PROVIDER];
// Quality assurance (DOMAIN.md workflow 5): the quality officer (and the lead) review
// providers; each provider answers for itself and sees only its own records (quality scope).
const QUALITY: Role[] = ["QUALITY_OFFICER", "SERVICE_LEAD"];
const QUALITY_READERS: Role[] = [...PROVIDER, ...QUALITY];

/**
 * Who may do what: role × action, the one place this is decided. A procedure names its
 * action; the organisation scope (which records) is applied separately in each query
 * (server/auth/scope.ts). Quality officers assure providers and have no need to read
 * student case records, so they are left out of student, referral and placement reads, and
 * of concerns.
 */
export const PERMISSIONS = {
  "student.list": [...SCHOOL, ...PROVIDER, ...CASEWORK],
  "student.read": [...SCHOOL, ...PROVIDER, ...CASEWORK],
  // Everyone who reads a student reads its chronology; concern items follow concernScope.
  "student.chronology": [...SCHOOL, ...PROVIDER, ...CASEWORK],
  "course.list": EVERYONE,
  "referral.create": SCHOOL,
  "referral.list": [...SCHOOL, ...PROVIDER, ...CASEWORK],
  "referral.read": [...SCHOOL, ...PROVIDER, ...CASEWORK],
  "referral.markPaperwork": PROVIDER,
  "referral.recordInterview": PROVIDER,
  "referral.respond": PROVIDER,
  "referral.process": ["SERVICE_ADMIN", "SERVICE_LEAD"],
  "placement.list": [...SCHOOL, ...PROVIDER, ...CASEWORK],
  "document.upload": SCHOOL,
  // Quality officers read providers' quality evidence (document read rules decide which).
  "document.download": [...SCHOOL, ...PROVIDER, ...CASEWORK, "QUALITY_OFFICER"],
  "notification.list": EVERYONE,
  "notification.markRead": EVERYONE,
  "dashboard.school": SCHOOL,
  "dashboard.provider": PROVIDER,
  "dashboard.admin": ["SERVICE_ADMIN", "SERVICE_LEAD"],
  "dashboard.monitoring": ["MONITORING_OFFICER", "SERVICE_LEAD"],
  "dashboard.safeguarding": ["SCHOOL_DSL", "PROVIDER_DSL", "SERVICE_DSL", "SERVICE_LEAD"],
  "dashboard.quality": ["QUALITY_OFFICER", "SERVICE_LEAD"],
  "concern.raise": CONCERN_RAISERS,
  "concern.list": CONCERN_RAISERS,
  "concern.read": CONCERN_RAISERS,
  "concern.addEntry": CONCERN_RAISERS,
  "concern.recordSchoolAlert": ["PROVIDER_DSL", "SERVICE_DSL", "SERVICE_LEAD"],
  "concern.decide": DSL,
  "concern.acknowledgeAlert": ["SCHOOL_DSL"],
  "concern.assign": ["SERVICE_DSL", "SERVICE_LEAD"],
  "concern.assignees": ["SERVICE_DSL", "SERVICE_LEAD"],
  "concern.close": ["SERVICE_DSL", "SERVICE_LEAD"],
  "concern.viewers": DSL,
  "allegation.report": EVERYONE,
  "allegation.list": EVERYONE,
  "allegation.read": EVERYONE,
  "allegation.addEntry": EVERYONE,
  "allegation.recordThresholds": ["SERVICE_LEAD"],
  "allegation.recordLadoContact": ["SERVICE_LEAD"],
  "allegation.recordOutcome": ["SERVICE_LEAD"],
  "allegation.countOpen": ["SERVICE_LEAD"],
  "onward.summary": ONWARD,
  "exploitation.assess": ONWARD,
  "exploitation.read": ONWARD,
  "policeIntelligence.create": ONWARD,
  "policeIntelligence.read": ONWARD,
  "policeIntelligence.export": ONWARD,
  "policeIntelligence.markSent": ONWARD,
  "prevent.start": ONWARD,
  "prevent.read": ONWARD,
  "prevent.update": ONWARD,
  "prevent.markSent": ONWARD,
  "prevent.recordOutcome": ONWARD,
  "register.read": PROVIDER,
  "register.submit": PROVIDER,
  "register.export": SCHOOL,
  "register.missing": [...PROVIDER, "MONITORING_OFFICER", "SERVICE_ADMIN", "SERVICE_LEAD"],
  "attendance.read": [...SCHOOL, ...PROVIDER, ...CASEWORK],
  // Providers log incidents; the home school and the service (MOs) read them.
  "behaviour.log": PROVIDER,
  "behaviour.list": [...SCHOOL, ...PROVIDER, ...CASEWORK],
  "behaviour.read": [...SCHOOL, ...PROVIDER, ...CASEWORK],
  "behaviour.withdraw": PROVIDER,
  "meeting.record": MEETING_RECORDERS,
  "meeting.list": [...SCHOOL, ...PROVIDER, ...CASEWORK],
  "meeting.read": [...SCHOOL, ...PROVIDER, ...CASEWORK],
  "meeting.reviewTarget": MEETING_RECORDERS,
  "withdrawal.request": PARTIES,
  "withdrawal.recordMeeting": PROVIDER,
  "withdrawal.submit": PARTIES,
  "withdrawal.withdraw": PARTIES,
  "withdrawal.list": [...PARTIES, ...CASEWORK],
  "withdrawal.read": [...PARTIES, ...CASEWORK],
  "withdrawal.tickChecklist": BACK_OFFICE,
  "withdrawal.process": BACK_OFFICE,
  "withdrawal.reject": BACK_OFFICE,
  "withdrawal.export": BACK_OFFICE,
  "changeOfDay.propose": SCHOOL,
  "changeOfDay.respond": PROVIDER,
  "changeOfDay.list": [...PARTIES, ...CASEWORK],
  "changeOfDay.read": [...PARTIES, ...CASEWORK],
  "changeOfDay.tickChecklist": BACK_OFFICE,
  "changeOfDay.process": BACK_OFFICE,
  "changeOfDay.reject": BACK_OFFICE,
  "qualityRequirement.list": QUALITY_READERS,
  "qualityRequirement.manage": QUALITY,
  "review.open": QUALITY,
  "review.list": QUALITY_READERS,
  "review.read": QUALITY_READERS,
  "review.answer": PROVIDER,
  "review.submit": PROVIDER,
  "review.judge": QUALITY,
  "review.recordVisit": QUALITY,
  "review.giveFeedback": QUALITY,
  "qualityAction.set": QUALITY,
  "qualityAction.list": QUALITY_READERS,
  "qualityAction.read": QUALITY_READERS,
  "qualityAction.submitEvidence": PROVIDER,
  "qualityAction.decide": QUALITY,
  "qualityAction.revisit": QUALITY,
  // A provider sees its own indicators beside the collaboration's median, never another's.
  "kpi.read": QUALITY_READERS,
  "termly.confirm": PROVIDER,
  "termly.list": QUALITY_READERS,
  "termly.manageChecklist": QUALITY,
  "scr.list": QUALITY_READERS,
  "scr.record": PROVIDER,
  // Whether a provider's checks are complete, shown on referral and placement screens: the
  // placing school needs written confirmation of checks (KCSIE). No staff details.
  "scr.status": EVERYONE,
  "policy.list": QUALITY_READERS,
  "policy.publish": QUALITY,
  "policy.adopt": PROVIDER,
  "policy.decide": QUALITY,
  "policy.grid": QUALITY,
  "survey.list": QUALITY_READERS,
  "survey.manage": QUALITY,
  "survey.respond": PROVIDER,
  "survey.results": QUALITY,
  "consent.list": QUALITY_READERS,
  "consent.record": PROVIDER,
  "consent.withdraw": PROVIDER,
  "courseConfirmation.submit": PROVIDER,
  // The admin keeps the course list; the quality officer checks content against the award.
  "courseConfirmation.list": [...PROVIDER, "QUALITY_OFFICER", "SERVICE_ADMIN", "SERVICE_LEAD"],
  "courseConfirmation.decide": ["QUALITY_OFFICER", "SERVICE_ADMIN", "SERVICE_LEAD"],
  "safeguardingContact.list": EVERYONE,
  "safeguardingContact.upsert": ["SERVICE_LEAD"],
} as const satisfies Record<string, readonly Role[]>;

export type Action = keyof typeof PERMISSIONS;

export const ACTIONS = Object.keys(PERMISSIONS) as Action[];

export function can(roles: readonly Role[], action: Action): boolean {
  const allowed: readonly Role[] = PERMISSIONS[action];
  return roles.some((role) => allowed.includes(role));
}
