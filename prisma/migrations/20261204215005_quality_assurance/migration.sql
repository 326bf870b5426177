-- CreateEnum
CREATE TYPE "QualityReviewKind" AS ENUM ('QR1', 'QR2', 'FOLLOW_UP');

-- CreateEnum
CREATE TYPE "QualityReviewStatus" AS ENUM ('OPEN', 'SUBMITTED', 'FEEDBACK_GIVEN');

-- CreateEnum
CREATE TYPE "VisitMode" AS ENUM ('ON_SITE', 'VIRTUAL');

-- CreateEnum
CREATE TYPE "RequirementJudgement" AS ENUM ('MET', 'PARTLY_MET', 'NOT_MET');

-- CreateEnum
CREATE TYPE "QualityActionStatus" AS ENUM ('OPEN', 'EVIDENCE_SUBMITTED', 'CLOSED');

-- CreateEnum
CREATE TYPE "ActionDecision" AS ENUM ('CLOSED', 'RETURNED');

-- CreateEnum
CREATE TYPE "PolicyAdoptionKind" AS ENUM ('ADOPTED', 'OWN_POLICY');

-- CreateEnum
CREATE TYPE "PolicyAdoptionStatus" AS ENUM ('ADOPTED', 'AWAITING_ACCEPTANCE', 'ACCEPTED', 'RETURNED');

-- CreateEnum
CREATE TYPE "SurveyQuestionKind" AS ENUM ('RATING', 'YES_NO', 'TEXT');

-- CreateEnum
CREATE TYPE "ConsentSubject" AS ENUM ('STUDENT', 'STAFF');

-- CreateEnum
CREATE TYPE "CourseConfirmationStatus" AS ENUM ('SUBMITTED', 'ACCEPTED', 'RETURNED');

-- AlterEnum
ALTER TYPE "ChangeOfDayStatus" ADD VALUE 'REJECTED';

-- AlterTable
ALTER TABLE "ChangeOfDayRequest" ADD COLUMN     "closedAt" TIMESTAMP(3),
ADD COLUMN     "closedById" TEXT,
ADD COLUMN     "rejectionReason" TEXT;

-- AlterTable
ALTER TABLE "Course" ADD COLUMN     "awardingBody" TEXT;

-- AlterTable
ALTER TABLE "Document" ADD COLUMN     "actionSubmissionId" TEXT,
ADD COLUMN     "reviewRequirementId" TEXT;

