import type { Prisma } from "@/server/db/generated/client";
import { dateOnly, momentOn } from "./calendar";
import { newId, type SeedContext } from "./context";
import type { SeedOrganisations } from "./organisations";
import type { SeedPeople } from "./people";
import type { ReferralRecords } from "./referrals";
import type { UserRow } from "./rows";

// Surveys, photo and video consent and course content confirmations (ADR 0018) for the demo:
// an open survey most providers have answered (the demo provider has not, so its staff can),
// a few consents at the demo provider, and one confirmation waiting and one accepted.

type Rows<T> = (T & { id: string })[];

export interface SurveysCoursesRecords {
  surveys: Rows<Prisma.SurveyCreateManyInput>;
  questions: Rows<Prisma.SurveyQuestionCreateManyInput>;
  responses: Rows<Prisma.SurveyResponseCreateManyInput>;
  answers: Rows<Prisma.SurveyAnswerCreateManyInput>;
  consents: Rows<Prisma.MediaConsentCreateManyInput>;
  confirmations: Rows<Prisma.CourseConfirmationCreateManyInput>;
}

const QUESTIONS = [
  { kind: "RATING", text: "How well did referral paperwork prepare you for new students?" },
  { kind: "YES_NO", text: "Did every student arrive with their monitoring officer's details?" },
  { kind: "TEXT", text: "What one change would help you most next term?" },
] as const;

// Answers from the providers that have responded, in catalogue order after the first.
const ANSWERS: [number, boolean, string][] = [
  [4, true, "Earlier notice of students' start dates"],
  [3, false, "A single contact at each school for attendance queries"],
  [5, true, "More joint visits with the monitoring officers"],
  [2, false, "Risk assessments sent before the interview, not on the first day"],
  [4, true, "Shared training on the new attendance codes"],
];

function firstWith(people: SeedPeople, organisationId: string): UserRow {
  const team = people.byOrganisation.get(organisationId) ?? [];
  if (!team[0]) {
    throw new Error(`No demo user at organisation ${organisationId}`);
  }
  return team[0];
}

export function buildSurveysCourses(
  ctx: SeedContext,
  orgs: SeedOrganisations,
  people: SeedPeople,
  records: ReferralRecords,
): SurveysCoursesRecords {
  const officer = people.users.find((user) => user.email === "quality@demo.cap.test");
  if (!officer) {
    throw new Error("The demo quality officer is missing");
  }
  const survey = buildSurvey(ctx, orgs, people, officer);
  return {
    ...survey,
    consents: buildConsents(ctx, orgs, people, records),
    confirmations: buildConfirmations(ctx, orgs, people),
  };
}

function buildSurvey(
  ctx: SeedContext,
  orgs: SeedOrganisations,
  people: SeedPeople,
  officer: UserRow,
) {
  const surveyId = newId(ctx);
  const surveys = [
    {
      id: surveyId,
      title: "Working with CAP this term",
      intro: "Tell us how referrals and monitoring have worked for you this term.",
      createdById: officer.id,
      createdAt: momentOn(ctx.today - 24, 9 * 60),
      openedAt: momentOn(ctx.today - 21, 10 * 60),
      closesOn: dateOnly(ctx.today + 10),
    },
  ];
  const questions = QUESTIONS.map((question, index) => ({
    id: newId(ctx),
    surveyId,
    position: index + 1,
    text: question.text,
    kind: question.kind,
    required: question.kind !== "TEXT",
  }));
  const responders = orgs.providers.slice(1, 1 + ANSWERS.length);
  const responses = responders.map((provider, index) => ({
    id: newId(ctx),
    surveyId,
    providerId: provider.id,
    submittedById: firstWith(people, provider.id).id,
    submittedAt: momentOn(ctx.today - 20 + index * 3, 11 * 60),
  }));
  const answers = responses.flatMap((response, index) => {
    const [rating, yes, text] = ANSWERS[index];
    const values = [{ rating }, { yes }, { text }];
    return questions.map((question, position) => ({
      id: newId(ctx),
      responseId: response.id,
      questionId: question.id,
      ...values[position],
    }));
  });
  return { surveys, questions, responses, answers };
}

