import { inflateSync } from "node:zlib";
import { beforeEach, describe, expect, it } from "vitest";
import { fromDateOnly } from "@/lib/schemas/common";
import type { MeetingRecordInput } from "@/lib/schemas/meeting";
import type { Organisation, Placement, Student } from "@/server/db/generated/client";
import {
  meetingCalendarRoute,
  meetingPdfRoute,
  reviewCalendarRoute,
} from "@/server/http/meeting-routes";
import { awaitingReviewOf, openTargetsOf } from "@/server/services/meetings/meeting-summaries";
import {
  callerFor,
  makeCourse,
  makeOrganisation,
  makePlacement,
  makeStudent,
  makeUser,
  setupTestDatabase,
  type TestUser,
} from "./harness";
import { daysFromToday, fieldMessages, rejection } from "./helpers";

const db = await setupTestDatabase();

let school: Organisation;
let provider: Organisation;
let service: Organisation;
let student: Student;
let placement: Placement;
let otherPlacement: Placement;
let mo: TestUser;
let schoolStaff: TestUser;
let schoolDsl: TestUser;
let tutor: TestUser;
let providerDsl: TestUser;
let otherSchoolStaff: TestUser;
let otherTutor: TestUser;

beforeEach(async () => {
  school = await makeOrganisation(db, { kind: "SCHOOL" });
  provider = await makeOrganisation(db, { kind: "PROVIDER" });
  service = await makeOrganisation(db, { kind: "SERVICE" });
  const otherProvider = await makeOrganisation(db, { kind: "PROVIDER" });
  mo = await makeUser(db, { organisation: service, roles: ["MONITORING_OFFICER"] });
  schoolStaff = await makeUser(db, { organisation: school, roles: ["SCHOOL_STAFF"] });
  schoolDsl = await makeUser(db, { organisation: school, roles: ["SCHOOL_DSL"] });
  tutor = await makeUser(db, { organisation: provider, roles: ["PROVIDER_STAFF"] });
  providerDsl = await makeUser(db, { organisation: provider, roles: ["PROVIDER_DSL"] });
  otherSchoolStaff = await makeUser(db, { roles: ["SCHOOL_STAFF"] });
  otherTutor = await makeUser(db, { organisation: otherProvider, roles: ["PROVIDER_STAFF"] });
  student = await makeStudent(db, {
    homeSchool: school,
    legalFirstName: "Quentin",
    legalLastName: "Marchbanks",
  });
  placement = await makePlacement(db, {
    student,
    course: await makeCourse(db, { provider }),
    monitoringOfficerId: mo.id,
  });
  // The same student at another provider: that provider's placement, not this one.
  otherPlacement = await makePlacement(db, {
    student,
    course: await makeCourse(db, { provider: otherProvider }),
  });
});

const HELD_AT = () => new Date(`${daysFromToday(-3)}T10:00:00Z`);

function meetingInput(overrides: Partial<MeetingRecordInput> = {}): MeetingRecordInput {
  return {
    placementId: placement.id,
    heldAt: HELD_AT(),
    type: "ATTENDANCE",
    attendees: [
      { party: "SERVICE", name: "Morag Officer", role: "Monitoring officer", attended: true },
      { party: "PROVIDER", name: "Tam Tutor", attended: true },
      { party: "SCHOOL", name: "Sam Head of Year", attended: true },
      { party: "STUDENT", name: "Quentin Marchbanks", attended: true },
      { party: "PARENT_CARER", name: "Pat Marchbanks", role: "Mother", attended: false },
    ],
    discussion: "Attendance has fallen to 72% since half term.",
    studentView: "Quentin says the bus is often late.",
    targets: [
      {
        description: "Attend every Monday session",
        ownerName: "Quentin",
        ownerParty: "STUDENT",
        dueOn: daysFromToday(7),
      },
      {
        description: "Arrange a bus pass",
        ownerName: "Sam Head of Year",
        ownerParty: "SCHOOL",
        dueOn: daysFromToday(5),
      },
    ],
    outcome: "REVIEW",
    reviewOn: daysFromToday(10),
    ...overrides,
  };
}

async function recordFirstMeeting() {
  return callerFor(mo.actor).meeting.record(meetingInput());
}

