import { TRPCError } from "@trpc/server";
import { beforeAll, describe, expect, it } from "vitest";
import { ukToday } from "@/lib/dates";
import { can, PERMISSIONS, type Action } from "@/server/auth/permissions";
import { ALL_ROLES, ROLE_ORGANISATION, type Actor, type Role } from "@/server/auth/roles";
import type { Organisation } from "@/server/db/generated/client";
import { appRouter } from "@/server/trpc/router";
import {
  callerFor,
  makeCourse,
  makeOrganisation,
  makeStudent,
  makeUser,
  setupTestDatabase,
} from "./harness";

// Every procedure × every role × own/other organisation, generated from the permission
// table. "Own" callers belong to the organisations that hold the target records (the home
// school, the receiving provider, or the service); "other" callers belong to another school
// or provider. Service roles see across the collaboration by design, so they have no
// "other" case. A refused role must get FORBIDDEN; a permitted caller from another
// organisation must get NOT_FOUND (or a list without the records) and no response may
// contain the target student's or referral's identifying text.
//
// Safeguarding concerns are stricter than organisation scope (DOMAIN.md): inside the very
// organisations that hold the target concern, only its raiser, the DSLs and the service DSLs
// and lead see it, and only the raising organisation's DSL acts on it. OWN_SIDE_REFUSALS
// states, per concern procedure, what a permitted but unentitled caller must get instead,
// service roles included, so "MOs and admins do not see concerns" is proven, not assumed.
//
// Allegations about adults are stricter still: only the reporter and the service lead see one.
// The target allegation is reported by provider staff of the home provider, so every other
// role inside the owning organisations, DSLs included, is proven refused.

const db = await setupTestDatabase();

const SECRET = { firstName: "Zebedee", lastName: "Foreignsworth", upn: "Q999999999999" };
const CONCERN_TEXT = "Marmalade skies over the bus station";
const ALLEGATION_TEXT = "Tangerine trees beside the loading bay";
const ALLEGED_ADULT = "Ozymandias Pettigrew";
const BEHAVIOUR_TEXT = "Juggled the soldering irons in the workshop";
const MEETING_TEXT = "Quince jelly on the workshop bench";
const QUALITY_ACTION_TEXT = "Polish the brass fire extinguishers";
const STAFF_NAME = "Peregrine Staffcheck";

interface Targets {
  // Quality reviews: a requirement, and the home provider's open Quality Review 1 with the
  // requirement asked in it.
  requirementId: string;
  reviewId: string;
  reviewItemId: string;
  /** A termly checklist item (the checklist is the service's, not a provider's). */
  checklistItemId: string;
  studentId: string;
  referralId: string;
  placementId: string;
  reference: string;
  courseId: string;
  providerId: string;
  ownerUserId: string;
  schoolId: string;
  concernId: string;
  concernReference: string;
  serviceDslId: string;
  allegationId: string;
  allegationReference: string;
  /** A police intelligence report written from the target concern. */
  reportId: string;
  /** A behaviour incident the home provider logged about the target student. */
  incidentId: string;
  incidentReference: string;
  /** A student meeting on the target placement, and one of its targets. */
  meetingId: string;
  meetingTargetId: string;
  /** A submitted withdrawal request from the home provider for the target placement. */
  withdrawalId: string;
  /** A change of day the home school proposed for the target placement. */
  changeOfDayId: string;
  /** Quality actions: an open action set at the home provider's QR1, and its year's QR2. */
  qualityActionId: string;
  qualityRevisitReviewId: string;
  /** Single central record and policy bank: a staff row of the home provider, a policy,
   * its current version, and the home provider's own policy awaiting acceptance. */
  staffCheckId: string;
  policyId: string;
  policyVersionId: string;
  adoptionId: string;
  /** Surveys, consent and course confirmations (ADR 0018). */
  quality5: SurveysCoursesTargets;
}

interface SurveysCoursesTargets {
  /** An open survey with one required text question; a draft survey and its question. */
  surveyId: string;
  surveyQuestionId: string;
  draftSurveyId: string;
  draftQuestionId: string;
  /** Photo consent the home provider recorded for the target student. */
  consentId: string;
  /** A submitted course confirmation of the home provider's target course. */
  confirmationId: string;
}

type Procedure = { _def: { type: string; meta?: { action?: Action } } };
type Side = "own" | "other";
type CallArgs = (targets: Targets, caller: Actor | null, side: Side) => Promise<unknown> | unknown;

/** A notification for the caller (own), for someone else (other), or none (signed out). */
async function notificationFor(targets: Targets, caller: Actor | null, side: Side) {
  if (!caller) {
    return { notificationId: crypto.randomUUID() };
  }
  const userId = side === "own" ? caller.userId : targets.ownerUserId;
  const created = await db.notification.create({
    data: { userId, kind: "test", title: "t", body: "b" },
  });
  return { notificationId: created.id };
}

/**
 * A fresh incident for each withdrawal by the home provider, so every permitted caller finds
 * one still to withdraw; other callers aim at the target incident.
 */
async function incidentToWithdraw(targets: Targets, caller: Actor | null, side: Side) {
  if (!caller || side === "other" || caller.organisationKind !== "PROVIDER") {
    return { incidentId: targets.incidentId, reason: "Matrix withdrawal" };
  }
  const created = await db.behaviourIncident.create({
    data: {
      ...BEHAVIOUR_FIELDS,
      reference: `BEH-M${crypto.randomUUID().slice(0, 8)}`,
      providerId: targets.providerId,
      recordedById: caller.userId,
      students: {
        create: {
          studentId: targets.studentId,
          placementId: targets.placementId,
          schoolId: targets.schoolId,
        },
      },
    },
  });
  return { incidentId: created.id, reason: "Matrix withdrawal" };
}

const BEHAVIOUR_FIELDS = {
  occurredAt: new Date("2026-11-02T10:00:00Z"),
  location: "Workshop",
  type: "DISRUPTION",
  severity: "LOW",
  description: BEHAVIOUR_TEXT,
  actionTaken: "Time out",
  parentCarerInformed: true,
  schoolInformed: true,
} as const;

/**
 * Quality actions: a provider caller submits a file it has just uploaded, so the home
 * provider's first submission succeeds (later ones are refused as awaiting a decision).
 */
async function evidenceToSubmit(targets: Targets, caller: Actor | null) {
  let documentId: string = crypto.randomUUID();
  if (caller?.organisationKind === "PROVIDER") {
    const upload = await db.document.create({
      data: {
        ownerOrganisationId: caller.organisationId,
        uploadedById: caller.userId,
        kind: "QUALITY_EVIDENCE",
        originalName: "matrix.pdf",
        mimeType: "application/pdf",
        sizeBytes: 10,
        sha256: "0".repeat(64),
        storageKey: `${crypto.randomUUID()}.bin`,
      },
    });
    documentId = upload.id;
  }
  return { actionId: targets.qualityActionId, statement: "Matrix", evidenceIds: [documentId] };
}