function buildConsents(
  ctx: SeedContext,
  orgs: SeedOrganisations,
  people: SeedPeople,
  records: ReferralRecords,
) {
  const provider = orgs.providers[0];
  const recorder = firstWith(people, provider.id);
  const studentIds = [
    ...new Set(
      records.referrals.filter((r) => r.providerId === provider.id).map((r) => r.studentId),
    ),
  ].slice(0, 3);
  const base = { providerId: provider.id, recordedById: recorder.id };
  const students = studentIds.map((studentId, index) => ({
    ...base,
    id: newId(ctx),
    subject: "STUDENT" as const,
    studentId,
    photo: true,
    video: index !== 1,
    givenBy: index === 2 ? "The student" : "Parent or carer (by signed form)",
    relationship: index === 2 ? "STUDENT" : "PARENT_CARER",
    givenOn: dateOnly(ctx.termStart + 2 + index),
    recordedAt: momentOn(ctx.termStart + 3 + index, 15 * 60),
    ...(index === 1
      ? { withdrawnOn: dateOnly(ctx.today - 6), withdrawnReason: "Carer phoned to withdraw it" }
      : {}),
  }));
  const staff = {
    ...base,
    id: newId(ctx),
    subject: "STAFF" as const,
    personName: "Morgan Ellis",
    photo: true,
    video: true,
    givenBy: "Morgan Ellis",
    givenOn: dateOnly(ctx.termStart),
    recordedAt: momentOn(ctx.termStart, 12 * 60),
  };
  return [...students, staff];
}

function buildConfirmations(ctx: SeedContext, orgs: SeedOrganisations, people: SeedPeople) {
  const provider = orgs.providers[0];
  const submitter = firstWith(people, provider.id);
  const admin = people.users.find((user) => user.email === "admin@demo.cap.test");
  const course = orgs.courses.find((row) => row.providerId === provider.id);
  if (!admin || !course) {
    throw new Error("The demo admin or the demo provider's course is missing");
  }
  const accepted = {
    id: newId(ctx),
    reference: "CCF-000001",
    providerId: provider.id,
    contractReference: "CAP-DPS-2026-LOT2",
    courseId: course.id,
    title: course.title,
    subject: course.subject,
    qualification: course.qualification,
    level: course.level,
    awardingBody: "NCFE",
    daysOffered: course.daysOffered,
    places: course.places,
    minAge: course.minAge,
    maxAge: course.maxAge,
    location: course.location,
    status: "ACCEPTED" as const,
    submittedById: submitter.id,
    submittedAt: momentOn(ctx.termStart - 30, 10 * 60),
    decidedAt: momentOn(ctx.termStart - 27, 14 * 60),
    decidedById: admin.id,
  };
  const waiting = {
    id: newId(ctx),
    reference: "CCF-000002",
    providerId: provider.id,
    contractReference: "CAP-DPS-2026-LOT5",
    title: "Introduction to barbering",
    subject: "Hair and barbering",
    qualification: "Certificate in Barbering Skills",
    level: "Level 1",
    awardingBody: "VTCT",
    daysOffered: ["TUESDAY", "THURSDAY"] as ("TUESDAY" | "THURSDAY")[],
    places: 8,
    minAge: 14,
    maxAge: 16,
    location: "The salon, Far Gosford Street",
    submittedById: submitter.id,
    submittedAt: momentOn(ctx.today - 2, 11 * 60),
  };
  // The accepted confirmation is what set the course's awarding body.
  course.awardingBody = accepted.awardingBody;
  return [accepted, waiting];
}

/** Writes the rows, parents first; the confirmation counter continues after the seeded two. */
export async function writeSurveysCourses(
  tx: Prisma.TransactionClient,
  records: SurveysCoursesRecords,
) {
  await tx.survey.createMany({ data: records.surveys });
  await tx.surveyQuestion.createMany({ data: records.questions });
  await tx.surveyResponse.createMany({ data: records.responses });
  await tx.surveyAnswer.createMany({ data: records.answers });
  await tx.mediaConsent.createMany({ data: records.consents });
  await tx.courseConfirmation.createMany({ data: records.confirmations });
  const count = records.confirmations.length;
  await tx.counter.create({ data: { name: "courseConfirmation", value: count } });
}