describe("recording a meeting", () => {
  it("lets the MO record one with targets, a copy for each organisation and an audit row", async () => {
    const { id, reference } = await recordFirstMeeting();

    expect(reference).toMatch(/^MTG-\d{6}$/);
    const meeting = await db.studentMeeting.findUniqueOrThrow({
      where: { id },
      include: { attendees: true, targets: true, copies: true },
    });
    expect(meeting).toMatchObject({
      studentId: student.id,
      providerId: provider.id,
      schoolId: school.id,
      recordedById: mo.id,
      outcome: "REVIEW",
    });
    expect(meeting.attendees).toHaveLength(5);
    const byParty = Object.fromEntries(meeting.attendees.map((a) => [a.party, a.organisationId]));
    expect(byParty).toMatchObject({
      SERVICE: service.id,
      PROVIDER: provider.id,
      SCHOOL: school.id,
      STUDENT: null,
    });
    expect(meeting.targets.map((t) => t.status)).toEqual(["OPEN", "OPEN"]);
    expect(meeting.copies.map((c) => c.organisationId).sort()).toEqual(
      [school.id, provider.id, service.id].sort(),
    );
    const audit = await db.auditEvent.findMany({ where: { recordId: id } });
    expect(audit.map((row) => row.action)).toEqual(["meeting.record"]);
  });

  it("tells the school's and provider's staff and DSLs and the MO, naming no child", async () => {
    const { id, reference } = await recordFirstMeeting();

    const notices = await db.notification.findMany({ where: { kind: "meeting.recorded" } });
    const mine = notices.filter((n) => n.link === `/meetings/${id}`);
    expect(mine.map((n) => n.userId).sort()).toEqual(
      [schoolStaff.id, schoolDsl.id, tutor.id, providerDsl.id, mo.id].sort(),
    );
    for (const notice of mine) {
      expect(notice.title).toContain(reference);
      const text = `${notice.title} ${notice.body}`;
      expect(text).not.toMatch(/Quentin|Marchbanks|72%|bus/);
    }
    expect(notices.some((n) => n.userId === otherSchoolStaff.id)).toBe(false);
  });

  it("refuses school staff (FORBIDDEN) and writes nothing", async () => {
    const error = await rejection(callerFor(schoolStaff.actor).meeting.record(meetingInput()));
    expect(error.code).toBe("FORBIDDEN");
    expect(await db.studentMeeting.count({ where: { placementId: placement.id } })).toBe(0);
  });

  it("lets the provider record for its own placement only", async () => {
    const own = await callerFor(tutor.actor).meeting.record(meetingInput());
    const copies = await db.meetingCopy.findMany({ where: { meetingId: own.id } });
    // A service attendee came, so the service gets its copy too.
    expect(copies).toHaveLength(3);

    const error = await rejection(
      callerFor(tutor.actor).meeting.record(meetingInput({ placementId: otherPlacement.id })),
    );
    expect(error.code).toBe("NOT_FOUND");
    expect(fieldMessages(error)).toEqual({ placementId: "Placement not found" });
  });

  it("gives no service copy when the provider records without the service there", async () => {
    const attendees = meetingInput().attendees.filter((a) => a.party !== "SERVICE");
    const { id } = await callerFor(tutor.actor).meeting.record(meetingInput({ attendees }));
    const copies = await db.meetingCopy.findMany({ where: { meetingId: id } });
    expect(copies.map((c) => c.organisationId).sort()).toEqual([school.id, provider.id].sort());
  });
});