-- CreateTable
CREATE TABLE "QualityRequirement" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "guidance" TEXT,
    "asksExpiry" BOOLEAN NOT NULL DEFAULT false,
    "position" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "retiredAt" TIMESTAMP(3),

    CONSTRAINT "QualityRequirement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReviewYear" (
    "id" TEXT NOT NULL,
    "providerId" TEXT NOT NULL,
    "startYear" INTEGER NOT NULL,
    "openedById" TEXT NOT NULL,
    "openedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "closedAt" TIMESTAMP(3),

    CONSTRAINT "ReviewYear_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "QualityReview" (
    "id" TEXT NOT NULL,
    "reference" TEXT NOT NULL,
    "reviewYearId" TEXT NOT NULL,
    "providerId" TEXT NOT NULL,
    "kind" "QualityReviewKind" NOT NULL,
    "status" "QualityReviewStatus" NOT NULL DEFAULT 'OPEN',
    "dueOn" DATE,
    "mode" "VisitMode",
    "visitedOn" DATE,
    "visitors" TEXT,
    "learnerVoice" TEXT,
    "safeguardingSpotCheck" TEXT,
    "siteSpotCheck" TEXT,
    "openedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "submittedAt" TIMESTAMP(3),
    "submittedById" TEXT,
    "feedbackSummary" TEXT,
    "feedbackAt" TIMESTAMP(3),
    "feedbackById" TEXT,

    CONSTRAINT "QualityReview_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReviewRequirement" (
    "id" TEXT NOT NULL,
    "reviewId" TEXT NOT NULL,
    "requirementId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "asksExpiry" BOOLEAN NOT NULL,
    "position" INTEGER NOT NULL,
    "statement" TEXT,
    "expiresOn" DATE,
    "answeredAt" TIMESTAMP(3),
    "answeredById" TEXT,
    "judgement" "RequirementJudgement",
    "judgementComment" TEXT,
    "judgedAt" TIMESTAMP(3),
    "judgedById" TEXT,

    CONSTRAINT "ReviewRequirement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LessonObservation" (
    "id" TEXT NOT NULL,
    "reviewId" TEXT NOT NULL,
    "observedOn" DATE NOT NULL,
    "session" TEXT NOT NULL,
    "observer" TEXT NOT NULL,
    "strengths" TEXT NOT NULL,
    "areasToDevelop" TEXT NOT NULL,
    "recordedById" TEXT NOT NULL,
    "recordedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LessonObservation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "QualityAction" (
    "id" TEXT NOT NULL,
    "reference" TEXT NOT NULL,
    "reviewId" TEXT NOT NULL,
    "providerId" TEXT NOT NULL,
    "reviewRequirementId" TEXT,
    "description" TEXT NOT NULL,
    "owner" TEXT NOT NULL,
    "dueOn" DATE NOT NULL,
    "providerPlanReference" TEXT,
    "status" "QualityActionStatus" NOT NULL DEFAULT 'OPEN',
    "setById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "closedAt" TIMESTAMP(3),
    "closedById" TEXT,

    CONSTRAINT "QualityAction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActionSubmission" (
    "id" TEXT NOT NULL,
    "actionId" TEXT NOT NULL,
    "statement" TEXT NOT NULL,
    "submittedById" TEXT NOT NULL,
    "submittedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decision" "ActionDecision",
    "decisionComment" TEXT,
    "decidedAt" TIMESTAMP(3),
    "decidedById" TEXT,

    CONSTRAINT "ActionSubmission_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActionRevisit" (
    "id" TEXT NOT NULL,
    "actionId" TEXT NOT NULL,
    "reviewId" TEXT NOT NULL,
    "note" TEXT NOT NULL,
    "recordedById" TEXT NOT NULL,
    "recordedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ActionRevisit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TermlyChecklistItem" (
    "id" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "retiredAt" TIMESTAMP(3),

    CONSTRAINT "TermlyChecklistItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TermlyConfirmation" (
    "id" TEXT NOT NULL,
    "providerId" TEXT NOT NULL,
    "term" TEXT NOT NULL,
    "confirmedItems" TEXT[],
    "note" TEXT,
    "confirmedById" TEXT NOT NULL,
    "confirmedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TermlyConfirmation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StaffCheck" (
    "id" TEXT NOT NULL,
    "providerId" TEXT NOT NULL,
    "fullName" TEXT NOT NULL,
    "jobRole" TEXT NOT NULL,
    "startedOn" DATE NOT NULL,
    "leftOn" DATE,
    "identityCheckedOn" DATE,
    "dbsCertificateNumber" TEXT,
    "dbsIssuedOn" DATE,
    "dbsUpdateService" BOOLEAN NOT NULL DEFAULT false,
    "dbsLastCheckedOn" DATE,
    "barredListCheckedOn" DATE,
    "prohibitionCheckedOn" DATE,
    "overseasCheckRequired" BOOLEAN NOT NULL DEFAULT false,
    "overseasCheckedOn" DATE,
    "qualificationsRequired" BOOLEAN NOT NULL DEFAULT false,
    "qualificationsCheckedOn" DATE,
    "rightToWorkCheckedOn" DATE,
    "checkedByName" TEXT,
    "checkedOn" DATE,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedById" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "StaffCheck_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Policy" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "retiredAt" TIMESTAMP(3),

    CONSTRAINT "Policy_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PolicyVersion" (
    "id" TEXT NOT NULL,
    "policyId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "changeNote" TEXT,
    "documentId" TEXT NOT NULL,
    "publishedById" TEXT NOT NULL,
    "publishedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PolicyVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PolicyAdoption" (
    "id" TEXT NOT NULL,
    "policyVersionId" TEXT NOT NULL,
    "providerId" TEXT NOT NULL,
    "kind" "PolicyAdoptionKind" NOT NULL,
    "status" "PolicyAdoptionStatus" NOT NULL,
    "documentId" TEXT,
    "submittedById" TEXT NOT NULL,
    "submittedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedAt" TIMESTAMP(3),
    "decidedById" TEXT,
    "decisionComment" TEXT,

    CONSTRAINT "PolicyAdoption_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Survey" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "intro" TEXT,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "openedAt" TIMESTAMP(3),
    "closesOn" DATE,
    "closedAt" TIMESTAMP(3),

    CONSTRAINT "Survey_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SurveyQuestion" (
    "id" TEXT NOT NULL,
    "surveyId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "kind" "SurveyQuestionKind" NOT NULL,
    "required" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "SurveyQuestion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SurveyResponse" (
    "id" TEXT NOT NULL,
    "surveyId" TEXT NOT NULL,
    "providerId" TEXT NOT NULL,
    "submittedById" TEXT NOT NULL,
    "submittedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SurveyResponse_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SurveyAnswer" (
    "id" TEXT NOT NULL,
    "responseId" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "rating" INTEGER,
    "yes" BOOLEAN,
    "text" TEXT,

    CONSTRAINT "SurveyAnswer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MediaConsent" (
    "id" TEXT NOT NULL,
    "providerId" TEXT NOT NULL,
    "subject" "ConsentSubject" NOT NULL,
    "studentId" TEXT,
    "personName" TEXT,
    "photo" BOOLEAN NOT NULL,
    "video" BOOLEAN NOT NULL,
    "givenBy" TEXT NOT NULL,
    "relationship" TEXT,
    "givenOn" DATE NOT NULL,
    "withdrawnOn" DATE,
    "withdrawnReason" TEXT,
    "recordedById" TEXT NOT NULL,
    "recordedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MediaConsent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CourseConfirmation" (
    "id" TEXT NOT NULL,
    "reference" TEXT NOT NULL,
    "providerId" TEXT NOT NULL,
    "contractReference" TEXT NOT NULL,
    "courseId" TEXT,
    "title" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "qualification" TEXT NOT NULL,
    "level" TEXT NOT NULL,
    "awardingBody" TEXT NOT NULL,
    "daysOffered" "Weekday"[],
    "places" INTEGER NOT NULL,
    "minAge" INTEGER NOT NULL,
    "maxAge" INTEGER NOT NULL,
    "location" TEXT NOT NULL,
    "status" "CourseConfirmationStatus" NOT NULL DEFAULT 'SUBMITTED',
    "submittedById" TEXT NOT NULL,
    "submittedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedAt" TIMESTAMP(3),
    "decidedById" TEXT,
    "decisionComment" TEXT,

    CONSTRAINT "CourseConfirmation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ReviewYear_providerId_startYear_key" ON "ReviewYear"("providerId", "startYear");

-- CreateIndex
CREATE UNIQUE INDEX "QualityReview_reference_key" ON "QualityReview"("reference");

-- CreateIndex
CREATE INDEX "QualityReview_providerId_status_idx" ON "QualityReview"("providerId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "QualityReview_reviewYearId_kind_key" ON "QualityReview"("reviewYearId", "kind");

-- CreateIndex
CREATE UNIQUE INDEX "ReviewRequirement_reviewId_requirementId_key" ON "ReviewRequirement"("reviewId", "requirementId");

-- CreateIndex
CREATE INDEX "LessonObservation_reviewId_idx" ON "LessonObservation"("reviewId");

-- CreateIndex
CREATE UNIQUE INDEX "QualityAction_reference_key" ON "QualityAction"("reference");

-- CreateIndex
CREATE INDEX "QualityAction_providerId_status_idx" ON "QualityAction"("providerId", "status");

-- CreateIndex
CREATE INDEX "QualityAction_status_dueOn_idx" ON "QualityAction"("status", "dueOn");

-- CreateIndex
CREATE INDEX "ActionSubmission_actionId_idx" ON "ActionSubmission"("actionId");

-- CreateIndex
CREATE UNIQUE INDEX "ActionRevisit_actionId_reviewId_key" ON "ActionRevisit"("actionId", "reviewId");

-- CreateIndex
CREATE UNIQUE INDEX "TermlyConfirmation_providerId_term_key" ON "TermlyConfirmation"("providerId", "term");

-- CreateIndex
CREATE INDEX "StaffCheck_providerId_idx" ON "StaffCheck"("providerId");

-- CreateIndex
CREATE UNIQUE INDEX "PolicyVersion_documentId_key" ON "PolicyVersion"("documentId");

-- CreateIndex
CREATE UNIQUE INDEX "PolicyVersion_policyId_version_key" ON "PolicyVersion"("policyId", "version");

-- CreateIndex
CREATE UNIQUE INDEX "PolicyAdoption_documentId_key" ON "PolicyAdoption"("documentId");

-- CreateIndex
CREATE UNIQUE INDEX "PolicyAdoption_policyVersionId_providerId_key" ON "PolicyAdoption"("policyVersionId", "providerId");

-- CreateIndex
CREATE UNIQUE INDEX "SurveyQuestion_surveyId_position_key" ON "SurveyQuestion"("surveyId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "SurveyResponse_surveyId_providerId_key" ON "SurveyResponse"("surveyId", "providerId");

-- CreateIndex
CREATE UNIQUE INDEX "SurveyAnswer_responseId_questionId_key" ON "SurveyAnswer"("responseId", "questionId");

-- CreateIndex
CREATE INDEX "MediaConsent_providerId_idx" ON "MediaConsent"("providerId");

-- CreateIndex
CREATE INDEX "MediaConsent_studentId_idx" ON "MediaConsent"("studentId");

-- CreateIndex
CREATE UNIQUE INDEX "CourseConfirmation_reference_key" ON "CourseConfirmation"("reference");

-- CreateIndex
CREATE INDEX "CourseConfirmation_providerId_status_idx" ON "CourseConfirmation"("providerId", "status");

-- CreateIndex
CREATE INDEX "Document_reviewRequirementId_idx" ON "Document"("reviewRequirementId");

-- CreateIndex
CREATE INDEX "Document_actionSubmissionId_idx" ON "Document"("actionSubmissionId");

-- AddForeignKey
ALTER TABLE "Document" ADD CONSTRAINT "Document_reviewRequirementId_fkey" FOREIGN KEY ("reviewRequirementId") REFERENCES "ReviewRequirement"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Document" ADD CONSTRAINT "Document_actionSubmissionId_fkey" FOREIGN KEY ("actionSubmissionId") REFERENCES "ActionSubmission"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChangeOfDayRequest" ADD CONSTRAINT "ChangeOfDayRequest_closedById_fkey" FOREIGN KEY ("closedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewYear" ADD CONSTRAINT "ReviewYear_providerId_fkey" FOREIGN KEY ("providerId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewYear" ADD CONSTRAINT "ReviewYear_openedById_fkey" FOREIGN KEY ("openedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QualityReview" ADD CONSTRAINT "QualityReview_reviewYearId_fkey" FOREIGN KEY ("reviewYearId") REFERENCES "ReviewYear"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QualityReview" ADD CONSTRAINT "QualityReview_providerId_fkey" FOREIGN KEY ("providerId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QualityReview" ADD CONSTRAINT "QualityReview_openedById_fkey" FOREIGN KEY ("openedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QualityReview" ADD CONSTRAINT "QualityReview_submittedById_fkey" FOREIGN KEY ("submittedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QualityReview" ADD CONSTRAINT "QualityReview_feedbackById_fkey" FOREIGN KEY ("feedbackById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewRequirement" ADD CONSTRAINT "ReviewRequirement_reviewId_fkey" FOREIGN KEY ("reviewId") REFERENCES "QualityReview"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewRequirement" ADD CONSTRAINT "ReviewRequirement_requirementId_fkey" FOREIGN KEY ("requirementId") REFERENCES "QualityRequirement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewRequirement" ADD CONSTRAINT "ReviewRequirement_answeredById_fkey" FOREIGN KEY ("answeredById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewRequirement" ADD CONSTRAINT "ReviewRequirement_judgedById_fkey" FOREIGN KEY ("judgedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LessonObservation" ADD CONSTRAINT "LessonObservation_reviewId_fkey" FOREIGN KEY ("reviewId") REFERENCES "QualityReview"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LessonObservation" ADD CONSTRAINT "LessonObservation_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QualityAction" ADD CONSTRAINT "QualityAction_reviewId_fkey" FOREIGN KEY ("reviewId") REFERENCES "QualityReview"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QualityAction" ADD CONSTRAINT "QualityAction_providerId_fkey" FOREIGN KEY ("providerId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QualityAction" ADD CONSTRAINT "QualityAction_reviewRequirementId_fkey" FOREIGN KEY ("reviewRequirementId") REFERENCES "ReviewRequirement"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QualityAction" ADD CONSTRAINT "QualityAction_setById_fkey" FOREIGN KEY ("setById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QualityAction" ADD CONSTRAINT "QualityAction_closedById_fkey" FOREIGN KEY ("closedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionSubmission" ADD CONSTRAINT "ActionSubmission_actionId_fkey" FOREIGN KEY ("actionId") REFERENCES "QualityAction"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionSubmission" ADD CONSTRAINT "ActionSubmission_submittedById_fkey" FOREIGN KEY ("submittedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionSubmission" ADD CONSTRAINT "ActionSubmission_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionRevisit" ADD CONSTRAINT "ActionRevisit_actionId_fkey" FOREIGN KEY ("actionId") REFERENCES "QualityAction"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionRevisit" ADD CONSTRAINT "ActionRevisit_reviewId_fkey" FOREIGN KEY ("reviewId") REFERENCES "QualityReview"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionRevisit" ADD CONSTRAINT "ActionRevisit_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TermlyConfirmation" ADD CONSTRAINT "TermlyConfirmation_providerId_fkey" FOREIGN KEY ("providerId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TermlyConfirmation" ADD CONSTRAINT "TermlyConfirmation_confirmedById_fkey" FOREIGN KEY ("confirmedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StaffCheck" ADD CONSTRAINT "StaffCheck_providerId_fkey" FOREIGN KEY ("providerId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StaffCheck" ADD CONSTRAINT "StaffCheck_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Policy" ADD CONSTRAINT "Policy_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PolicyVersion" ADD CONSTRAINT "PolicyVersion_policyId_fkey" FOREIGN KEY ("policyId") REFERENCES "Policy"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PolicyVersion" ADD CONSTRAINT "PolicyVersion_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PolicyVersion" ADD CONSTRAINT "PolicyVersion_publishedById_fkey" FOREIGN KEY ("publishedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PolicyAdoption" ADD CONSTRAINT "PolicyAdoption_policyVersionId_fkey" FOREIGN KEY ("policyVersionId") REFERENCES "PolicyVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PolicyAdoption" ADD CONSTRAINT "PolicyAdoption_providerId_fkey" FOREIGN KEY ("providerId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PolicyAdoption" ADD CONSTRAINT "PolicyAdoption_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PolicyAdoption" ADD CONSTRAINT "PolicyAdoption_submittedById_fkey" FOREIGN KEY ("submittedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PolicyAdoption" ADD CONSTRAINT "PolicyAdoption_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Survey" ADD CONSTRAINT "Survey_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyQuestion" ADD CONSTRAINT "SurveyQuestion_surveyId_fkey" FOREIGN KEY ("surveyId") REFERENCES "Survey"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyResponse" ADD CONSTRAINT "SurveyResponse_surveyId_fkey" FOREIGN KEY ("surveyId") REFERENCES "Survey"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyResponse" ADD CONSTRAINT "SurveyResponse_providerId_fkey" FOREIGN KEY ("providerId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyResponse" ADD CONSTRAINT "SurveyResponse_submittedById_fkey" FOREIGN KEY ("submittedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyAnswer" ADD CONSTRAINT "SurveyAnswer_responseId_fkey" FOREIGN KEY ("responseId") REFERENCES "SurveyResponse"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyAnswer" ADD CONSTRAINT "SurveyAnswer_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "SurveyQuestion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MediaConsent" ADD CONSTRAINT "MediaConsent_providerId_fkey" FOREIGN KEY ("providerId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MediaConsent" ADD CONSTRAINT "MediaConsent_studentId_fkey" FOREIGN KEY ("studentId") REFERENCES "Student"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MediaConsent" ADD CONSTRAINT "MediaConsent_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CourseConfirmation" ADD CONSTRAINT "CourseConfirmation_providerId_fkey" FOREIGN KEY ("providerId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CourseConfirmation" ADD CONSTRAINT "CourseConfirmation_courseId_fkey" FOREIGN KEY ("courseId") REFERENCES "Course"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CourseConfirmation" ADD CONSTRAINT "CourseConfirmation_submittedById_fkey" FOREIGN KEY ("submittedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CourseConfirmation" ADD CONSTRAINT "CourseConfirmation_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

