import { beforeEach, describe, expect, it } from "vitest";
import { formatDate, ukToday } from "@/lib/dates";
import type { SubmitCourseConfirmationInput } from "@/lib/schemas/course-confirmation";
import type { Organisation } from "@/server/db/generated/client";
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
import { daysFromToday, fieldMessages, referTo, rejection } from "./helpers";

const db = await setupTestDatabase();

let provider: Organisation;
let otherProvider: Organisation;
let tutor: TestUser;
let colleague: TestUser;
let otherTutor: TestUser;
let officer: TestUser;
let admin: TestUser;
let lead: TestUser;
let schoolStaff: TestUser;

beforeEach(async () => {
  provider = await makeOrganisation(db, { kind: "PROVIDER", name: "Alpha Training" });
  otherProvider = await makeOrganisation(db, { kind: "PROVIDER", name: "Beta Skills" });
  const service = await makeOrganisation(db, { kind: "SERVICE" });
  const school = await makeOrganisation(db, { kind: "SCHOOL" });
  tutor = await makeUser(db, { organisation: provider, roles: ["PROVIDER_STAFF"] });
  colleague = await makeUser(db, { organisation: provider, roles: ["PROVIDER_DSL"] });
  otherTutor = await makeUser(db, { organisation: otherProvider, roles: ["PROVIDER_STAFF"] });
  officer = await makeUser(db, { organisation: service, roles: ["QUALITY_OFFICER"] });
  admin = await makeUser(db, { organisation: service, roles: ["SERVICE_ADMIN"] });
  lead = await makeUser(db, { organisation: service, roles: ["SERVICE_LEAD"] });
  schoolStaff = await makeUser(db, { organisation: school, roles: ["SCHOOL_STAFF"] });
});

/** An open survey with a required rating, an optional yes/no and a required text question. */
async function openSurvey() {
  const qo = callerFor(officer.actor);
  const { id } = await qo.survey.create({
    title: "Working with the service",
    intro: "Tell us how the year has gone.",
    closesOn: daysFromToday(14),
  });
  const rating = await qo.survey.addQuestion({
    surveyId: id,
    text: "How well does the service support you?",
    kind: "RATING",
    required: "YES",
  });
  const yesNo = await qo.survey.addQuestion({
    surveyId: id,
    text: "Were referrals complete?",
    kind: "YES_NO",
    required: "NO",
  });
  const text = await qo.survey.addQuestion({
    surveyId: id,
    text: "What should change?",
    kind: "TEXT",
    required: "YES",
  });
  await qo.survey.open({ surveyId: id });
  return { id, ratingId: rating.id, yesNoId: yesNo.id, textId: text.id };
}

type OpenedSurvey = Awaited<ReturnType<typeof openSurvey>>;

async function respondAsTwo(survey: OpenedSurvey) {
  await callerFor(tutor.actor).survey.respond({
    surveyId: survey.id,
    answers: { [survey.ratingId]: "4", [survey.yesNoId]: "YES", [survey.textId]: "More visits" },
  });
  await callerFor(otherTutor.actor).survey.respond({
    surveyId: survey.id,
    answers: { [survey.ratingId]: "5", [survey.textId]: "Earlier paperwork" },
  });
}

/** Three providers answer: ratings 4, 5 and 2 (mean 3.7); yes/no once each, once skipped. */
async function respondAsThree(survey: OpenedSurvey) {
  await respondAsTwo(survey);
  const third = await makeOrganisation(db, { kind: "PROVIDER", name: "Gamma Works" });
  const thirdTutor = await makeUser(db, { organisation: third, roles: ["PROVIDER_STAFF"] });
  await callerFor(thirdTutor.actor).survey.respond({
    surveyId: survey.id,
    answers: { [survey.ratingId]: "2", [survey.yesNoId]: "NO", [survey.textId]: "Fewer forms" },
  });
}