describe("bad input", () => {
  const cases: [string, Partial<MeetingRecordInput>, string, string][] = [
    [
      "a meeting in the future",
      { heldAt: new Date(Date.now() + 3_600_000) },
      "heldAt",
      "The meeting must be now or in the past",
    ],
    [
      "nobody attending",
      {
        attendees: [{ party: "PARENT_CARER", name: "Pat", attended: false }],
      },
      "attendees",
      "At least one person must have attended",
    ],
    [
      "an attendee without a name",
      { attendees: [{ party: "SCHOOL", name: " ", attended: true }] },
      "attendees.0.name",
      "Enter the attendee's name",
    ],
    [
      "a target due before the meeting",
      {
        targets: [
          {
            description: "Catch up",
            ownerName: "Quentin",
            ownerParty: "STUDENT",
            dueOn: daysFromToday(-4),
          },
        ],
      },
      "targets.0.dueOn",
      "The target's due date must be on or after the date of the meeting",
    ],
    ["targets with no review date", { reviewOn: "" }, "reviewOn", "Enter the review date"],
    [
      "no meeting date (not 1 January 1970)",
      { heldAt: null as never },
      "heldAt",
      "Enter the date and time of the meeting",
    ],
    [
      "a meeting before the placement started",
      { heldAt: new Date("2026-09-04T10:00:00Z") },
      "heldAt",
      "The meeting must be on or after the placement started",
    ],
    [
      "a review date on the meeting's day",
      { reviewOn: daysFromToday(-3), targets: [] },
      "reviewOn",
      "The review date must be after the date of the meeting",
    ],
  ];

  it.each(cases)(
    "refuses %s, naming the field, and writes nothing",
    async (_, change, field, message) => {
      const error = await rejection(callerFor(mo.actor).meeting.record(meetingInput(change)));
      expect(error.code).toBe("BAD_REQUEST");
      expect(fieldMessages(error)[field]).toBe(message);
      expect(await db.studentMeeting.count({ where: { placementId: placement.id } })).toBe(0);
    },
  );

  it("refuses a meeting held after the placement ended", async () => {
    await db.placement.update({
      where: { id: placement.id },
      data: { status: "WITHDRAWN", endedOn: new Date(`${daysFromToday(-5)}T00:00:00Z`) },
    });

    const error = await rejection(callerFor(mo.actor).meeting.record(meetingInput()));

    expect(fieldMessages(error)).toEqual({
      heldAt: "The meeting must be on or before the placement ended",
    });
  });

  it("needs no review date to continue with no targets", async () => {
    const input = meetingInput({ targets: [], outcome: "CONTINUE", reviewOn: "" });
    const { id } = await callerFor(mo.actor).meeting.record(input);
    expect((await db.studentMeeting.findUniqueOrThrow({ where: { id } })).reviewOn).toBeNull();
  });
});

describe("opening a meeting", () => {
  it("records the first opening by each person once, and shows it to the provider", async () => {
    const { id } = await recordFirstMeeting();
    await callerFor(schoolStaff.actor).meeting.get({ meetingId: id });
    await callerFor(schoolStaff.actor).meeting.get({ meetingId: id });

    const reads = await db.meetingRead.findMany({ where: { meetingId: id } });
    expect(reads.map((r) => [r.userId, r.organisationId])).toEqual([[schoolStaff.id, school.id]]);

    const seen = await callerFor(tutor.actor).meeting.get({ meetingId: id });
    const schoolCopy = seen.copies.find((copy) => copy.organisationId === school.id)!;
    expect(schoolCopy.openedBy.map((r) => r.name)).toEqual([schoolStaff.name]);
    const providerCopy = seen.copies.find((copy) => copy.organisationId === provider.id)!;
    expect(providerCopy.openedBy.map((r) => r.name)).toEqual([tutor.name]);
    const serviceCopy = seen.copies.find((copy) => copy.organisationId === service.id)!;
    expect(serviceCopy.openedBy).toEqual([]);
    expect(seen.targets.map((t) => t.description)).toEqual([
      "Arrange a bus pass",
      "Attend every Monday session",
    ]);
  });

  it("answers NOT_FOUND to another school and another provider, recording no read", async () => {
    const { id } = await recordFirstMeeting();
    for (const outsider of [otherSchoolStaff, otherTutor]) {
      const error = await rejection(callerFor(outsider.actor).meeting.get({ meetingId: id }));
      expect(error.code).toBe("NOT_FOUND");
      const list = await callerFor(outsider.actor).meeting.list({ page: 1 });
      expect(list.rows.map((row) => row.id)).not.toContain(id);
    }
    expect(await db.meetingRead.count({ where: { meetingId: id } })).toBe(0);
  });
});

