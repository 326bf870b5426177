import { describe, expect, it } from "vitest";
import { ACTIONS, can, PERMISSIONS, type Action } from "./permissions";
import { ALL_ROLES, type Role } from "./roles";

// The expected table, written out by hand: a change to who may do what must change this
// file too, in the same review.
const S = "SCHOOL_STAFF";
const SD = "SCHOOL_DSL";
const P = "PROVIDER_STAFF";
const PD = "PROVIDER_DSL";
const MO = "MONITORING_OFFICER";
const QO = "QUALITY_OFFICER";
const AD = "SERVICE_ADMIN";
const DSL = "SERVICE_DSL";
const L = "SERVICE_LEAD";

const EXPECTED: Record<Action, Role[]> = {
  "student.list": [S, SD, P, PD, MO, AD, DSL, L],
  "student.read": [S, SD, P, PD, MO, AD, DSL, L],
  "student.chronology": [S, SD, P, PD, MO, AD, DSL, L],
  "course.list": [S, SD, P, PD, MO, QO, AD, DSL, L],
  "referral.create": [S, SD],
  "referral.list": [S, SD, P, PD, MO, AD, DSL, L],
  "referral.read": [S, SD, P, PD, MO, AD, DSL, L],
  "referral.markPaperwork": [P, PD],
  "referral.recordInterview": [P, PD],
  "referral.respond": [P, PD],
  "referral.process": [AD, L],
  "placement.list": [S, SD, P, PD, MO, AD, DSL, L],
  "document.upload": [S, SD],
  "document.download": [S, SD, P, PD, MO, QO, AD, DSL, L],
  "notification.list": [S, SD, P, PD, MO, QO, AD, DSL, L],
  "notification.markRead": [S, SD, P, PD, MO, QO, AD, DSL, L],
  "dashboard.school": [S, SD],
  "dashboard.provider": [P, PD],
  "dashboard.admin": [AD, L],
  "dashboard.monitoring": [MO, L],
  "dashboard.safeguarding": [SD, PD, DSL, L],
  "dashboard.quality": [QO, L],
  "concern.raise": [S, SD, P, PD, MO, AD, DSL, L],
  "concern.list": [S, SD, P, PD, MO, AD, DSL, L],
  "concern.read": [S, SD, P, PD, MO, AD, DSL, L],
  "concern.addEntry": [S, SD, P, PD, MO, AD, DSL, L],
  "concern.recordSchoolAlert": [PD, DSL, L],
  "concern.decide": [SD, PD, DSL, L],
  "concern.acknowledgeAlert": [SD],
  "concern.assign": [DSL, L],
  "concern.assignees": [DSL, L],
  "concern.close": [DSL, L],
  "concern.viewers": [SD, PD, DSL, L],
  "allegation.report": [S, SD, P, PD, MO, QO, AD, DSL, L],
  "allegation.list": [S, SD, P, PD, MO, QO, AD, DSL, L],
  "allegation.read": [S, SD, P, PD, MO, QO, AD, DSL, L],
  "allegation.addEntry": [S, SD, P, PD, MO, QO, AD, DSL, L],
  "allegation.recordThresholds": [L],
  "allegation.recordLadoContact": [L],
  "allegation.recordOutcome": [L],
  "allegation.countOpen": [L],
  "onward.summary": [SD, PD, DSL, L],
  "exploitation.assess": [SD, PD, DSL, L],
  "exploitation.read": [SD, PD, DSL, L],
  "policeIntelligence.create": [SD, PD, DSL, L],
  "policeIntelligence.read": [SD, PD, DSL, L],
  "policeIntelligence.export": [SD, PD, DSL, L],
  "policeIntelligence.markSent": [SD, PD, DSL, L],
  "prevent.start": [SD, PD, DSL, L],
  "prevent.read": [SD, PD, DSL, L],
  "prevent.update": [SD, PD, DSL, L],
  "prevent.markSent": [SD, PD, DSL, L],
  "prevent.recordOutcome": [SD, PD, DSL, L],
  "register.read": [P, PD],
  "register.submit": [P, PD],
  "register.export": [S, SD],
  "register.missing": [P, PD, MO, AD, L],
  "attendance.read": [S, SD, P, PD, MO, AD, DSL, L],
  "behaviour.log": [P, PD],
  "behaviour.list": [S, SD, P, PD, MO, AD, DSL, L],
  "behaviour.read": [S, SD, P, PD, MO, AD, DSL, L],
  "behaviour.withdraw": [P, PD],
  "meeting.record": [P, PD, MO, L],
  "meeting.list": [S, SD, P, PD, MO, AD, DSL, L],
  "meeting.read": [S, SD, P, PD, MO, AD, DSL, L],
  "meeting.reviewTarget": [P, PD, MO, L],
  "withdrawal.request": [S, SD, P, PD],
  "withdrawal.recordMeeting": [P, PD],
  "withdrawal.submit": [S, SD, P, PD],
  "withdrawal.withdraw": [S, SD, P, PD],
  "withdrawal.list": [S, SD, P, PD, MO, AD, DSL, L],
  "withdrawal.read": [S, SD, P, PD, MO, AD, DSL, L],
  "withdrawal.tickChecklist": [AD, L],
  "withdrawal.process": [AD, L],
  "withdrawal.reject": [AD, L],
  "withdrawal.export": [AD, L],
  "changeOfDay.propose": [S, SD],
  "changeOfDay.respond": [P, PD],
  "changeOfDay.list": [S, SD, P, PD, MO, AD, DSL, L],
  "changeOfDay.read": [S, SD, P, PD, MO, AD, DSL, L],
  "changeOfDay.tickChecklist": [AD, L],
  "changeOfDay.process": [AD, L],
  "changeOfDay.reject": [AD, L],
  "qualityRequirement.list": [P, PD, QO, L],
  "qualityRequirement.manage": [QO, L],
  "review.open": [QO, L],
  "review.list": [P, PD, QO, L],
  "review.read": [P, PD, QO, L],
  "review.answer": [P, PD],
  "review.submit": [P, PD],
  "review.judge": [QO, L],
  "review.recordVisit": [QO, L],
  "review.giveFeedback": [QO, L],
  "qualityAction.set": [QO, L],
  "qualityAction.list": [P, PD, QO, L],
  "qualityAction.read": [P, PD, QO, L],
  "qualityAction.submitEvidence": [P, PD],
  "qualityAction.decide": [QO, L],
  "qualityAction.revisit": [QO, L],
  "kpi.read": [P, PD, QO, L],
  "termly.confirm": [P, PD],
  "termly.list": [P, PD, QO, L],
  "termly.manageChecklist": [QO, L],
  "scr.list": [P, PD, QO, L],
  "scr.record": [P, PD],
  "scr.status": [S, SD, P, PD, MO, QO, AD, DSL, L],
  "policy.list": [P, PD, QO, L],
  "policy.publish": [QO, L],
  "policy.adopt": [P, PD],
  "policy.decide": [QO, L],
  "policy.grid": [QO, L],
  "survey.list": [P, PD, QO, L],
  "survey.manage": [QO, L],
  "survey.respond": [P, PD],
  "survey.results": [QO, L],
  "consent.list": [P, PD, QO, L],
  "consent.record": [P, PD],
  "consent.withdraw": [P, PD],
  "courseConfirmation.submit": [P, PD],
  "courseConfirmation.list": [P, PD, QO, AD, L],
  "courseConfirmation.decide": [QO, AD, L],
  "safeguardingContact.list": [S, SD, P, PD, MO, QO, AD, DSL, L],
  "safeguardingContact.upsert": [L],
};

describe("permission table", () => {
  it("lists exactly the expected actions", () => {
    expect([...ACTIONS].sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const action of Object.keys(EXPECTED) as Action[]) {
    describe(action, () => {
      for (const role of ALL_ROLES) {
        const allowed = EXPECTED[action].includes(role);
        it(`${allowed ? "allows" : "refuses"} ${role}`, () => {
          expect(can([role], action)).toBe(allowed);
        });
      }
    });
  }

  it("allows a person holding several roles what any of them allows", () => {
    expect(can(["MONITORING_OFFICER"], "dashboard.safeguarding")).toBe(false);
    expect(can(["MONITORING_OFFICER", "SERVICE_DSL"], "dashboard.safeguarding")).toBe(true);
  });

  it("refuses a person with no roles everything", () => {
    expect(ACTIONS.filter((action) => can([], action))).toEqual([]);
  });

  it("keeps quality officers out of student records", () => {
    const caseRecords = /^(student|referral|placement|concern|register|attendance)\./;
    const studentActions = ACTIONS.filter((action) => caseRecords.test(action));
    expect(
      studentActions.filter((action) => PERMISSIONS[action].some((r: Role) => r === QO)),
    ).toEqual([]);
  });
});