/** Single central record: the target staff row, every check done. */
const STAFF_ROW = {
  fullName: STAFF_NAME,
  jobRole: "Tutor",
  startedOn: "2025-09-01",
  identityCheckedOn: "2025-08-20",
  dbsCertificateNumber: "001234567890",
  dbsIssuedOn: "2025-08-15",
  dbsUpdateService: "NO",
  barredListCheckedOn: "2025-08-20",
  prohibitionCheckedOn: "2025-08-20",
  overseasCheckRequired: "NO",
  qualificationsRequired: "NO",
  rightToWorkCheckedOn: "2025-08-20",
  checkedByName: "Manager",
  checkedOn: "2025-08-21",
} as const;

/** A fresh unattached upload of `kind` by the caller, as the upload route would store it. */
async function uploadedBy(caller: Actor | null, kind: string): Promise<string> {
  if (!caller) {
    return crypto.randomUUID();
  }
  const document = await db.document.create({
    data: {
      ownerOrganisationId: caller.organisationId,
      uploadedById: caller.userId,
      kind,
      originalName: "matrix.pdf",
      mimeType: "application/pdf",
      sizeBytes: 1,
      sha256: "0",
      storageKey: `${crypto.randomUUID()}.bin`,
    },
  });
  return document.id;
}

/** The target policy's version now: the publish entries move it on. */
async function currentVersionOf(t: Targets): Promise<string> {
  const current = await db.policyVersion.findFirstOrThrow({
    where: { policyId: t.policyId },
    orderBy: { version: "desc" },
  });
  return current.id;
}

/** The home provider's staff row, a published policy and its own policy awaiting acceptance. */
async function staffPolicyTargets(providerId: string, providerUserId: string) {
  const officer = await makeUser(db, { organisation: homes.SERVICE, roles: ["QUALITY_OFFICER"] });
  const staffCheck = await db.staffCheck.create({
    data: {
      ...STAFF_ROW,
      providerId,
      startedOn: new Date("2025-09-01"),
      dbsUpdateService: false,
      overseasCheckRequired: false,
      qualificationsRequired: false,
      identityCheckedOn: new Date("2025-08-20"),
      dbsIssuedOn: new Date("2025-08-15"),
      barredListCheckedOn: new Date("2025-08-20"),
      prohibitionCheckedOn: new Date("2025-08-20"),
      rightToWorkCheckedOn: new Date("2025-08-20"),
      checkedOn: new Date("2025-08-21"),
      createdById: providerUserId,
      updatedById: providerUserId,
    },
  });
  const policy = await db.policy.create({
    data: {
      title: "Matrix safeguarding policy",
      createdById: officer.id,
      versions: {
        create: {
          version: 1,
          documentId: await uploadedBy(officer.actor, "SERVICE_POLICY"),
          publishedById: officer.id,
        },
      },
    },
    include: { versions: true },
  });
  const adoption = await db.policyAdoption.create({
    data: {
      policyVersionId: policy.versions[0].id,
      providerId,
      kind: "OWN_POLICY",
      status: "AWAITING_ACCEPTANCE",
      documentId: await uploadedBy(
        { ...officer.actor, userId: providerUserId, organisationId: providerId },
        "PROVIDER_POLICY",
      ),
      submittedById: providerUserId,
    },
  });
  return {
    staffCheckId: staffCheck.id,
    policyId: policy.id,
    policyVersionId: policy.versions[0].id,
    adoptionId: adoption.id,
  };
}