async function recordReview(firstId: string, statuses: ("MET" | "PARTLY_MET" | "NOT_MET")[]) {
  const targets = await db.meetingTarget.findMany({
    where: { meetingId: firstId },
    orderBy: { dueOn: "asc" },
  });
  return callerFor(mo.actor).meeting.record(
    meetingInput({
      reviewOfId: firstId,
      heldAt: new Date(`${daysFromToday(0)}T00:01:00Z`),
      targets: [],
      outcome: "CONTINUE",
      reviewOn: "",
      reviewedTargets: targets.map((target, index) => ({
        targetId: target.id,
        status: statuses[index],
        note: index === 0 ? "Bus pass arrived" : undefined,
      })),
    }),
  );
}

describe("the review meeting", () => {
  it("records each target's status and links to the first meeting", async () => {
    const first = await recordFirstMeeting();
    const review = await recordReview(first.id, ["MET", "PARTLY_MET"]);

    const earlier = await callerFor(schoolStaff.actor).meeting.get({ meetingId: first.id });
    expect(earlier.reviewedBy?.reference).toBe(review.reference);
    expect(earlier.reviewState).toBe("REVIEWED");
    expect(earlier.targets.map((t) => [t.status, t.reviewedIn?.reference])).toEqual([
      ["MET", review.reference],
      ["PARTLY_MET", review.reference],
    ]);
    const later = await callerFor(schoolStaff.actor).meeting.get({ meetingId: review.id });
    expect(later.reviewOf?.reference).toBe(first.reference);
    expect(later.reviewedTargets.map((t) => [t.description, t.status, t.reviewNote])).toEqual([
      ["Arrange a bus pass", "MET", "Bus pass arrived"],
      ["Attend every Monday session", "PARTLY_MET", null],
    ]);
  });

  it("refuses a second review of the same meeting with a clear message", async () => {
    const first = await recordFirstMeeting();
    const review = await recordReview(first.id, ["MET", "MET"]);

    const error = await rejection(recordReview(first.id, ["NOT_MET", "NOT_MET"]));
    expect(error.code).toBe("CONFLICT");
    expect(fieldMessages(error).reviewOfId).toContain(`reviewed, at meeting ${review.reference}`);
    expect(await db.studentMeeting.count({ where: { reviewOfId: first.id } })).toBe(1);
  });

  it("keeps one of two reviews recorded at once, and refuses the other with CONFLICT", async () => {
    const first = await recordFirstMeeting();
    const results = await Promise.allSettled([
      recordReview(first.id, ["MET", "MET"]),
      recordReview(first.id, ["NOT_MET", "NOT_MET"]),
    ]);

    expect(results.map((result) => result.status).sort()).toEqual(["fulfilled", "rejected"]);
    const refused = results.find((result) => result.status === "rejected")!;
    expect((refused as PromiseRejectedResult).reason.code).toBe("CONFLICT");
    expect(await db.studentMeeting.count({ where: { reviewOfId: first.id } })).toBe(1);
  });

  it("needs a status for every open target of the earlier meeting", async () => {
    const first = await recordFirstMeeting();
    const [target] = await db.meetingTarget.findMany({ where: { meetingId: first.id } });
    const input = meetingInput({
      reviewOfId: first.id,
      heldAt: new Date(`${daysFromToday(0)}T00:01:00Z`),
      targets: [],
      outcome: "CONTINUE",
      reviewOn: "",
      reviewedTargets: [{ targetId: target.id, status: "MET" }],
    });
    const error = await rejection(callerFor(mo.actor).meeting.record(input));
    expect(fieldMessages(error)).toEqual({
      reviewedTargets: "Record whether each target of the earlier meeting was met",
    });
    expect(await db.studentMeeting.count({ where: { reviewOfId: first.id } })).toBe(0);
  });
});

