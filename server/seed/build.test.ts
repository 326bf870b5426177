import { describe, expect, it } from "vitest";
import { ageOn } from "@/lib/dates";
import { weekdayOf } from "@/lib/schemas/common";
import { isValidUpn } from "@/lib/upn";
import { buildSeedData } from "./build";
import { createContext } from "./context";

const TODAY = "2026-12-04";
const build = () => buildSeedData(createContext(TODAY), "not-a-real-hash", 300);
const data = build();
const { orgs, students, records } = data;
const courseById = new Map(orgs.courses.map((course) => [course.id, course]));
const studentById = new Map(students.map((student) => [student.row.id, student]));
const responseByReferral = new Map(records.responses.map((r) => [r.referralId, r]));

describe("demo seed data", () => {
  it("is the same every time for the same day", () => {
    expect(JSON.stringify(build())).toBe(JSON.stringify(data));
  });

  it("has referrals in every status, at the demo school too", () => {
    const statuses = ["SUBMITTED", "ACCEPTED", "DECLINED", "PLACED", "CLOSED", "WITHDRAWN"];
    const demoSchool = records.referrals.filter((r) => r.schoolId === orgs.schools[0].id);
    expect(new Set(records.referrals.map((r) => r.status))).toEqual(new Set(statuses));
    expect(new Set(demoSchool.map((r) => r.status))).toEqual(new Set(statuses));
    const toDemoProvider = demoSchool.filter((r) => r.providerId === orgs.providers[0].id);
    expect(toDemoProvider.filter((r) => r.status === "SUBMITTED").length).toBeGreaterThan(1);
  });

  it("keeps days within what the course offers and the school asked for", () => {
    for (const referral of records.referrals) {
      const course = courseById.get(referral.courseId)!;
      expect(referral.requestedDays.every((day) => course.daysOffered.includes(day))).toBe(true);
      const confirmed = responseByReferral.get(referral.id)?.confirmedDays ?? [];
      expect(confirmed.every((day) => referral.requestedDays.includes(day))).toBe(true);
    }
  });

  it("places students from their own school, once per placed referral", () => {
    const placed = records.referrals.filter((r) => r.status === "PLACED");
    expect(records.placements).toHaveLength(placed.length);
    expect(new Set(records.placements.map((p) => p.referralId)).size).toBe(placed.length);
    for (const placement of records.placements) {
      expect(placement.schoolId).toBe(studentById.get(placement.studentId)!.row.homeSchoolId);
    }
  });

  it("gives every student a valid UPN, an age of 13 to 16 and drama phone numbers", () => {
    for (const { row, contacts } of students) {
      expect(isValidUpn(row.upn)).toBe(true);
      const age = ageOn((row.dateOfBirth as Date).toISOString().slice(0, 10), TODAY);
      expect(age).toBeGreaterThanOrEqual(13);
      expect(age).toBeLessThanOrEqual(16);
      contacts.forEach((contact) => expect(contact.phone).toMatch(/^07700 900\d{3}$/));
    }
  });

  it("answers a referral only after all paperwork and the interview", () => {
    const interviews = new Map(records.interviews.map((i) => [i.referralId, i]));
    for (const response of records.responses) {
      const items = records.paperwork.filter((p) => p.referralId === response.referralId);
      const respondedAt = response.respondedAt as Date;
      expect(items.every((p) => p.receivedAt && p.receivedAt <= respondedAt)).toBe(true);
      expect(interviews.get(response.referralId)!.recordedAt! <= respondedAt).toBe(true);
    }
  });

  it("raises the demo concerns about demo-school students placed with the demo provider", () => {
    const { concerns, decisions, alerts, contacts } = data.safeguarding;
    const tutor = data.people.users.find((u) => u.email === "provider.staff@demo.cap.test")!;
    const placed = new Set(
      records.placements
        .filter((p) => p.providerId === orgs.providers[0].id && p.status === "ACTIVE")
        .map((p) => p.studentId),
    );
    expect(concerns.map((c) => c.status)).toEqual(["AWAITING_DECISION", "DECIDED", "DECIDED"]);
    for (const concern of concerns) {
      expect(concern.raisedById).toBe(tutor.id);
      expect(concern.schoolId).toBe(orgs.schools[0].id);
      expect(placed.has(concern.studentId)).toBe(true);
    }
    expect(decisions.every((d) => d.rationale.length > 0)).toBe(true);
    expect(alerts.filter((a) => !a.readAt)).toHaveLength(1);
    expect(contacts.some((c) => c.kind === "SERVICE_DSL")).toBe(true);
  });

  it("reports one open and one closed allegation about invented adults", () => {
    const { allegations, assessments, consultations } = data.allegations;
    expect(allegations.map((a) => [a.reference, a.status ?? "OPEN"])).toEqual([
      ["ALG-000002", "OPEN"],
      ["ALG-000001", "CLOSED"],
    ]);
    expect(allegations[1].outcome).toBe("UNFOUNDED");
    expect(assessments.map((a) => a.allegationId)).toEqual([allegations[0].id]);
    expect(consultations.map((c) => c.allegationId)).toEqual([allegations[1].id]);
  });

  it("keeps one register mark per student and session, only on placement days before today", () => {
    const placementById = new Map(records.placements.map((p) => [p.id, p]));
    const keys = new Set<string>();
    for (const mark of data.registerMarks) {
      const placement = placementById.get(mark.placementId)!;
      const date = (mark.date as Date).toISOString().slice(0, 10);
      keys.add(`${mark.studentId}|${date}|${mark.session}`);
      expect(date < TODAY).toBe(true);
      expect(mark.date >= placement.startDate).toBe(true);
      expect(placement.days).toContain(weekdayOf(date));
      expect(mark.absenceReason !== null).toBe(mark.mark === "ABSENT");
      expect(mark.lateMinutes !== null).toBe(mark.mark === "LATE");
    }
    expect(keys.size).toBe(data.registerMarks.length);
    expect(data.registerMarks.length).toBeGreaterThan(1000);
  });

  it("gives the demo monitoring officer a student whose attendance drops lately", () => {
    const mo = data.people.users.find((u) => u.email === "mo@demo.cap.test")!;
    const recentFrom = "2026-11-13"; // three weeks before TODAY
    const rate = (marks: typeof data.registerMarks) =>
      marks.filter((m) => m.mark !== "ABSENT").length / marks.length;
    const dropping = records.placements.filter((placement) => {
      const marks = data.registerMarks.filter((m) => m.placementId === placement.id);
      const recent = marks.filter((m) => (m.date as Date).toISOString() >= recentFrom);
      const before = marks.filter((m) => (m.date as Date).toISOString() < recentFrom);
      return (
        placement.monitoringOfficerId === mo.id &&
        recent.length >= 6 &&
        rate(before) >= 0.75 &&
        rate(recent) <= 0.5
      );
    });

    expect(dropping.length).toBeGreaterThan(0);
    expect(dropping[0].schoolId).toBe(orgs.schools[0].id);
  });

  it("allocates every placement to a monitoring officer", () => {
    const officers = new Set(
      data.people.users.filter((u) => u.roles.includes("MONITORING_OFFICER")).map((u) => u.id),
    );
    expect(records.placements.every((p) => officers.has(p.monitoringOfficerId ?? ""))).toBe(true);
  });

  it("logs dozens of incidents on placement days, mostly low, some shared, one withdrawn", () => {
    const { incidents, students: involved } = data.behaviour;
    const placementById = new Map(records.placements.map((p) => [p.id, p]));
    expect(incidents.length).toBeGreaterThanOrEqual(36);
    const low = incidents.filter((i) => i.severity === "LOW").length;
    expect(low / incidents.length).toBeGreaterThan(0.5);
    expect(incidents.some((i) => i.severity === "HIGH")).toBe(true);
    expect(incidents.filter((i) => i.withdrawnAt)).toHaveLength(1);
    expect(incidents.map((i) => i.reference).sort()).toEqual(
      incidents.map((_, n) => `BEH-${String(n + 1).padStart(6, "0")}`),
    );
    for (const row of involved) {
      const placement = placementById.get(row.placementId)!;
      const incident = incidents.find((i) => i.id === row.incidentId)!;
      const day = (incident.occurredAt as Date).toISOString().slice(0, 10);
      expect(day < TODAY).toBe(true);
      expect(placement.providerId).toBe(incident.providerId);
      expect(row.schoolId).toBe(placement.schoolId);
      expect(placement.days).toContain(weekdayOf(day));
    }
    const perIncident = new Map<string, string[]>();
    involved.forEach((row) => {
      perIncident.set(row.incidentId, [...(perIncident.get(row.incidentId) ?? []), row.schoolId]);
    });
    const shared = [...perIncident.values()].filter((schools) => schools.length === 2);
    expect(shared.length).toBeGreaterThanOrEqual(2);
    // The demo provider's incidents about the first school's students, one shared with
    // another school, so the school's view shows a student it may not see by name.
    const demo = incidents.filter((i) => i.providerId === orgs.providers[0].id);
    const demoSchools = demo.map((i) => perIncident.get(i.id)!);
    expect(demoSchools.filter((s) => s.includes(orgs.schools[0].id)).length).toBeGreaterThan(1);
    expect(
      demoSchools.some((s) => s.includes(orgs.schools[0].id) && s.some((id) => id !== s[0])),
    ).toBe(true);
  });

  it("holds meetings for the demo MO's caseload with reviews due, overdue and done", () => {
    const { meetings, targets } = data.meetings;
    const mo = data.people.users.find((u) => u.email === "mo@demo.cap.test")!;
    const placementById = new Map(records.placements.map((p) => [p.id, p]));
    const caseload = meetings.filter(
      (m) => placementById.get(m.placementId)?.monitoringOfficerId === mo.id,
    );
    const review = (m: (typeof meetings)[number]) =>
      (m.reviewOn as Date).toISOString().slice(0, 10);
    const reviewed = new Set(meetings.map((m) => m.reviewOfId).filter(Boolean));
    const pending = caseload.filter((m) => !reviewed.has(m.id));
    expect(pending.some((m) => review(m) < TODAY)).toBe(true);
    expect(pending.some((m) => review(m) >= TODAY && review(m) <= "2026-12-11")).toBe(true);
    expect(caseload.some((m) => reviewed.has(m.id))).toBe(true);
    const atDemoSchool = meetings.filter((m) => m.schoolId === orgs.schools[0].id);
    expect(atDemoSchool.length).toBeGreaterThan(0);
    expect(meetings.map((m) => m.reference)).toEqual(
      meetings.map((_, index) => `MTG-${String(index + 1).padStart(6, "0")}`),
    );
    for (const target of targets) {
      const meeting = meetings.find((m) => m.id === target.meetingId)!;
      expect(target.dueOn <= meeting.reviewOn!).toBe(true);
      expect(target.status === "OPEN").toBe(target.reviewedInId === null);
    }
  });

  it("leaves withdrawals and changes of day due today and late for the admin", () => {
    const { withdrawals, withdrawalPlacements, changes } = data.requests;
    const iso = (value: unknown) => (value as Date).toISOString().slice(0, 10);
    expect(withdrawals.map((w) => [w.status, w.dueOn ? iso(w.dueOn) : null])).toEqual([
      ["SUBMITTED", "2026-12-04"],
      ["SUBMITTED", "2026-12-02"],
      ["SUBMITTED", "2026-12-10"],
      ["DRAFT", null],
    ]);
    expect(changes.map((c) => [c.status ?? "PROPOSED", c.dueOn ? iso(c.dueOn) : null])).toEqual([
      ["AGREED", "2026-12-04"],
      ["AGREED", "2026-12-02"],
      ["PROPOSED", null],
    ]);
    // Only submitted withdrawals hold their placement's slot.
    expect(withdrawalPlacements.map((item) => item.openPlacementId !== null)).toEqual([
      true,
      true,
      true,
      false,
    ]);
    for (const change of changes) {
      expect(weekdayOf(iso(change.effectiveDate))).toBe(change.toDay);
      expect(iso(change.effectiveDate) > TODAY).toBe(true);
    }
    // The e2e journeys request the demo school's placements at the demo provider.
    const placementById = new Map(records.placements.map((p) => [p.id, p]));
    const placed = [
      ...withdrawalPlacements.map((w) => w.placementId),
      ...changes.map((c) => c.placementId),
    ];
    expect(new Set(placed).size).toBe(placed.length);
    for (const id of placed) {
      const placement = placementById.get(id)!;
      expect(
        placement.schoolId === orgs.schools[0].id && placement.providerId === orgs.providers[0].id,
      ).toBe(false);
    }
  });
});