/** Input for each procedure, aimed at the target records. */
const INPUTS: Record<string, CallArgs> = {
  // Quality actions (issue 5): aimed at the home provider's open action.
  "qualityAction.list": () => ({}),
  "qualityAction.summary": () => undefined,
  "qualityAction.read": (t) => ({ actionId: t.qualityActionId }),
  "qualityAction.submitEvidence": evidenceToSubmit,
  "qualityAction.decide": (t) => ({
    actionId: t.qualityActionId,
    decision: "RETURNED",
    comment: "Matrix return",
  }),
  "qualityAction.revisit": (t) => ({
    actionId: t.qualityActionId,
    reviewId: t.qualityRevisitReviewId,
    note: "Matrix revisit",
  }),
  "concern.raise": (t) => ({
    studentId: t.studentId,
    occurredAt: new Date("2026-11-02T10:00:00Z"),
    location: "Workshop",
    categories: ["NEGLECT"],
    whatWasSeenOrHeard: "Matrix concern",
    immediateAction: "Spoke to the DSL",
    whoWasTold: "DSL",
    riskLevel: "LOW",
  }),
  "concern.list": () => ({ page: 1 }),
  "concern.get": (t) => ({ concernId: t.concernId }),
  "concern.addEntry": (t) => ({ concernId: t.concernId, kind: "ACTION", text: "Matrix action" }),
  "concern.recordSchoolAlert": (t) => ({
    concernId: t.concernId,
    alertedAt: new Date("2026-11-02T11:00:00Z"),
    method: "PHONE",
    alertedWhom: "School DSL",
  }),
  "concern.decide": (t) => ({
    concernId: t.concernId,
    outcome: "NO_FURTHER_ACTION",
    rationale: "Matrix rationale",
  }),
  "concern.acknowledgeAlert": (t) => ({ concernId: t.concernId }),
  "concern.assign": (t) => ({ concernId: t.concernId, assigneeId: t.serviceDslId }),
  "concern.assignees": () => undefined,
  "concern.close": (t) => ({ concernId: t.concernId, rationale: "Matrix closure" }),
  "concern.viewers": (t) => ({ studentId: t.studentId }),
  "allegation.report": (t) => ({
    adultName: "Matrix adult",
    adultRole: "Tutor",
    employerId: t.providerId,
    occurredAt: new Date("2026-11-02T10:00:00Z"),
    location: "Workshop",
    whatHappened: "Matrix allegation",
    studentIds: [t.studentId],
    immediateAction: "Told the lead",
    whoWasTold: "Service lead",
  }),
  "allegation.employers": () => undefined,
  "allegation.list": () => ({ page: 1 }),
  "allegation.get": (t) => ({ allegationId: t.allegationId }),
  "allegation.addEntry": (t) => ({ allegationId: t.allegationId, text: "Matrix addition" }),
  "allegation.recordThresholds": (t) => ({
    allegationId: t.allegationId,
    harmedChild: "MET",
    harmedChildNote: "n",
    criminalOffence: "NOT_MET",
    criminalOffenceNote: "n",
    riskOfHarm: "NOT_MET",
    riskOfHarmNote: "n",
    unsuitable: "MET",
    unsuitableNote: "n",
  }),
  "allegation.recordLadoContact": (t) => ({
    allegationId: t.allegationId,
    consultedOn: "2026-11-03",
    ladoName: "Matrix LADO",
    advice: "Matrix advice",
  }),
  "allegation.recordOutcome": (t) => ({
    allegationId: t.allegationId,
    outcome: "UNFOUNDED",
    outcomeOn: "2026-11-04",
    rationale: "Matrix rationale",
  }),
  "allegation.countOpen": () => undefined,
  "behaviour.log": (t) => ({
    studentIds: [t.studentId],
    occurredAt: new Date("2026-11-02T10:00:00Z"),
    location: "Workshop",
    type: "DISRUPTION",
    severity: "LOW",
    description: "Matrix incident",
    actionTaken: "Time out",
    parentCarerInformed: "YES",
    schoolInformed: "NO",
  }),
  "behaviour.students": () => undefined,
  "behaviour.list": () => ({ page: 1 }),
  "behaviour.get": (t) => ({ incidentId: t.incidentId }),
  "behaviour.withdraw": incidentToWithdraw,
  "course.list": () => ({}),
  "exploitation.assess": (t) => ({
    concernId: t.concernId,
    indicators: [{ code: "DEBT", weight: "MEDIUM", timing: "CURRENT" }],
  }),
  "exploitation.history": (t) => ({ concernId: t.concernId }),
  "onward.summary": (t) => ({ concernId: t.concernId }),
  "policeIntelligence.create": (t) => ({
    concernId: t.concernId,
    subjectName: "Matrix subject",
    whatWasSeenOrHeard: "Matrix facts",
    observedAt: new Date("2026-11-02T09:30:00Z"),
    observedWhere: "Matrix street",
  }),
  "policeIntelligence.list": (t) => ({ concernId: t.concernId }),
  "policeIntelligence.get": (t) => ({ concernId: t.concernId, reportId: t.reportId }),
  "policeIntelligence.export": (t) => ({ concernId: t.concernId, reportId: t.reportId }),
  "policeIntelligence.markSent": (t) => ({
    concernId: t.concernId,
    reportId: t.reportId,
    sentAt: new Date(),
  }),
  "prevent.start": (t) => ({ concernId: t.concernId }),
  "prevent.get": (t) => ({ concernId: t.concernId }),
  "prevent.update": (t) => ({
    concernId: t.concernId,
    individualName: "Matrix individual",
    individualDateOfBirth: "2011-09-01",
    individualSchool: "Matrix school",
    individualYearGroup: 10,
    individualSenStatus: "NONE",
    individualLookedAfter: "NO",
    referrerName: "Matrix referrer",
    referrerRole: "DSL",
    referrerOrganisation: "Matrix provider",
    referrerEmail: "matrix@example.test",
    concerns: "Matrix concerns",
  }),
  "prevent.markSent": (t) => ({ concernId: t.concernId, sentOn: ukToday() }),
  "prevent.recordOutcome": (t) => ({ concernId: t.concernId, outcome: "NOT_PROGRESSED" }),
  "dashboard.admin": () => undefined,
  // The caseload filters aim at the target's own provider and school: a caller from another
  // organisation naming them must still get nothing of the target student.
  "dashboard.monitoring": (t) => ({ providerId: t.providerId }),
  "dashboard.provider": () => ({ schoolId: homes.SCHOOL.id }),
  "dashboard.quality": () => undefined,
  "dashboard.safeguarding": () => undefined,
  "dashboard.school": (t) => ({ providerId: t.providerId }),
  "meeting.form": (t) => ({ placementId: t.placementId }),
  "meeting.record": (t) => ({
    placementId: t.placementId,
    heldAt: new Date("2026-11-02T10:00:00Z"),
    type: "ATTENDANCE",
    attendees: [{ party: "SCHOOL", name: "Matrix attendee", attended: true }],
    discussion: "Matrix discussion",
    studentView: "Matrix view",
    outcome: "CONTINUE",
  }),
  "meeting.list": () => ({ page: 1 }),
  "meeting.get": (t) => ({ meetingId: t.meetingId }),
  "meeting.calendar": (t) => ({ meetingId: t.meetingId }),
  "meeting.reviewCalendar": () => undefined,
  "meeting.reviewTarget": (t) => ({ targetId: t.meetingTargetId, status: "PARTLY_MET" }),
  "notification.list": () => undefined,
  "notification.markRead": notificationFor,
  "notification.unreadCount": () => undefined,
  "placement.list": () => ({ page: 1 }),
  "referral.create": (t) => ({
    student: { mode: "existing", studentId: t.studentId },
    courseId: t.courseId,
    requestedDays: ["MONDAY"],
    requestedStartDate: "2099-09-07",
    reasons: "Matrix test referral",
    needs: "None recorded",
    riskLevel: "LOW",
    riskAssessment: "Low risk",
    paperwork: [],
  }),
  "referral.get": (t) => ({ referralId: t.referralId }),
  "referral.list": () => ({ page: 1 }),
  "referral.markPaperwork": (t) => ({
    referralId: t.referralId,
    kind: "PARENTAL_CONSENT",
    received: true,
  }),
  "referral.process": (t) => ({ referralId: t.referralId }),
  "referral.recordInterview": (t) => ({
    referralId: t.referralId,
    heldOn: "2026-01-05",
    attendees: "Matrix",
    notes: "Matrix",
  }),
  "referral.respond": (t) => ({
    referralId: t.referralId,
    decision: "DECLINED",
    declineGround: "NEED",
    explanation: "x",
  }),
  "register.export": () => ({ from: "2026-11-02", to: "2026-11-06" }),
  "register.missing": (t) => ({ providerId: t.providerId }),
  "register.sheet": () => ({ date: "2026-11-02", session: "AM" }),
  "register.submit": (t) => ({
    date: "2026-11-02",
    session: "AM",
    marks: [{ placementId: t.placementId, mark: "ABSENT", absenceReason: "ILLNESS" }],
  }),
  "register.studentAttendance": (t) => ({ studentId: t.studentId }),
  "safeguardingContact.list": () => undefined,
  "safeguardingContact.upsert": () => ({
    kind: "HELPLINE",
    name: "Matrix helpline",
    description: "Matrix",
    phone: "0800 000 000",
  }),
  "student.get": (t) => ({ studentId: t.studentId }),
  "student.chronology": (t) => ({ studentId: t.studentId }),
  "student.list": () => ({ page: 1 }),
  "withdrawal.choices": (t) => ({ placementId: t.placementId }),
  "withdrawal.request": (t) => ({
    placementIds: [t.placementId],
    extent: "ALL_DAYS",
    days: [],
    effectiveDate: "2027-07-05",
    reason: "Matrix reason",
    impactAchievement: "Matrix",
    impactHealth: "Matrix",
    impactWellbeing: "Matrix",
    moConsulted: "NO",
  }),
  "withdrawal.recordMeeting": (t) => ({
    requestId: t.withdrawalId,
    heldOn: "2026-11-05",
    attendees: "Matrix attendees",
  }),
  "withdrawal.submit": (t) => ({ requestId: t.withdrawalId }),
  "withdrawal.withdraw": (t) => ({ requestId: t.withdrawalId }),
  "withdrawal.list": () => ({}),
  "withdrawal.get": (t) => ({ requestId: t.withdrawalId }),
  "withdrawal.tickChecklist": (t) => ({ requestId: t.withdrawalId, step: "CLM" }),
  "withdrawal.process": (t) => ({ requestId: t.withdrawalId }),
  "withdrawal.reject": (t) => ({ requestId: t.withdrawalId, reason: "Matrix rejection" }),
  "withdrawal.export": () => ({ from: "2026-01-01", to: "2027-12-31" }),
  "changeOfDay.choices": (t) => ({ placementId: t.placementId }),
  "changeOfDay.propose": (t) => ({
    placementId: t.placementId,
    fromDay: "MONDAY",
    toDay: "TUESDAY",
    effectiveDate: "2027-07-06",
    reason: "Matrix reason",
    impactAchievement: "Matrix",
    impactHealth: "Matrix",
    impactWellbeing: "Matrix",
  }),
  "changeOfDay.respond": (t) => ({
    requestId: t.changeOfDayId,
    decision: "AGREED",
    reason: "Matrix answer",
    impactAchievement: "Matrix",
    impactHealth: "Matrix",
    impactWellbeing: "Matrix",
  }),
  "changeOfDay.list": () => ({}),
  "changeOfDay.get": (t) => ({ requestId: t.changeOfDayId }),
  "changeOfDay.tickChecklist": (t) => ({ requestId: t.changeOfDayId, step: "CLM" }),
  "changeOfDay.process": (t) => ({ requestId: t.changeOfDayId }),
  // Single central record and policy bank (ADR 0017).
  "staffCheck.summaries": () => undefined,
  "staffCheck.list": (t) => ({ providerId: t.providerId }),
  "staffCheck.get": (t) => ({ staffCheckId: t.staffCheckId }),
  "staffCheck.record": (t) => ({ ...STAFF_ROW, staffCheckId: t.staffCheckId }),
  "staffCheck.status": (t) => ({ providerIds: [t.providerId] }),
  "policy.list": () => undefined,
  "policy.get": (t) => ({ policyId: t.policyId }),
  "policy.create": async (_t, caller) => ({
    title: "Matrix policy",
    documentId: await uploadedBy(caller, "SERVICE_POLICY"),
  }),
  "policy.publish": async (t, caller) => ({
    policyId: t.policyId,
    afterVersion: (await db.policyVersion.count({ where: { policyId: t.policyId } })) || 1,
    changeNote: "Matrix change",
    documentId: await uploadedBy(caller, "SERVICE_POLICY"),
  }),
  "policy.retire": async (t) => ({
    policyId: (await db.policy.create({ data: { title: "Retiring", createdById: t.ownerUserId } }))
      .id,
  }),
  "policy.adopt": async (t) => ({ policyVersionId: await currentVersionOf(t), kind: "ADOPTED" }),
  "policy.decide": (t) => ({ adoptionId: t.adoptionId, decision: "ACCEPTED" }),
  "policy.grid": () => undefined,
  // Changes of day, the admin's rejection (issue 6): the back office is let through (to a
  // rejection, or a CONFLICT when the target is not agreed); everyone else is refused.
  "changeOfDay.reject": (t) => ({ requestId: t.changeOfDayId, reason: "Matrix rejection" }),
  // Surveys, photo and video consent, course content confirmations (ADR 0018).
  "survey.list": () => undefined,
  "survey.get": (t) => ({ surveyId: t.quality5.surveyId }),
  "survey.create": () => ({ title: "Matrix survey", closesOn: "2099-01-04" }),
  "survey.update": (t) => ({
    surveyId: t.quality5.draftSurveyId,
    title: "Matrix draft",
    closesOn: "2099-01-04",
  }),
  "survey.addQuestion": (t) => ({
    surveyId: t.quality5.draftSurveyId,
    text: "Matrix question",
    kind: "TEXT",
    required: "NO",
  }),
  "survey.updateQuestion": (t) => ({
    questionId: t.quality5.draftQuestionId,
    text: "Matrix question",
    kind: "RATING",
    required: "YES",
  }),
  "survey.moveQuestion": (t) => ({ questionId: t.quality5.draftQuestionId, direction: "DOWN" }),
  "survey.open": (t) => ({ surveyId: t.quality5.draftSurveyId }),
  "survey.close": (t) => ({ surveyId: t.quality5.surveyId }),
  "survey.respond": (t) => ({
    surveyId: t.quality5.surveyId,
    answers: { [t.quality5.surveyQuestionId]: "Matrix answer" },
  }),
  "survey.results": (t) => ({ surveyId: t.quality5.surveyId }),
  "consent.list": () => undefined,
  "consent.get": (t) => ({ consentId: t.quality5.consentId }),
  "consent.students": () => undefined,
  "consent.record": (t) => ({
    subject: "STUDENT",
    studentId: t.studentId,
    photo: "YES",
    video: "NO",
    givenBy: "Matrix parent",
    relationship: "PARENT_CARER",
    givenOn: "2026-11-02",
  }),
  "consent.withdraw": (t) => ({
    consentId: t.quality5.consentId,
    withdrawnOn: "2026-11-03",
    reason: "Matrix withdrawal",
  }),
  "courseConfirmation.submit": (t) => ({
    contractReference: "Matrix lot",
    courseId: t.courseId,
    title: "Matrix course",
    subject: "Matrix",
    qualification: "Matrix",
    level: "1",
    awardingBody: "Matrix body",
    daysOffered: ["MONDAY"],
    places: 4,
    minAge: 14,
    maxAge: 16,
    location: "Matrix site",
  }),
  "courseConfirmation.list": () => ({}),
  "courseConfirmation.get": (t) => ({ confirmationId: t.quality5.confirmationId }),
  "courseConfirmation.decide": (t) => ({
    confirmationId: t.quality5.confirmationId,
    decision: "RETURNED",
    comment: "Matrix comment",
  }),
  // Provider indicators and termly confirmation (issue 5). A provider's own indicators are
  // its organisation's; the other provider asking for the home provider's gets NOT_FOUND.
  "indicator.list": () => ({}),
  "indicator.get": (t) => ({ providerId: t.providerId }),
  "termly.list": () => undefined,
  "termly.checklist": () => undefined,
  // Every active item ticked; the second caller of a provider meets "already confirmed".
  "termly.confirm": async () => ({
    ticked: (await db.termlyChecklistItem.findMany({ where: { retiredAt: null } })).map(
      (item) => item.id,
    ),
  }),
  "termly.addItem": () => ({ text: "Matrix checklist item" }),
  "termly.editItem": (t) => ({ itemId: t.checklistItemId, text: "Matrix reworded item" }),
  "termly.moveItem": (t) => ({ itemId: t.checklistItemId, direction: "DOWN" }),
  "termly.retireItem": (t) => ({ itemId: t.checklistItemId }),
  // Quality reviews (server/trpc/routers/review.ts), aimed at the home provider's review.
  "qualityRequirement.list": () => ({}),
  "qualityRequirement.add": () => ({ title: "Matrix requirement", asksExpiry: false }),
  "qualityRequirement.edit": (t) => ({
    requirementId: t.requirementId,
    title: "Matrix requirement, reworded",
    asksExpiry: false,
  }),
  "qualityRequirement.reorder": (t) => ({ requirementId: t.requirementId, direction: "DOWN" }),
  "qualityRequirement.retire": (t) => ({ requirementId: t.requirementId }),
  "review.open": (t) => ({
    providerId: t.providerId,
    startYear: 2030,
    kind: "QR1",
    dueOn: "2030-12-02",
  }),
  "review.providers": () => undefined,
  "review.list": () => ({}),
  "review.read": (t) => ({ reviewId: t.reviewId }),
  "review.yearOpenActions": (t) => ({ reviewId: t.reviewId }),
  "review.answer": (t) => ({
    reviewId: t.reviewId,
    answers: [{ itemId: t.reviewItemId, statement: "Matrix answer", evidenceIds: [] }],
  }),
  "review.submit": (t) => ({ reviewId: t.reviewId }),
  "review.judge": (t) => ({
    reviewId: t.reviewId,
    judgements: [{ itemId: t.reviewItemId, judgement: "MET", judgedAt: null }],
  }),
  "review.recordVisit": (t) => ({
    reviewId: t.reviewId,
    visitedOn: "2026-11-02",
    visitors: "Matrix visitors",
  }),
  "review.addObservation": (t) => ({
    reviewId: t.reviewId,
    observedOn: "2026-11-02",
    session: "Matrix session",
    observer: "Matrix observer",
    strengths: "Matrix strengths",
    areasToDevelop: "Matrix areas",
  }),
  "review.giveFeedback": (t) => ({ reviewId: t.reviewId, summary: "Matrix feedback", actions: [] }),
};