describe("reviewing a target between meetings", () => {
  it("lets the MO and the placement's provider record a status, audited", async () => {
    const { id } = await recordFirstMeeting();
    const [target] = await db.meetingTarget.findMany({ where: { meetingId: id } });

    await callerFor(tutor.actor).meeting.reviewTarget({ targetId: target.id, status: "NOT_MET" });
    const result = await callerFor(mo.actor).meeting.reviewTarget({
      targetId: target.id,
      status: "PARTLY_MET",
      note: "Better this week",
    });

    expect(result.status).toBe("PARTLY_MET");
    const audit = await db.auditEvent.findMany({
      where: { action: "meeting.reviewTarget", recordId: target.id },
      orderBy: { at: "asc" },
    });
    expect(audit.map((row) => row.actorUserId)).toEqual([tutor.id, mo.id]);
  });

  it("refuses once the placement has ended, leaving the target as it was", async () => {
    const { id } = await recordFirstMeeting();
    const [target] = await db.meetingTarget.findMany({ where: { meetingId: id } });
    await db.placement.update({ where: { id: placement.id }, data: { status: "COMPLETED" } });

    const error = await rejection(
      callerFor(mo.actor).meeting.reviewTarget({ targetId: target.id, status: "MET" }),
    );

    expect(fieldMessages(error)).toEqual({
      status: "This placement has ended, so its targets are closed",
    });
    const held = await db.meetingTarget.findUniqueOrThrow({ where: { id: target.id } });
    expect(held.status).toBe("OPEN");
  });

  it("refuses the school (FORBIDDEN) and another provider (NOT_FOUND)", async () => {
    const { id } = await recordFirstMeeting();
    const [target] = await db.meetingTarget.findMany({ where: { meetingId: id } });
    const input = { targetId: target.id, status: "MET" as const };

    expect((await rejection(callerFor(schoolDsl.actor).meeting.reviewTarget(input))).code).toBe(
      "FORBIDDEN",
    );
    expect((await rejection(callerFor(otherTutor.actor).meeting.reviewTarget(input))).code).toBe(
      "NOT_FOUND",
    );
    const held = await db.meetingTarget.findUniqueOrThrow({ where: { id: target.id } });
    expect(held.status).toBe("OPEN");
  });
});

describe("the list", () => {
  it("tags and filters reviews due and overdue", async () => {
    const due = await recordFirstMeeting();
    const overdue = await callerFor(mo.actor).meeting.record(
      meetingInput({
        heldAt: new Date(`${daysFromToday(-20)}T10:00:00Z`),
        targets: [],
        reviewOn: daysFromToday(-2),
      }),
    );
    const caller = callerFor(mo.actor);

    const dueList = await caller.meeting.list({ review: "REVIEW_DUE", placementId: placement.id });
    expect(dueList.rows.map((row) => row.id)).toEqual([]);
    const overdueList = await caller.meeting.list({
      review: "REVIEW_OVERDUE",
      placementId: placement.id,
    });
    expect(overdueList.rows.map((row) => [row.id, row.reviewState])).toEqual([
      [overdue.id, "OVERDUE"],
    ]);
    const all = await caller.meeting.list({ studentId: student.id });
    expect(all.rows.map((row) => [row.reference, row.reviewState, row.openTargets])).toEqual([
      [due.reference, "SCHEDULED", 2],
      [overdue.reference, "OVERDUE", 0],
    ]);
  });
});

describe("summaries for the dashboards", () => {
  it("give each placement's open targets and reviews awaited, in scope", async () => {
    const first = await recordFirstMeeting();
    const late = await callerFor(mo.actor).meeting.record(
      meetingInput({
        heldAt: new Date(`${daysFromToday(-20)}T10:00:00Z`),
        targets: [],
        reviewOn: daysFromToday(-2),
      }),
    );
    const placementIds = [placement.id];

    const targets = await openTargetsOf({ db, actor: mo.actor, placementIds });
    expect(targets.map((t) => fromDateOnly(t.dueOn))).toEqual([daysFromToday(5), daysFromToday(7)]);
    const awaiting = await awaitingReviewOf({ db, actor: mo.actor, placementIds });
    expect(awaiting.map((row) => [row.id, fromDateOnly(row.reviewOn!)])).toEqual([
      [late.id, daysFromToday(-2)],
      [first.id, meetingInput().reviewOn],
    ]);

    expect(await openTargetsOf({ db, actor: otherTutor.actor, placementIds })).toEqual([]);
    expect(await awaitingReviewOf({ db, actor: otherSchoolStaff.actor, placementIds })).toEqual([]);
  });
});

const request = (path: string) => new Request(`http://127.0.0.1:3202${path}`);
const as = (user: TestUser) => async () => callerFor(user.actor);

