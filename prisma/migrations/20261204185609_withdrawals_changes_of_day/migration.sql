-- CreateEnum
CREATE TYPE "RequestParty" AS ENUM ('SCHOOL', 'PROVIDER');

-- CreateEnum
CREATE TYPE "WithdrawalStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'PROCESSED', 'WITHDRAWN', 'REJECTED');

-- CreateEnum
CREATE TYPE "ChangeOfDayStatus" AS ENUM ('PROPOSED', 'AGREED', 'DECLINED', 'PROCESSED');

-- CreateTable
CREATE TABLE "WithdrawalRequest" (
    "id" TEXT NOT NULL,
    "reference" TEXT NOT NULL,
    "studentId" TEXT NOT NULL,
    "schoolId" TEXT NOT NULL,
    "providerId" TEXT NOT NULL,
    "requestedBy" "RequestParty" NOT NULL,
    "requestedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "effectiveDate" DATE NOT NULL,
    "reason" TEXT NOT NULL,
    "impactAchievement" TEXT NOT NULL,
    "impactHealth" TEXT NOT NULL,
    "impactWellbeing" TEXT NOT NULL,
    "meetingHeldOn" DATE,
    "meetingAttendees" TEXT,
    "meetingRecordedAt" TIMESTAMP(3),
    "moConsulted" BOOLEAN,
    "moConsultedOn" DATE,
    "status" "WithdrawalStatus" NOT NULL DEFAULT 'DRAFT',
    "submittedAt" TIMESTAMP(3),
    "dueOn" DATE,
    "clmUpdatedAt" TIMESTAMP(3),
    "clmUpdatedById" TEXT,
    "capitaUpdatedAt" TIMESTAMP(3),
    "capitaUpdatedById" TEXT,
    "processedAt" TIMESTAMP(3),
    "processedById" TEXT,
    "closedAt" TIMESTAMP(3),
    "closedById" TEXT,
    "rejectionReason" TEXT,

    CONSTRAINT "WithdrawalRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WithdrawalPlacement" (
    "id" TEXT NOT NULL,
    "requestId" TEXT NOT NULL,
    "placementId" TEXT NOT NULL,
    "allDays" BOOLEAN NOT NULL,
    "days" "Weekday"[],
    "openPlacementId" TEXT,

    CONSTRAINT "WithdrawalPlacement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ChangeOfDayRequest" (
    "id" TEXT NOT NULL,
    "reference" TEXT NOT NULL,
    "placementId" TEXT NOT NULL,
    "studentId" TEXT NOT NULL,
    "schoolId" TEXT NOT NULL,
    "providerId" TEXT NOT NULL,
    "fromDay" "Weekday" NOT NULL,
    "toDay" "Weekday" NOT NULL,
    "effectiveDate" DATE NOT NULL,
    "reason" TEXT NOT NULL,
    "impactAchievement" TEXT NOT NULL,
    "impactHealth" TEXT NOT NULL,
    "impactWellbeing" TEXT NOT NULL,
    "proposedById" TEXT NOT NULL,
    "proposedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "status" "ChangeOfDayStatus" NOT NULL DEFAULT 'PROPOSED',
    "respondedAt" TIMESTAMP(3),
    "respondedById" TEXT,
    "providerReason" TEXT,
    "providerImpactAchievement" TEXT,
    "providerImpactHealth" TEXT,
    "providerImpactWellbeing" TEXT,
    "dueOn" DATE,
    "clmUpdatedAt" TIMESTAMP(3),
    "clmUpdatedById" TEXT,
    "capitaUpdatedAt" TIMESTAMP(3),
    "capitaUpdatedById" TEXT,
    "processedAt" TIMESTAMP(3),
    "processedById" TEXT,
    "openSlot" TEXT,

    CONSTRAINT "ChangeOfDayRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlacementDayChange" (
    "id" TEXT NOT NULL,
    "placementId" TEXT NOT NULL,
    "effectiveFrom" DATE NOT NULL,
    "daysBefore" "Weekday"[],
    "daysAfter" "Weekday"[],
    "sourceType" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PlacementDayChange_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "WithdrawalRequest_reference_key" ON "WithdrawalRequest"("reference");

-- CreateIndex
CREATE INDEX "WithdrawalRequest_schoolId_status_idx" ON "WithdrawalRequest"("schoolId", "status");

-- CreateIndex
CREATE INDEX "WithdrawalRequest_providerId_status_idx" ON "WithdrawalRequest"("providerId", "status");

-- CreateIndex
CREATE INDEX "WithdrawalRequest_status_dueOn_idx" ON "WithdrawalRequest"("status", "dueOn");

-- CreateIndex
CREATE UNIQUE INDEX "WithdrawalPlacement_openPlacementId_key" ON "WithdrawalPlacement"("openPlacementId");

-- CreateIndex
CREATE INDEX "WithdrawalPlacement_placementId_idx" ON "WithdrawalPlacement"("placementId");

-- CreateIndex
CREATE UNIQUE INDEX "WithdrawalPlacement_requestId_placementId_key" ON "WithdrawalPlacement"("requestId", "placementId");

-- CreateIndex
CREATE UNIQUE INDEX "ChangeOfDayRequest_reference_key" ON "ChangeOfDayRequest"("reference");

-- CreateIndex
CREATE UNIQUE INDEX "ChangeOfDayRequest_openSlot_key" ON "ChangeOfDayRequest"("openSlot");

-- CreateIndex
CREATE INDEX "ChangeOfDayRequest_schoolId_status_idx" ON "ChangeOfDayRequest"("schoolId", "status");

-- CreateIndex
CREATE INDEX "ChangeOfDayRequest_providerId_status_idx" ON "ChangeOfDayRequest"("providerId", "status");

-- CreateIndex
CREATE INDEX "ChangeOfDayRequest_placementId_idx" ON "ChangeOfDayRequest"("placementId");

-- CreateIndex
CREATE INDEX "PlacementDayChange_placementId_effectiveFrom_idx" ON "PlacementDayChange"("placementId", "effectiveFrom");

-- AddForeignKey
ALTER TABLE "WithdrawalRequest" ADD CONSTRAINT "WithdrawalRequest_studentId_fkey" FOREIGN KEY ("studentId") REFERENCES "Student"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WithdrawalRequest" ADD CONSTRAINT "WithdrawalRequest_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WithdrawalRequest" ADD CONSTRAINT "WithdrawalRequest_providerId_fkey" FOREIGN KEY ("providerId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WithdrawalRequest" ADD CONSTRAINT "WithdrawalRequest_requestedById_fkey" FOREIGN KEY ("requestedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WithdrawalRequest" ADD CONSTRAINT "WithdrawalRequest_clmUpdatedById_fkey" FOREIGN KEY ("clmUpdatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WithdrawalRequest" ADD CONSTRAINT "WithdrawalRequest_capitaUpdatedById_fkey" FOREIGN KEY ("capitaUpdatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WithdrawalRequest" ADD CONSTRAINT "WithdrawalRequest_processedById_fkey" FOREIGN KEY ("processedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WithdrawalPlacement" ADD CONSTRAINT "WithdrawalPlacement_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "WithdrawalRequest"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WithdrawalPlacement" ADD CONSTRAINT "WithdrawalPlacement_placementId_fkey" FOREIGN KEY ("placementId") REFERENCES "Placement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChangeOfDayRequest" ADD CONSTRAINT "ChangeOfDayRequest_placementId_fkey" FOREIGN KEY ("placementId") REFERENCES "Placement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChangeOfDayRequest" ADD CONSTRAINT "ChangeOfDayRequest_studentId_fkey" FOREIGN KEY ("studentId") REFERENCES "Student"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChangeOfDayRequest" ADD CONSTRAINT "ChangeOfDayRequest_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChangeOfDayRequest" ADD CONSTRAINT "ChangeOfDayRequest_providerId_fkey" FOREIGN KEY ("providerId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChangeOfDayRequest" ADD CONSTRAINT "ChangeOfDayRequest_proposedById_fkey" FOREIGN KEY ("proposedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChangeOfDayRequest" ADD CONSTRAINT "ChangeOfDayRequest_respondedById_fkey" FOREIGN KEY ("respondedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChangeOfDayRequest" ADD CONSTRAINT "ChangeOfDayRequest_clmUpdatedById_fkey" FOREIGN KEY ("clmUpdatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChangeOfDayRequest" ADD CONSTRAINT "ChangeOfDayRequest_capitaUpdatedById_fkey" FOREIGN KEY ("capitaUpdatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChangeOfDayRequest" ADD CONSTRAINT "ChangeOfDayRequest_processedById_fkey" FOREIGN KEY ("processedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlacementDayChange" ADD CONSTRAINT "PlacementDayChange_placementId_fkey" FOREIGN KEY ("placementId") REFERENCES "Placement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