/** Surveys are the service's, sent to every provider; consent and confirmations are not. */
const SURVEYS_COURSES_RECORD_BOUND = [
  "consent.get",
  "consent.record",
  "consent.withdraw",
  "courseConfirmation.get",
  "courseConfirmation.submit",
];

/** Quality review procedures aimed at the home provider's review. */
const REVIEW_PROCEDURES = [
  "review.read",
  "review.yearOpenActions",
  "review.answer",
  "review.submit",
];

/** Withdrawal and change-of-day procedures aimed at the target request or placement. */
const WITHDRAWAL_PROCEDURES = [
  "withdrawal.choices",
  "withdrawal.request",
  "withdrawal.recordMeeting",
  "withdrawal.submit",
  "withdrawal.withdraw",
  "withdrawal.get",
  "withdrawal.tickChecklist",
  "withdrawal.process",
  "withdrawal.reject",
  "changeOfDay.choices",
  "changeOfDay.propose",
  "changeOfDay.respond",
  "changeOfDay.get",
  "changeOfDay.tickChecklist",
  "changeOfDay.process",
  "changeOfDay.reject",
];

/** Onward referrals from the target concern: each is aimed at that concern. */
const ONWARD_PROCEDURES = [
  "onward.summary",
  "exploitation.assess",
  "exploitation.history",
  "policeIntelligence.create",
  "policeIntelligence.list",
  "policeIntelligence.get",
  "policeIntelligence.export",
  "policeIntelligence.markSent",
  "prevent.start",
  "prevent.get",
  "prevent.update",
  "prevent.markSent",
  "prevent.recordOutcome",
];