/** The page text of a pdfkit PDF: its content streams inflated, hex strings decoded. */
function pdfText(pdf: Buffer): string {
  const raw = pdf.toString("latin1");
  const streams = [...raw.matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)].map((found) => {
    try {
      return inflateSync(Buffer.from(found[1], "latin1")).toString("latin1");
    } catch {
      return "";
    }
  });
  // Each line is a TJ array of hex strings split by kerning numbers: join its strings.
  const lines = [...streams.join("\n").matchAll(/\[([^\]]*)\] TJ/g)].map((array) =>
    [...array[1].matchAll(/<([0-9a-f]*)>/gi)]
      .map((hex) => Buffer.from(hex[1], "hex").toString("latin1"))
      .join(""),
  );
  return lines.join("\n");
}

describe("the PDF", () => {
  it("sends a signed-out caller to sign in on the host the browser asked, by path", async () => {
    const { id } = await recordFirstMeeting();
    const signedOut = async () => callerFor(null);

    const pdf = await meetingPdfRoute(request(`/meetings/${id}/pdf`), id, signedOut);
    const ics = await meetingCalendarRoute(request(`/meetings/${id}/calendar.ics`), id, signedOut);

    for (const response of [pdf, ics]) {
      expect(response.status).toBe(303);
      expect(response.headers.get("Location")).toBe("/sign-in?ended=1");
    }
  });

  it("is a PDF of the record for the school, and counts as opening it", async () => {
    const { id, reference } = await recordFirstMeeting();

    const response = await meetingPdfRoute(request(`/meetings/${id}/pdf`), id, as(schoolDsl));

    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    const pdf = Buffer.from(await response.arrayBuffer());
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    expect(pdf.toString("latin1")).toContain(`(Student meeting ${reference})`);
    const text = pdfText(pdf);
    expect(text).toContain("Arrange a bus pass");
    expect(text).toContain("Quentin says the bus is often late.");
    const reads = await db.meetingRead.findMany({ where: { meetingId: id } });
    expect(reads.map((read) => read.userId)).toEqual([schoolDsl.id]);
  });

  it("writes text the standard font cannot show as a replacement, not a crash", async () => {
    const input = meetingInput({ studentView: "Says it's 👍 now — Dvořák" });
    const { id } = await callerFor(mo.actor).meeting.record(input);
    const response = await meetingPdfRoute(request(`/meetings/${id}/pdf`), id, as(mo));
    expect(response.status).toBe(200);
    expect(pdfText(Buffer.from(await response.arrayBuffer()))).toContain("Says it's ? now");
  });

  it("is refused (404) to another organisation, which opens nothing", async () => {
    const { id } = await recordFirstMeeting();
    const response = await meetingPdfRoute(request(`/meetings/${id}/pdf`), id, as(otherTutor));
    expect(response.status).toBe(404);
    expect(await db.meetingRead.count({ where: { meetingId: id } })).toBe(0);
  });
});