describe("a provider survey", () => {
  it("is built as a draft, reordered, opened, answered once per provider and aggregated", async () => {
    const qo = callerFor(officer.actor);
    const { id } = await qo.survey.create({ title: "Draft", closesOn: daysFromToday(7) });
    const first = await qo.survey.addQuestion({
      surveyId: id,
      text: "First",
      kind: "TEXT",
      required: "YES",
    });
    const second = await qo.survey.addQuestion({
      surveyId: id,
      text: "Second",
      kind: "RATING",
      required: "YES",
    });
    await qo.survey.moveQuestion({ questionId: second.id, direction: "UP" });
    await qo.survey.updateQuestion({
      questionId: first.id,
      text: "First, reworded",
      kind: "TEXT",
      required: "NO",
    });
    const draft = await qo.survey.get({ surveyId: id });
    expect(draft.status).toBe("DRAFT");
    expect(draft.questions.map((q) => [q.text, q.position, q.required])).toEqual([
      ["Second", 1, true],
      ["First, reworded", 2, false],
    ]);
    // A provider does not see a draft.
    expect((await rejection(callerFor(tutor.actor).survey.get({ surveyId: id }))).code).toBe(
      "NOT_FOUND",
    );
    expect(await callerFor(tutor.actor).survey.list()).toEqual([]);
  });

  it("shows no answers while open, only who responded and how many", async () => {
    const survey = await openSurvey();
    await respondAsThree(survey);

    const results = await callerFor(officer.actor).survey.results({ surveyId: survey.id });
    expect(results).toMatchObject({
      status: "OPEN",
      withheld: "NOT_CLOSED",
      questions: null,
      responseCount: 3,
      respondents: ["Alpha Training", "Beta Skills", "Gamma Works"],
    });
    const shown = JSON.stringify(results);
    for (const answer of ["More visits", "Earlier paperwork", "Fewer forms"]) {
      expect(shown).not.toContain(answer);
    }
  });

  it("withholds the answers of a closed survey with fewer than 3 responses", async () => {
    const survey = await openSurvey();
    await callerFor(tutor.actor).survey.respond({
      surveyId: survey.id,
      answers: { [survey.ratingId]: "4", [survey.textId]: "More visits" },
    });
    await callerFor(otherTutor.actor).survey.respond({
      surveyId: survey.id,
      answers: { [survey.ratingId]: "5", [survey.textId]: "Earlier paperwork" },
    });
    await callerFor(officer.actor).survey.close({ surveyId: survey.id });

    const results = await callerFor(officer.actor).survey.results({ surveyId: survey.id });
    expect(results).toMatchObject({
      status: "CLOSED",
      withheld: "TOO_FEW_RESPONSES",
      minimumResponses: 3,
      questions: null,
      responseCount: 2,
      respondents: ["Alpha Training", "Beta Skills"],
    });
    expect(JSON.stringify(results)).not.toContain("More visits");
  });

  it("shows the results once past the closing date, with 3 responses", async () => {
    const survey = await openSurvey();
    await respondAsThree(survey);
    await db.survey.update({
      where: { id: survey.id },
      data: { closesOn: new Date(`${daysFromToday(-1)}T00:00:00Z`) },
    });
    const results = await callerFor(officer.actor).survey.results({ surveyId: survey.id });
    expect(results.withheld).toBeNull();
    expect(results.questions?.[0].summary).toMatchObject({ kind: "RATING", mean: 3.7 });
  });

  it("aggregates answers anonymously once closed, respondents listed apart", async () => {
    const survey = await openSurvey();
    await respondAsThree(survey);
    await callerFor(officer.actor).survey.close({ surveyId: survey.id });

    const results = await callerFor(officer.actor).survey.results({ surveyId: survey.id });
    expect(results.withheld).toBeNull();
    expect(results.responseCount).toBe(3);
    expect(results.respondents).toEqual(["Alpha Training", "Beta Skills", "Gamma Works"]);
    const [rating, yesNo, text] = (results.questions ?? []).map((q) => q.summary);
    expect(rating).toMatchObject({ kind: "RATING", answered: 3, mean: 3.7 });
    expect(rating.kind === "RATING" && rating.counts.map((c) => c.count)).toEqual([0, 1, 0, 1, 1]);
    expect(yesNo).toEqual({ kind: "YES_NO", answered: 2, yes: 1, no: 1 });
    expect(text).toEqual({
      kind: "TEXT",
      answered: 3,
      texts: ["Earlier paperwork", "Fewer forms", "More visits"],
    });
    // The aggregated questions carry no provider or person.
    const questions = JSON.stringify(results.questions);
    for (const name of ["Alpha Training", "Beta Skills", "Gamma Works", tutor.name]) {
      expect(questions).not.toContain(name);
    }
  });

  it("lists counts for officers, and a provider only its own answers", async () => {
    const survey = await openSurvey();
    await respondAsTwo(survey);

    const listed = await callerFor(officer.actor).survey.list();
    expect(listed.find((s) => s.id === survey.id)).toMatchObject({
      status: "OPEN",
      responseCount: 2,
    });
    const own = await callerFor(colleague.actor).survey.list();
    expect(own.find((s) => s.id === survey.id)).toMatchObject({ responseCount: null });
    expect(own.find((s) => s.id === survey.id)?.respondedAt).toBeInstanceOf(Date);
    const read = await callerFor(colleague.actor).survey.get({ surveyId: survey.id });
    expect(read.responseCount).toBeNull();
    expect(read.ownResponse?.answers.map((a) => a.text ?? a.rating ?? a.yes)).toEqual(
      expect.arrayContaining([4, true, "More visits"]),
    );
    expect(JSON.stringify(read)).not.toContain("Earlier paperwork");
  });

  it("refuses a second response from the same provider, even from a colleague", async () => {
    const survey = await openSurvey();
    const answers = { [survey.ratingId]: "3", [survey.textId]: "Fine" };
    await callerFor(tutor.actor).survey.respond({ surveyId: survey.id, answers });

    const again = await rejection(
      callerFor(colleague.actor).survey.respond({ surveyId: survey.id, answers }),
    );
    expect(again.code).toBe("CONFLICT");
    expect(again.message).toBe("Your organisation has already responded to this survey");
    expect(await db.surveyResponse.count({ where: { surveyId: survey.id } })).toBe(1);
  });

  it("names each missing or wrong answer by its question", async () => {
    const survey = await openSurvey();
    const missing = await rejection(
      callerFor(tutor.actor).survey.respond({
        surveyId: survey.id,
        answers: { [survey.ratingId]: "4" },
      }),
    );
    expect(missing.code).toBe("BAD_REQUEST");
    expect(fieldMessages(missing)).toEqual({
      [`answers.${survey.textId}`]: "Answer “What should change?”",
    });

    const wrongKind = await rejection(
      callerFor(tutor.actor).survey.respond({
        surveyId: survey.id,
        answers: { [survey.ratingId]: "7", [survey.textId]: "x" },
      }),
    );
    expect(fieldMessages(wrongKind)).toEqual({
      [`answers.${survey.ratingId}`]:
        "Choose an answer to “How well does the service support you?” from the choices given",
    });
    expect(await db.surveyResponse.count({ where: { surveyId: survey.id } })).toBe(0);
    expect(await db.surveyAnswer.count({ where: { question: { surveyId: survey.id } } })).toBe(0);
  });

  it("takes no responses once closed or past its closing date", async () => {
    const closed = await openSurvey();
    await callerFor(officer.actor).survey.close({ surveyId: closed.id });
    const answers = { [closed.ratingId]: "3", [closed.textId]: "Fine" };
    const late = await rejection(
      callerFor(tutor.actor).survey.respond({ surveyId: closed.id, answers }),
    );
    expect(late.code).toBe("CONFLICT");
    expect(late.message).toBe("This survey has closed and no longer takes responses");

    const lapsed = await openSurvey();
    await db.survey.update({
      where: { id: lapsed.id },
      data: { closesOn: new Date(`${daysFromToday(-1)}T00:00:00Z`) },
    });
    const afterDate = await rejection(
      callerFor(tutor.actor).survey.respond({
        surveyId: lapsed.id,
        answers: { [lapsed.ratingId]: "3", [lapsed.textId]: "Fine" },
      }),
    );
    expect(afterDate.message).toBe("This survey has closed and no longer takes responses");
  });

  it("refuses question changes once open, and opening without questions", async () => {
    const survey = await openSurvey();
    const add = await rejection(
      callerFor(officer.actor).survey.addQuestion({
        surveyId: survey.id,
        text: "Late question",
        kind: "TEXT",
        required: "NO",
      }),
    );
    expect(add.code).toBe("CONFLICT");
    expect(add.message).toBe(
      "This survey is open to providers, so its questions can no longer be changed",
    );
    const move = await rejection(
      callerFor(officer.actor).survey.moveQuestion({ questionId: survey.textId, direction: "UP" }),
    );
    expect(move.code).toBe("CONFLICT");

    const { id } = await callerFor(officer.actor).survey.create({
      title: "Empty",
      closesOn: daysFromToday(3),
    });
    const empty = await rejection(callerFor(officer.actor).survey.open({ surveyId: id }));
    expect(fieldMessages(empty)).toEqual({
      questions: "Add at least one question before opening the survey",
    });
    const past = await rejection(
      callerFor(officer.actor).survey.create({ title: "Past", closesOn: daysFromToday(-1) }),
    );
    expect(fieldMessages(past)).toEqual({
      closesOn: "The closing date must be today or in the future",
    });
  });

  it("never shows a provider the results, nor lets it manage surveys", async () => {
    const survey = await openSurvey();
    const results = await rejection(callerFor(tutor.actor).survey.results({ surveyId: survey.id }));
    expect(results.code).toBe("FORBIDDEN");
    const create = await rejection(
      callerFor(tutor.actor).survey.create({ title: "Mine", closesOn: daysFromToday(3) }),
    );
    expect(create.code).toBe("FORBIDDEN");
    const answer = await rejection(
      callerFor(officer.actor).survey.respond({ surveyId: survey.id, answers: {} }),
    );
    expect(answer.code).toBe("FORBIDDEN");
  });
});