/** Quality actions aimed at the target action. */
const QUALITY_ACTION_PROCEDURES = [
  "qualityAction.read",
  "qualityAction.submitEvidence",
  "qualityAction.decide",
  "qualityAction.revisit",
];

/** Procedures aimed at one record: a caller from another organisation must get NOT_FOUND. */
const RECORD_BOUND = new Set([
  ...QUALITY_ACTION_PROCEDURES,
  "allegation.report",
  "allegation.get",
  "allegation.addEntry",
  "behaviour.log",
  "behaviour.get",
  "behaviour.withdraw",
  "concern.raise",
  "concern.get",
  "concern.addEntry",
  "concern.recordSchoolAlert",
  "concern.decide",
  "concern.acknowledgeAlert",
  "concern.viewers",
  ...ONWARD_PROCEDURES,
  "referral.get",
  "referral.markPaperwork",
  "referral.recordInterview",
  "referral.respond",
  "referral.process",
  "register.submit",
  "register.studentAttendance",
  "student.get",
  "student.chronology",
  "notification.markRead",
  "meeting.form",
  "meeting.record",
  "meeting.get",
  "meeting.calendar",
  "meeting.reviewTarget",
  ...WITHDRAWAL_PROCEDURES,
  "staffCheck.list",
  "staffCheck.get",
  "staffCheck.record",
  ...SURVEYS_COURSES_RECORD_BOUND,
  "indicator.get",
  ...REVIEW_PROCEDURES,
]);

/**
 * NOT_FOUND or FORBIDDEN: refused. HIDDEN: answered without the concern. WITHOUT_CONCERN:
 * answered (the caller may read the student) with no trace of the concern in it.
 */
type OwnSideOutcome = "NOT_FOUND" | "FORBIDDEN" | "HIDDEN" | "WITHOUT_CONCERN";

/** Staff and service roles that pass the permission table but are no DSL (nor the raiser). */
function unentitled(outcome: OwnSideOutcome): Partial<Record<Role, OwnSideOutcome>> {
  const roles: Role[] = ["SCHOOL_STAFF", "PROVIDER_STAFF", "MONITORING_OFFICER", "SERVICE_ADMIN"];
  return Object.fromEntries(roles.map((role) => [role, outcome]));
}