describe("calendars", () => {
  it("give the meeting and its review as events with the reference and initials only", async () => {
    const { id, reference } = await recordFirstMeeting();
    const path = `/meetings/${id}/calendar.ics`;

    const response = await meetingCalendarRoute(request(path), id, as(schoolStaff));

    expect(response.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    const ics = await response.text();
    expect(ics).toContain(`SUMMARY:Student meeting: ${reference} (Q.M.)`);
    expect(ics).toContain(`SUMMARY:Review meeting: ${reference}`);
    expect(ics).toContain(`DTSTART;VALUE=DATE:${daysFromToday(10).replaceAll("-", "")}`);
    expect(ics).toContain(`URL:http://127.0.0.1:3202/meetings/${id}`);
    expect(ics).not.toMatch(/Quentin|Marchbanks|bus/);
    // Adding to a calendar is not reading the record.
    expect(await db.meetingRead.count({ where: { meetingId: id } })).toBe(0);
  });

  it("drop the review event once the review meeting is recorded", async () => {
    const first = await recordFirstMeeting();
    await recordReview(first.id, ["MET", "MET"]);

    const response = await meetingCalendarRoute(
      request(`/meetings/${first.id}/calendar.ics`),
      first.id,
      as(mo),
    );

    const ics = await response.text();
    expect(ics).toContain(`SUMMARY:Student meeting: ${first.reference} (Q.M.)`);
    expect(ics).not.toContain("Review meeting:");
  });

  it("refuse another school's meeting (404)", async () => {
    const { id } = await recordFirstMeeting();
    const path = `/meetings/${id}/calendar.ics`;
    const response = await meetingCalendarRoute(request(path), id, as(otherSchoolStaff));
    expect(response.status).toBe(404);
  });

  it("list an MO's caseload reviews and a school's own, and nobody else's", async () => {
    const { reference } = await recordFirstMeeting();
    const path = "/meetings/calendar.ics";

    const mine = await (await reviewCalendarRoute(request(path), as(mo))).text();
    expect(mine).toContain(`SUMMARY:Review meeting: ${reference}`);
    const theSchool = await (await reviewCalendarRoute(request(path), as(schoolStaff))).text();
    expect(theSchool).toContain(`SUMMARY:Review meeting: ${reference}`);

    const anotherMo = await makeUser(db, { organisation: service, roles: ["MONITORING_OFFICER"] });
    const theirs = await (await reviewCalendarRoute(request(path), as(anotherMo))).text();
    expect(theirs).toContain("BEGIN:VCALENDAR");
    expect(theirs).not.toContain(reference);
    const outsider = await (await reviewCalendarRoute(request(path), as(otherSchoolStaff))).text();
    expect(outsider).not.toContain(reference);
  });
});

describe("the student's chronology", () => {
  it("shows meetings held, a review due and targets reviewed, to those who see the meeting", async () => {
    const first = await recordFirstMeeting();
    const pending = await callerFor(mo.actor).meeting.record(meetingInput({ targets: [] }));
    const review = await recordReview(first.id, ["MET", "NOT_MET"]);
    const kinds = ["MEETING" as const];

    const { events } = await callerFor(schoolStaff.actor).student.chronology({
      studentId: student.id,
      kinds,
    });

    const shown = events.map((event) => [event.type, event.link]).sort();
    expect(shown).toEqual(
      [
        ["meeting.held", `/meetings/${first.id}`],
        ["meeting.held", `/meetings/${pending.id}`],
        ["meeting.held", `/meetings/${review.id}`],
        ["meeting.reviewDue", `/meetings/${pending.id}`],
        ["meeting.targetsReviewed", `/meetings/${review.id}`],
      ].sort(),
    );
    const reviewed = events.find((event) => event.type === "meeting.targetsReviewed");
    expect(reviewed?.detail).toBe("1 met, 0 partly met, 1 not met");
    // Recorded by the MO: the service's name, not the provider's.
    const held = events.find((event) => event.link === `/meetings/${first.id}`);
    expect(held?.by).toBe(`${mo.name}, ${service.name}`);
    expect(JSON.stringify(events)).not.toContain("Attendance has fallen");

    // The other provider reads the student through its own placement, but not these meetings.
    const theirs = await callerFor(otherTutor.actor).student.chronology({
      studentId: student.id,
      kinds,
    });
    expect(theirs.events).toEqual([]);
  });
});

describe("the form's starting point", () => {
  it("offers the recorder, the other parties, the student and their parents or carers", async () => {
    await db.studentContact.create({
      data: { studentId: student.id, name: "Pat Marchbanks", relationship: "Mother" },
    });

    const form = await callerFor(tutor.actor).meeting.form({ placementId: placement.id });

    expect(form.attendees).toEqual([
      { party: "PROVIDER", name: tutor.name, role: "Provider staff" },
      { party: "SERVICE", name: mo.name, role: "Monitoring officer" },
      { party: "SCHOOL", name: "" },
      { party: "STUDENT", name: "Quentin Marchbanks" },
      { party: "PARENT_CARER", name: "Pat Marchbanks", role: "Mother" },
    ]);
    const error = await rejection(
      callerFor(tutor.actor).meeting.form({ placementId: otherPlacement.id }),
    );
    expect(error.code).toBe("NOT_FOUND");
  });

  it("brings the earlier meeting's targets on a review", async () => {
    const first = await recordFirstMeeting();
    const form = await callerFor(mo.actor).meeting.form({
      placementId: placement.id,
      reviewOfId: first.id,
    });
    expect(form.reviewOf?.targets.map((t) => [t.description, t.status])).toEqual([
      ["Arrange a bus pass", "OPEN"],
      ["Attend every Monday session", "OPEN"],
    ]);
    expect(form.attendees[0]).toEqual({
      party: "SERVICE",
      name: mo.name,
      role: "Monitoring officer",
    });
  });
});