describe("photo and video consent", () => {
  it("is recorded for the provider's own student and for staff, and withdrawn, not deleted", async () => {
    const student = await makeStudent(db, { legalFirstName: "Amara", legalLastName: "Okafor" });
    await referTo(db, student, provider);
    const mine = callerFor(tutor.actor);
    const { id } = await mine.consent.record({
      subject: "STUDENT",
      studentId: student.id,
      photo: "YES",
      video: "NO",
      givenBy: "Grace Okafor",
      relationship: "PARENT_CARER",
      givenOn: daysFromToday(-2),
    });
    await mine.consent.record({
      subject: "STAFF",
      personName: "Sam Tutor",
      photo: "YES",
      video: "YES",
      givenBy: "Sam Tutor",
      givenOn: daysFromToday(0),
    });

    const listed = await mine.consent.list();
    expect(listed.map((c) => [c.person.name, c.photo, c.video])).toEqual(
      expect.arrayContaining([
        ["Amara Okafor", true, false],
        ["Sam Tutor", true, true],
      ]),
    );
    await mine.consent.withdraw({
      consentId: id,
      withdrawnOn: daysFromToday(0),
      reason: "Parent asked by phone",
    });
    const stored = await db.mediaConsent.findUniqueOrThrow({ where: { id } });
    expect(stored.withdrawnReason).toBe("Parent asked by phone");
    const again = await rejection(
      mine.consent.withdraw({ consentId: id, withdrawnOn: daysFromToday(0), reason: "Again" }),
    );
    expect(again.code).toBe("CONFLICT");

    // The officer sees every provider's consents, the student by initials only.
    const seen = await callerFor(officer.actor).consent.list();
    expect(seen.find((c) => c.id === id)?.person.name).toBe("Student A. O.");
    expect(JSON.stringify(seen)).not.toContain("Amara");
    const byLead = await callerFor(lead.actor).consent.get({ consentId: id });
    expect(byLead.person.name).toBe("Amara Okafor");
    expect(await callerFor(otherTutor.actor).consent.list()).toEqual([]);
  });

  it("refuses a second current consent for a student until the first is withdrawn", async () => {
    const student = await makeStudent(db, { legalFirstName: "Amara", legalLastName: "Okafor" });
    await referTo(db, student, provider);
    const given = {
      subject: "STUDENT" as const,
      studentId: student.id,
      givenBy: "Grace Okafor",
      relationship: "PARENT_CARER" as const,
      givenOn: daysFromToday(-1),
    };
    const first = await callerFor(tutor.actor).consent.record({
      ...given,
      photo: "YES",
      video: "YES",
    });
    const recorded = await db.mediaConsent.findUniqueOrThrow({ where: { id: first.id } });

    const second = await rejection(
      callerFor(colleague.actor).consent.record({ ...given, photo: "NO", video: "NO" }),
    );
    expect(second.code).toBe("BAD_REQUEST");
    expect(fieldMessages(second)).toEqual({
      studentId:
        `Amara Okafor already has current consent, recorded by ${tutor.name} on ` +
        `${formatDate(recorded.recordedAt)}. Withdraw it first, then record the new one`,
    });
    expect(await db.mediaConsent.count({ where: { studentId: student.id } })).toBe(1);

    await callerFor(colleague.actor).consent.withdraw({
      consentId: first.id,
      withdrawnOn: daysFromToday(0),
      reason: "Parent changed their mind",
    });
    await callerFor(colleague.actor).consent.record({ ...given, photo: "NO", video: "NO" });
    const current = await db.mediaConsent.findMany({
      where: { studentId: student.id, withdrawnOn: null },
    });
    expect(current.map((c) => [c.photo, c.video])).toEqual([[false, false]]);
  });

  it("keeps one current consent for a member of staff, whatever the capitals", async () => {
    const staff = { subject: "STAFF" as const, givenOn: daysFromToday(0), video: "NO" as const };
    await callerFor(tutor.actor).consent.record({
      ...staff,
      personName: "Sam Tutor",
      givenBy: "Sam Tutor",
      photo: "YES",
    });
    const again = await rejection(
      callerFor(tutor.actor).consent.record({
        ...staff,
        personName: "sam tutor",
        givenBy: "Sam",
        photo: "NO",
      }),
    );
    expect(Object.keys(fieldMessages(again))).toEqual(["personName"]);
    expect(fieldMessages(again).personName).toMatch(/^sam tutor already has current consent/);
    // Another provider's Sam Tutor is another person.
    await callerFor(otherTutor.actor).consent.record({
      ...staff,
      personName: "Sam Tutor",
      givenBy: "Sam Tutor",
      photo: "NO",
    });
  });

  it("leaves one current consent when two are recorded for a student at once", async () => {
    const student = await makeStudent(db);
    await referTo(db, student, provider);
    const record = (user: TestUser, answer: "YES" | "NO") =>
      callerFor(user.actor).consent.record({
        subject: "STUDENT",
        studentId: student.id,
        photo: answer,
        video: answer,
        givenBy: "A parent",
        relationship: "PARENT_CARER",
        givenOn: daysFromToday(0),
      });
    const results = await Promise.allSettled([record(tutor, "YES"), record(colleague, "NO")]);
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect(
      await db.mediaConsent.count({ where: { studentId: student.id, withdrawnOn: null } }),
    ).toBe(1);
  });

  it("refuses another provider's student as not found, and a school altogether", async () => {
    const student = await makeStudent(db);
    await referTo(db, student, otherProvider);
    const refused = await rejection(
      callerFor(tutor.actor).consent.record({
        subject: "STUDENT",
        studentId: student.id,
        photo: "YES",
        video: "YES",
        givenBy: "A parent",
        relationship: "PARENT_CARER",
        givenOn: daysFromToday(0),
      }),
    );
    expect(refused.code).toBe("NOT_FOUND");
    expect(await db.mediaConsent.count({ where: { studentId: student.id } })).toBe(0);
    expect((await rejection(callerFor(schoolStaff.actor).consent.list())).code).toBe("FORBIDDEN");
  });

  it("asks who consented for a student, and refuses a date in the future", async () => {
    const student = await makeStudent(db);
    await referTo(db, student, provider);
    const noRelationship = await rejection(
      callerFor(tutor.actor).consent.record({
        subject: "STUDENT",
        studentId: student.id,
        photo: "YES",
        video: "YES",
        givenBy: "A parent",
        givenOn: daysFromToday(0),
      }),
    );
    expect(fieldMessages(noRelationship)).toEqual({
      relationship: "Select who gave consent for the student",
    });
    const future = await rejection(
      callerFor(tutor.actor).consent.record({
        subject: "STAFF",
        personName: "Sam",
        photo: "NO",
        video: "NO",
        givenBy: "Sam",
        givenOn: daysFromToday(1),
      }),
    );
    expect(fieldMessages(future)).toEqual({
      givenOn: "The date consent was given must be today or in the past",
    });
  });
});