/** DSLs who see the concern but did not raise it, so may not act for its raiser. */
const NOT_THE_RAISING_DSL: Partial<Record<Role, OwnSideOutcome>> = {
  SCHOOL_DSL: "FORBIDDEN",
  SERVICE_DSL: "FORBIDDEN",
  SERVICE_LEAD: "FORBIDDEN",
};

/**
 * What a permitted caller from the target's own organisations must get when the concern is
 * not theirs to see or act on: a refusal, or (HIDDEN) an answer without the concern. The
 * target concern was raised by provider staff of the home provider.
 */
/** Every role but the lead: the reporter is none of the generated callers. */
function allButLead(outcome: OwnSideOutcome): Partial<Record<Role, OwnSideOutcome>> {
  const roles = ALL_ROLES.filter((role) => role !== "SERVICE_LEAD");
  return Object.fromEntries(roles.map((role) => [role, outcome]));
}

const OWN_SIDE_REFUSALS: Record<string, Partial<Record<Role, OwnSideOutcome>>> = {
  // Quality officers read no student records, so may not link one to a report.
  "allegation.report": { QUALITY_OFFICER: "NOT_FOUND" },
  "allegation.list": allButLead("HIDDEN"),
  "allegation.get": allButLead("NOT_FOUND"),
  "allegation.addEntry": allButLead("NOT_FOUND"),
  "concern.list": unentitled("HIDDEN"),
  "concern.get": unentitled("NOT_FOUND"),
  "concern.addEntry": unentitled("NOT_FOUND"),
  "concern.recordSchoolAlert": { SERVICE_DSL: "FORBIDDEN", SERVICE_LEAD: "FORBIDDEN" },
  "concern.decide": NOT_THE_RAISING_DSL,
  // The student's school DSL sees the concern but refers on only what their school raised.
  ...Object.fromEntries(
    ONWARD_PROCEDURES.map((path) => [path, { SCHOOL_DSL: "FORBIDDEN" as const }]),
  ),
  // The chronology is the student's record, open to all who read the student; its concern
  // items follow concernScope, so MOs, admins and staff colleagues read none of them.
  "student.chronology": unentitled("WITHOUT_CONCERN"),
  // The target withdrawal was asked for by the provider: only it may submit or withdraw it.
  "withdrawal.submit": { SCHOOL_STAFF: "FORBIDDEN", SCHOOL_DSL: "FORBIDDEN" },
  "withdrawal.withdraw": { SCHOOL_STAFF: "FORBIDDEN", SCHOOL_DSL: "FORBIDDEN" },
};

const procedures = Object.entries(
  appRouter._def.procedures as unknown as Record<string, Procedure>,
);

async function call(path: string, actor: Actor | null, input: unknown) {
  const caller = callerFor(actor) as unknown as Record<
    string,
    Record<string, (i: unknown) => Promise<unknown>>
  >;
  const [domain, name] = path.split(".");
  try {
    return { ok: true as const, value: await caller[domain][name](input) };
  } catch (error) {
    if (!(error instanceof TRPCError)) {
      throw error;
    }
    return { ok: false as const, code: error.code, message: error.message };
  }
}

function expectNoConcern(result: unknown, t: Targets) {
  const text = JSON.stringify(result);
  for (const secret of [CONCERN_TEXT, t.concernReference, t.concernId]) {
    expect(text).not.toContain(secret);
  }
}

function expectNoLeak(result: unknown, t: Targets) {
  const text = JSON.stringify(result);
  const secrets = [SECRET.firstName, SECRET.lastName, SECRET.upn, CONCERN_TEXT];
  const texts = [BEHAVIOUR_TEXT, MEETING_TEXT, "Matrix target", STAFF_NAME];
  const allegation = [ALLEGATION_TEXT, ALLEGED_ADULT, t.allegationReference];
  const records = [t.reference, t.concernReference, t.incidentReference, "MTG-424242"];
  const quality = [QUALITY_ACTION_TEXT, "QA-424242"];
  for (const secret of [...secrets, ...texts, ...allegation, ...records, ...quality]) {
    expect(text).not.toContain(secret);
  }
}

let targets: Targets;
const homes: Record<"SCHOOL" | "PROVIDER" | "SERVICE", Organisation> = {} as never;
const others: Record<"SCHOOL" | "PROVIDER", Organisation> = {} as never;

