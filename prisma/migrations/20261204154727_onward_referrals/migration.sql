-- CreateEnum
CREATE TYPE "IndicatorWeight" AS ENUM ('SIGNIFICANT', 'MEDIUM');

-- CreateEnum
CREATE TYPE "IndicatorTiming" AS ENUM ('CURRENT', 'PAST_SIX_MONTHS');

-- CreateEnum
CREATE TYPE "PreventOutcome" AS ENUM ('NOT_PROGRESSED', 'CHANNEL_PANEL', 'POLICE_LED_CASE_MANAGEMENT', 'REFERRED_TO_OTHER_SUPPORT');

-- CreateTable
CREATE TABLE "ExploitationAssessment" (
    "id" TEXT NOT NULL,
    "concernId" TEXT NOT NULL,
    "riskLevel" "RiskLevel" NOT NULL,
    "notes" TEXT,
    "assessedById" TEXT NOT NULL,
    "assessedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ExploitationAssessment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ExploitationIndicator" (
    "id" TEXT NOT NULL,
    "assessmentId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "weight" "IndicatorWeight" NOT NULL,
    "timing" "IndicatorTiming" NOT NULL,

    CONSTRAINT "ExploitationIndicator_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PoliceIntelligenceReport" (
    "id" TEXT NOT NULL,
    "reference" TEXT NOT NULL,
    "concernId" TEXT NOT NULL,
    "subjectName" TEXT NOT NULL,
    "subjectDescription" TEXT,
    "subjectDateOfBirth" DATE,
    "subjectAssociates" TEXT,
    "subjectVehicles" TEXT,
    "subjectLocations" TEXT,
    "subjectHandles" TEXT,
    "whatWasSeenOrHeard" TEXT NOT NULL,
    "observedAt" TIMESTAMP(3) NOT NULL,
    "observedWhere" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" TIMESTAMP(3),
    "sentById" TEXT,
    "sentRecordedAt" TIMESTAMP(3),

    CONSTRAINT "PoliceIntelligenceReport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PreventReferral" (
    "id" TEXT NOT NULL,
    "concernId" TEXT NOT NULL,
    "individualName" TEXT NOT NULL,
    "individualDateOfBirth" DATE NOT NULL,
    "individualSchool" TEXT NOT NULL,
    "individualYearGroup" INTEGER NOT NULL,
    "individualSenStatus" "SenStatus" NOT NULL,
    "individualLookedAfter" BOOLEAN NOT NULL,
    "referrerName" TEXT NOT NULL,
    "referrerRole" TEXT NOT NULL,
    "referrerOrganisation" TEXT NOT NULL,
    "referrerEmail" TEXT NOT NULL,
    "referrerPhone" TEXT,
    "concerns" TEXT NOT NULL,
    "complexNeeds" TEXT,
    "otherInformation" TEXT,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedById" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentOn" DATE,
    "sentRecordedById" TEXT,
    "sentRecordedAt" TIMESTAMP(3),
    "outcome" "PreventOutcome",
    "outcomeNotes" TEXT,
    "outcomeRecordedById" TEXT,
    "outcomeRecordedAt" TIMESTAMP(3),

    CONSTRAINT "PreventReferral_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ExploitationAssessment_concernId_assessedAt_idx" ON "ExploitationAssessment"("concernId", "assessedAt");

-- CreateIndex
CREATE UNIQUE INDEX "ExploitationIndicator_assessmentId_code_key" ON "ExploitationIndicator"("assessmentId", "code");

-- CreateIndex
CREATE UNIQUE INDEX "PoliceIntelligenceReport_reference_key" ON "PoliceIntelligenceReport"("reference");

-- CreateIndex
CREATE INDEX "PoliceIntelligenceReport_concernId_createdAt_idx" ON "PoliceIntelligenceReport"("concernId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "PreventReferral_concernId_key" ON "PreventReferral"("concernId");

-- AddForeignKey
ALTER TABLE "ExploitationAssessment" ADD CONSTRAINT "ExploitationAssessment_concernId_fkey" FOREIGN KEY ("concernId") REFERENCES "Concern"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExploitationIndicator" ADD CONSTRAINT "ExploitationIndicator_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "ExploitationAssessment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PoliceIntelligenceReport" ADD CONSTRAINT "PoliceIntelligenceReport_concernId_fkey" FOREIGN KEY ("concernId") REFERENCES "Concern"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PreventReferral" ADD CONSTRAINT "PreventReferral_concernId_fkey" FOREIGN KEY ("concernId") REFERENCES "Concern"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