function confirmationOf(
  overrides: Partial<SubmitCourseConfirmationInput> = {},
): SubmitCourseConfirmationInput {
  return {
    contractReference: "DPS-2026-LOT3",
    title: "Motor vehicle maintenance",
    subject: "Motor vehicle",
    qualification: "Certificate in Vehicle Maintenance",
    level: "Level 1",
    awardingBody: "City & Guilds",
    daysOffered: ["TUESDAY", "THURSDAY"],
    places: 12,
    minAge: 14,
    maxAge: 16,
    location: "Unit 4, Canal Road",
    ...overrides,
  };
}

describe("course content confirmation", () => {
  it("accepted, creates the course that referrals choose from, and tells the provider", async () => {
    const { id, reference } = await callerFor(tutor.actor).courseConfirmation.submit(
      confirmationOf(),
    );
    expect(reference).toMatch(/^CCF-\d{6}$/);
    expect(await db.notification.count({ where: { userId: officer.id } })).toBe(1);
    const before = await callerFor(schoolStaff.actor).course.list({ providerId: provider.id });
    expect(before).toEqual([]);

    const decided = await callerFor(admin.actor).courseConfirmation.decide({
      confirmationId: id,
      decision: "ACCEPTED",
    });
    const courses = await callerFor(schoolStaff.actor).course.list({ providerId: provider.id });
    expect(courses).toHaveLength(1);
    expect(courses[0]).toMatchObject({
      id: decided.courseId,
      title: "Motor vehicle maintenance",
      daysOffered: ["TUESDAY", "THURSDAY"],
      places: 12,
      minAge: 14,
      maxAge: 16,
      awardingBody: "City & Guilds",
    });
    const audit = await db.auditEvent.findMany({
      where: { recordId: { in: [id, decided.courseId!] } },
    });
    expect(audit.map((row) => row.action).sort()).toEqual([
      "course.create",
      "courseConfirmation.decide",
      "courseConfirmation.submit",
    ]);
    const told = await db.notification.findMany({ where: { userId: tutor.id } });
    expect(told.map((n) => n.title)).toEqual([`Course content ${reference} accepted`]);
  });

  it("accepted for an existing course, updates that course", async () => {
    const course = await makeCourse(db, { provider, title: "Old title", places: 5 });
    const { id } = await callerFor(tutor.actor).courseConfirmation.submit(
      confirmationOf({ courseId: course.id, places: 8, daysOffered: ["FRIDAY"] }),
    );
    await callerFor(officer.actor).courseConfirmation.decide({
      confirmationId: id,
      decision: "ACCEPTED",
    });
    const updated = await db.course.findUniqueOrThrow({ where: { id: course.id } });
    expect(updated).toMatchObject({ title: "Motor vehicle maintenance", places: 8 });
    expect(updated.daysOffered).toEqual(["FRIDAY"]);
    expect(await db.course.count({ where: { providerId: provider.id } })).toBe(1);
  });

  it("refuses to accept a change to a live course that its placements no longer fit", async () => {
    const course = await makeCourse(db, {
      provider,
      title: "Bricklaying Foundations",
      daysOffered: ["MONDAY", "THURSDAY"],
      places: 16,
    });
    for (let n = 0; n < 9; n += 1) {
      await makePlacement(db, { student: await makeStudent(db), course });
    }
    const { id } = await callerFor(tutor.actor).courseConfirmation.submit(
      confirmationOf({ courseId: course.id, daysOffered: ["FRIDAY"], places: 1 }),
    );
    const refused = await rejection(
      callerFor(officer.actor).courseConfirmation.decide({
        confirmationId: id,
        decision: "ACCEPTED",
      }),
    );
    expect(refused.code).toBe("CONFLICT");
    expect(refused.message).toBe(
      "This confirmation cannot be accepted: it would change “Bricklaying Foundations” under " +
        "the students placed on it. Days offered drops Monday and Thursday, still used by 9 " +
        "active placements. Places (1) is fewer than the 9 active placements. Return it to " +
        "the provider to correct, or accept it once those placements have changed.",
    );
    const kept = await db.course.findUniqueOrThrow({ where: { id: course.id } });
    expect(kept).toMatchObject({ title: "Bricklaying Foundations", places: 16 });
    expect(kept.daysOffered).toEqual(["MONDAY", "THURSDAY"]);
    const waiting = await db.courseConfirmation.findUniqueOrThrow({ where: { id } });
    expect(waiting).toMatchObject({ status: "SUBMITTED", decidedAt: null });

    // Returning it is still possible.
    await callerFor(officer.actor).courseConfirmation.decide({
      confirmationId: id,
      decision: "RETURNED",
      comment: "Nine students are placed on Monday and Thursday",
    });
  });

  it("refuses ages that leave out a placed student; accepts a change that fits", async () => {
    const course = await makeCourse(db, { provider, daysOffered: ["MONDAY", "WEDNESDAY"] });
    // Born on 1 January sixteen years ago: 16 all this year.
    const sixteen = Number(ukToday().slice(0, 4)) - 16;
    const student = await makeStudent(db, { dateOfBirth: new Date(Date.UTC(sixteen, 0, 1)) });
    await makePlacement(db, { student, course, days: ["MONDAY"] });
    const narrowed = await callerFor(tutor.actor).courseConfirmation.submit(
      confirmationOf({ courseId: course.id, daysOffered: ["MONDAY"], minAge: 14, maxAge: 15 }),
    );
    const refused = await rejection(
      callerFor(officer.actor).courseConfirmation.decide({
        confirmationId: narrowed.id,
        decision: "ACCEPTED",
      }),
    );
    expect(refused.message).toContain("Ages 14 to 15 leave out 1 placed student aged 16.");
    expect(refused.message).not.toContain("Days offered");
    await callerFor(officer.actor).courseConfirmation.decide({
      confirmationId: narrowed.id,
      decision: "RETURNED",
      comment: "A 16-year-old is placed",
    });

    // Wednesday is dropped but no placement uses it; one place for one placement.
    const fits = await callerFor(tutor.actor).courseConfirmation.submit(
      confirmationOf({ courseId: course.id, daysOffered: ["MONDAY"], places: 1, maxAge: 16 }),
    );
    await callerFor(officer.actor).courseConfirmation.decide({
      confirmationId: fits.id,
      decision: "ACCEPTED",
    });
    const updated = await db.course.findUniqueOrThrow({ where: { id: course.id } });
    expect(updated).toMatchObject({ places: 1, daysOffered: ["MONDAY"] });
  });

  it("refuses another provider's course as not found", async () => {
    const theirs = await makeCourse(db, { provider: otherProvider });
    const refused = await rejection(
      callerFor(tutor.actor).courseConfirmation.submit(confirmationOf({ courseId: theirs.id })),
    );
    expect(refused.code).toBe("NOT_FOUND");
  });

  it("checks the age range and places field by field", async () => {
    const refused = await rejection(
      callerFor(tutor.actor).courseConfirmation.submit(
        confirmationOf({ minAge: 16, maxAge: 14, places: 0 }),
      ),
    );
    expect(fieldMessages(refused)).toEqual({
      places: "The number of places must be 1 or more",
      maxAge: "The oldest age must be the same as or more than the youngest age",
    });
    const young = await rejection(
      callerFor(tutor.actor).courseConfirmation.submit(confirmationOf({ minAge: 8 })),
    );
    expect(fieldMessages(young)).toEqual({ minAge: "The youngest age must be 11 or more" });
  });

  it("is returned only with a comment, and the provider submits a corrected one", async () => {
    const { id } = await callerFor(tutor.actor).courseConfirmation.submit(confirmationOf());
    const bare = await rejection(
      callerFor(officer.actor).courseConfirmation.decide({
        confirmationId: id,
        decision: "RETURNED",
      }),
    );
    expect(fieldMessages(bare)).toEqual({ comment: "Say what the provider needs to change" });

    await callerFor(officer.actor).courseConfirmation.decide({
      confirmationId: id,
      decision: "RETURNED",
      comment: "The awarding body does not offer this at level 1",
    });
    const returned = await callerFor(tutor.actor).courseConfirmation.get({ confirmationId: id });
    expect(returned.status).toBe("RETURNED");
    expect(returned.decisionComment).toBe("The awarding body does not offer this at level 1");
    expect(await db.course.count({ where: { providerId: provider.id } })).toBe(0);

    await callerFor(tutor.actor).courseConfirmation.submit(confirmationOf({ level: "Entry 3" }));
    const own = await callerFor(tutor.actor).courseConfirmation.list({});
    expect(own.map((c) => c.status).sort()).toEqual(["RETURNED", "SUBMITTED"]);
    const waiting = await callerFor(admin.actor).courseConfirmation.list({ status: "SUBMITTED" });
    expect(waiting.filter((c) => c.provider.id === provider.id)).toHaveLength(1);
    expect(await callerFor(otherTutor.actor).courseConfirmation.list({})).toEqual([]);
  });

  it("is decided once: a second decision, even at the same moment, is refused", async () => {
    const { id } = await callerFor(tutor.actor).courseConfirmation.submit(confirmationOf());
    const results = await Promise.allSettled([
      callerFor(officer.actor).courseConfirmation.decide({
        confirmationId: id,
        decision: "ACCEPTED",
      }),
      callerFor(admin.actor).courseConfirmation.decide({
        confirmationId: id,
        decision: "ACCEPTED",
      }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const loser = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(loser.reason.code).toBe("CONFLICT");
    expect(await db.course.count({ where: { providerId: provider.id } })).toBe(1);

    const later = await rejection(
      callerFor(lead.actor).courseConfirmation.decide({
        confirmationId: id,
        decision: "RETURNED",
        comment: "Too late",
      }),
    );
    expect(later.message).toBe("This confirmation has already been decided");
  });

  it("is not decided by the provider, nor read by another provider", async () => {
    const { id } = await callerFor(tutor.actor).courseConfirmation.submit(confirmationOf());
    const own = await rejection(
      callerFor(tutor.actor).courseConfirmation.decide({
        confirmationId: id,
        decision: "ACCEPTED",
      }),
    );
    expect(own.code).toBe("FORBIDDEN");
    const other = await rejection(
      callerFor(otherTutor.actor).courseConfirmation.get({ confirmationId: id }),
    );
    expect(other.code).toBe("NOT_FOUND");
  });
});