beforeAll(async () => {
  homes.SCHOOL = await makeOrganisation(db, { kind: "SCHOOL" });
  homes.PROVIDER = await makeOrganisation(db, { kind: "PROVIDER" });
  homes.SERVICE = await makeOrganisation(db, { kind: "SERVICE" });
  others.SCHOOL = await makeOrganisation(db, { kind: "SCHOOL" });
  others.PROVIDER = await makeOrganisation(db, { kind: "PROVIDER" });
  const course = await makeCourse(db, { provider: homes.PROVIDER, daysOffered: ["MONDAY"] });
  const student = await makeStudent(db, {
    homeSchool: homes.SCHOOL,
    legalFirstName: SECRET.firstName,
    legalLastName: SECRET.lastName,
    upn: SECRET.upn,
    dateOfBirth: new Date("2011-09-01"),
    childProtectionPlan: true,
  });
  const referral = await db.referral.create({
    data: {
      reference: "REF-424242",
      studentId: student.id,
      courseId: course.id,
      schoolId: homes.SCHOOL.id,
      providerId: homes.PROVIDER.id,
      requestedDays: ["MONDAY"],
      requestedStartDate: new Date("2026-09-07"),
      reasons: "r",
      needs: "n",
      riskLevel: "LOW",
      riskAssessment: "a",
      status: "PLACED",
      createdById: "seed",
      paperwork: { create: [{ kind: "PARENTAL_CONSENT" }] },
      placement: {
        create: {
          studentId: student.id,
          courseId: course.id,
          schoolId: homes.SCHOOL.id,
          providerId: homes.PROVIDER.id,
          days: ["MONDAY"],
          startDate: new Date("2026-09-07"),
          plannedEndDate: new Date("2027-07-31"),
          createdById: "seed",
        },
      },
    },
    include: { placement: true },
  });
  const owner = await makeUser(db, { organisation: homes.SCHOOL, roles: ["SCHOOL_STAFF"] });
  const raiser = await makeUser(db, { organisation: homes.PROVIDER, roles: ["PROVIDER_STAFF"] });
  const serviceDsl = await makeUser(db, { organisation: homes.SERVICE, roles: ["SERVICE_DSL"] });
  const concern = await db.concern.create({
    data: {
      reference: "CON-424242",
      studentId: student.id,
      schoolId: homes.SCHOOL.id,
      raisedById: raiser.id,
      raisedByOrganisationId: homes.PROVIDER.id,
      occurredAt: new Date("2026-11-02T09:00:00Z"),
      location: "Workshop",
      categories: ["NEGLECT", "COUNTY_LINES"],
      whatWasSeenOrHeard: CONCERN_TEXT,
      immediateAction: "Told the DSL",
      whoWasTold: "Provider DSL",
      riskLevel: "MEDIUM",
      schoolAlerts: {
        create: {
          alertedAt: new Date("2026-11-02T10:00:00Z"),
          method: "PHONE",
          alertedWhom: "School DSL",
          recordedById: raiser.id,
        },
      },
    },
  });
  const allegation = await db.allegation.create({
    data: {
      reference: "ALG-424242",
      reportedById: raiser.id,
      reportedByOrganisationId: homes.PROVIDER.id,
      adultName: ALLEGED_ADULT,
      adultRole: "Tutor",
      employerId: homes.PROVIDER.id,
      occurredAt: new Date("2026-11-02T09:00:00Z"),
      location: "Loading bay",
      whatHappened: ALLEGATION_TEXT,
      immediateAction: "Told the lead",
      whoWasTold: "Service lead",
      students: { connect: [{ id: student.id }] },
    },
  });
  const report = await db.policeIntelligenceReport.create({
    data: {
      reference: "INT-424242",
      concernId: concern.id,
      subjectName: "Matrix subject",
      whatWasSeenOrHeard: CONCERN_TEXT,
      observedAt: new Date("2026-11-02T09:00:00Z"),
      observedWhere: "Bus station",
      createdById: serviceDsl.id,
      createdAt: new Date("2026-11-02T12:00:00Z"),
    },
  });
  await db.preventReferral.create({
    data: {
      concernId: concern.id,
      individualName: `${SECRET.firstName} ${SECRET.lastName}`,
      individualDateOfBirth: new Date("2011-09-01"),
      individualSchool: homes.SCHOOL.name,
      individualYearGroup: 10,
      individualSenStatus: "NONE",
      individualLookedAfter: false,
      referrerName: "Matrix referrer",
      referrerRole: "Provider DSL",
      referrerOrganisation: homes.PROVIDER.name,
      referrerEmail: "matrix@example.test",
      concerns: CONCERN_TEXT,
      createdById: serviceDsl.id,
      createdAt: new Date("2026-11-02T12:00:00Z"),
      updatedById: serviceDsl.id,
    },
  });
  const incident = await db.behaviourIncident.create({
    data: {
      ...BEHAVIOUR_FIELDS,
      reference: "BEH-424242",
      providerId: homes.PROVIDER.id,
      recordedById: raiser.id,
      students: {
        create: {
          studentId: student.id,
          placementId: referral.placement!.id,
          schoolId: homes.SCHOOL.id,
        },
      },
    },
  });
  const mo = await makeUser(db, { organisation: homes.SERVICE, roles: ["MONITORING_OFFICER"] });
  const meeting = await db.studentMeeting.create({
    data: {
      reference: "MTG-424242",
      studentId: student.id,
      placementId: referral.placement!.id,
      providerId: homes.PROVIDER.id,
      schoolId: homes.SCHOOL.id,
      heldAt: new Date("2026-11-02T10:00:00Z"),
      type: "BEHAVIOUR",
      discussion: MEETING_TEXT,
      studentView: "Matrix view",
      outcome: "REVIEW",
      reviewOn: new Date("2099-01-04"),
      recordedById: mo.id,
      recordedByOrganisationId: homes.SERVICE.id,
      targets: {
        create: {
          description: "Matrix target",
          ownerName: "Matrix owner",
          ownerParty: "STUDENT",
          dueOn: new Date("2099-01-04"),
        },
      },
    },
    include: { targets: true },
  });
  const withdrawal = await db.withdrawalRequest.create({
    data: {
      reference: "WDR-424242",
      studentId: student.id,
      schoolId: homes.SCHOOL.id,
      providerId: homes.PROVIDER.id,
      requestedBy: "PROVIDER",
      requestedById: raiser.id,
      effectiveDate: new Date("2027-07-05"),
      reason: "Matrix reason",
      impactAchievement: "a",
      impactHealth: "h",
      impactWellbeing: "w",
      meetingHeldOn: new Date("2026-11-05"),
      meetingAttendees: "Matrix attendees",
      status: "SUBMITTED",
      submittedAt: new Date("2026-11-05T12:00:00Z"),
      dueOn: new Date("2026-11-12"),
      placements: {
        create: {
          placementId: referral.placement!.id,
          allDays: true,
          openPlacementId: referral.placement!.id,
        },
      },
    },
  });
  const changeOfDay = await db.changeOfDayRequest.create({
    data: {
      reference: "CHD-424242",
      placementId: referral.placement!.id,
      studentId: student.id,
      schoolId: homes.SCHOOL.id,
      providerId: homes.PROVIDER.id,
      fromDay: "MONDAY",
      toDay: "TUESDAY",
      effectiveDate: new Date("2027-07-06"),
      reason: "Matrix reason",
      impactAchievement: "a",
      impactHealth: "h",
      impactWellbeing: "w",
      proposedById: owner.id,
      openSlot: `${referral.placement!.id}:MONDAY`,
    },
  });
  const qualityActions = await qualityActionTargets(serviceDsl.id);
  const checklistItem = await db.termlyChecklistItem.create({
    data: { text: "Matrix checklist statement", position: 1 },
  });
  await db.termlyChecklistItem.create({ data: { text: "Matrix second statement", position: 2 } });
  targets = {
    ...qualityActions,
    quality5: await surveysCoursesTargets(student.id, course.id, raiser.id, homes),
    checklistItemId: checklistItem.id,
    ...(await matrixReview(raiser.id)),
    meetingId: meeting.id,
    meetingTargetId: meeting.targets[0].id,
    changeOfDayId: changeOfDay.id,
    withdrawalId: withdrawal.id,
    studentId: student.id,
    schoolId: homes.SCHOOL.id,
    incidentId: incident.id,
    incidentReference: incident.reference,
    referralId: referral.id,
    placementId: referral.placement!.id,
    reference: referral.reference,
    courseId: course.id,
    providerId: homes.PROVIDER.id,
    ownerUserId: owner.id,
    concernId: concern.id,
    concernReference: concern.reference,
    serviceDslId: serviceDsl.id,
    allegationId: allegation.id,
    allegationReference: allegation.reference,
    reportId: report.id,
    ...(await staffPolicyTargets(homes.PROVIDER.id, raiser.id)),
  };
});

/**
 * The home provider's 2025/26 year (2026/27 holds the open review of `matrixReview`), its
 * QR1 (feedback given) with an open action, and its QR2.
 */
async function qualityActionTargets(openedById: string) {
  const year = await db.reviewYear.create({
    data: { providerId: homes.PROVIDER.id, startYear: 2025, openedById },
  });
  const review = (kind: "QR1" | "QR2") =>
    db.qualityReview.create({
      data: {
        reference: `QR-${kind}-424242`,
        reviewYearId: year.id,
        providerId: homes.PROVIDER.id,
        kind,
        status: kind === "QR1" ? "FEEDBACK_GIVEN" : "OPEN",
        openedById,
      },
    });
  const qr1 = await review("QR1");
  const qr2 = await review("QR2");
  const action = await db.qualityAction.create({
    data: {
      reference: "QA-424242",
      reviewId: qr1.id,
      providerId: homes.PROVIDER.id,
      description: QUALITY_ACTION_TEXT,
      owner: "Matrix owner",
      dueOn: new Date("2026-12-01"),
      setById: openedById,
    },
  });
  return { qualityActionId: action.id, qualityRevisitReviewId: qr2.id };
}

/** Surveys, consent and a course confirmation for the home provider (ADR 0018). */
async function surveysCoursesTargets(
  studentId: string,
  courseId: string,
  providerUserId: string,
  orgs: typeof homes,
): Promise<SurveysCoursesTargets> {
  const officer = await makeUser(db, { organisation: orgs.SERVICE, roles: ["QUALITY_OFFICER"] });
  const survey = await db.survey.create({
    data: {
      title: "Matrix open survey",
      createdById: officer.id,
      openedAt: new Date(),
      closesOn: new Date("2099-01-04"),
      questions: { create: { position: 1, text: "Matrix?", kind: "TEXT", required: true } },
    },
    include: { questions: true },
  });
  const draft = await db.survey.create({
    data: {
      title: "Matrix draft survey",
      createdById: officer.id,
      closesOn: new Date("2099-01-04"),
      questions: { create: { position: 1, text: "Draft?", kind: "TEXT", required: true } },
    },
    include: { questions: true },
  });
  const consent = await db.mediaConsent.create({
    data: {
      providerId: orgs.PROVIDER.id,
      subject: "STUDENT",
      studentId,
      photo: true,
      video: true,
      givenBy: "Matrix parent",
      relationship: "PARENT_CARER",
      givenOn: new Date("2026-11-02"),
      recordedById: providerUserId,
    },
  });
  const confirmation = await db.courseConfirmation.create({
    data: {
      reference: "CCF-424242",
      providerId: orgs.PROVIDER.id,
      contractReference: "Matrix lot",
      title: "Matrix confirmed course",
      subject: "Matrix",
      qualification: "Matrix",
      level: "1",
      awardingBody: "Matrix body",
      daysOffered: ["MONDAY"],
      places: 4,
      minAge: 14,
      maxAge: 16,
      location: "Matrix site",
      submittedById: providerUserId,
    },
  });
  return {
    surveyId: survey.id,
    surveyQuestionId: survey.questions[0].id,
    draftSurveyId: draft.id,
    draftQuestionId: draft.questions[0].id,
    consentId: consent.id,
    confirmationId: confirmation.id,
  };
}

/** A requirement and the home provider's open Quality Review 1 asking it. */
async function matrixReview(providerUserId: string) {
  const officer = await makeUser(db, { organisation: homes.SERVICE, roles: ["QUALITY_OFFICER"] });
  const requirement = await db.qualityRequirement.create({
    data: { title: "Matrix requirement", position: 1 },
  });
  const year = await db.reviewYear.create({
    data: { providerId: homes.PROVIDER.id, startYear: 2026, openedById: officer.id },
  });
  const review = await db.qualityReview.create({
    data: {
      reference: "QR-424242",
      reviewYearId: year.id,
      providerId: homes.PROVIDER.id,
      kind: "QR1",
      dueOn: new Date("2026-12-18"),
      openedById: officer.id,
      items: {
        create: {
          requirementId: requirement.id,
          title: requirement.title,
          asksExpiry: false,
          position: 1,
          answeredById: providerUserId,
        },
      },
    },
    include: { items: true },
  });
  return { requirementId: requirement.id, reviewId: review.id, reviewItemId: review.items[0].id };
}

async function actorFor(role: Role, side: Side): Promise<Actor> {
  const kind = ROLE_ORGANISATION[role];
  const organisation = side === "own" || kind === "SERVICE" ? homes[kind] : others[kind];
  return (await makeUser(db, { organisation, roles: [role] })).actor;
}

it("has an input for every procedure, and every procedure names its action", () => {
  expect(procedures.map(([path]) => path).sort()).toEqual(Object.keys(INPUTS).sort());
  for (const [path, procedure] of procedures) {
    expect(procedure._def.meta?.action, path).toBeDefined();
    expect(PERMISSIONS[procedure._def.meta!.action!], path).toBeDefined();
  }
});

describe.each(procedures)("%s", (path, procedure) => {
  const action = procedure._def.meta!.action!;

  it("answers UNAUTHORIZED when nobody is signed in", async () => {
    const result = await call(path, null, await INPUTS[path](targets, null, "own"));
    expect(result).toMatchObject({ ok: false, code: "UNAUTHORIZED" });
  });

  for (const role of ALL_ROLES) {
    const sides =
      ROLE_ORGANISATION[role] === "SERVICE" ? (["own"] as const) : (["own", "other"] as const);
    for (const side of sides) {
      const allowed = can([role], action);
      const ownSideOutcome = side === "own" ? OWN_SIDE_REFUSALS[path]?.[role] : undefined;
      const verb = !allowed ? "refuses" : ownSideOutcome ? `answers ${ownSideOutcome} to` : "lets";
      it(`${verb} ${role} (${side} organisation)`, async () => {
        const actor = await actorFor(role, side);
        const result = await call(path, actor, await INPUTS[path](targets, actor, side));

        if (!allowed) {
          expect(result).toMatchObject({ ok: false, code: "FORBIDDEN" });
        } else if (ownSideOutcome === "WITHOUT_CONCERN") {
          expect(result).toMatchObject({ ok: true });
          expectNoConcern(result, targets);
        } else if (ownSideOutcome) {
          expect(result).toMatchObject(
            ownSideOutcome === "HIDDEN" ? { ok: true } : { ok: false, code: ownSideOutcome },
          );
          expectNoLeak(result, targets);
        } else if (side === "own") {
          expect(["FORBIDDEN", "NOT_FOUND", "UNAUTHORIZED"]).not.toContain(
            result.ok ? "" : result.code,
          );
        } else {
          if (RECORD_BOUND.has(path)) {
            expect(result).toMatchObject({ ok: false, code: "NOT_FOUND" });
          }
          expectNoLeak(result, targets);
        }
      });
    }
  }
});
