-- CreateEnum
CREATE TYPE "PlacementArrangement" AS ENUM ('LOCAL_AUTHORITY', 'SCHOOL');

-- CreateEnum
CREATE TYPE "RegisterSession" AS ENUM ('AM', 'PM');

-- CreateEnum
CREATE TYPE "AttendanceMark" AS ENUM ('PRESENT', 'LATE', 'ABSENT', 'NOT_EXPECTED');

-- CreateEnum
CREATE TYPE "AbsenceReason" AS ENUM ('ILLNESS', 'MEDICAL_APPOINTMENT', 'RELIGIOUS_OBSERVANCE', 'SUSPENDED_OR_EXCLUDED', 'TRANSPORT_NOT_AVAILABLE', 'AUTHORISED_LEAVE', 'HOLIDAY_NOT_AUTHORISED', 'UNAUTHORISED_OTHER', 'NOT_KNOWN');

-- AlterTable
ALTER TABLE "Placement" ADD COLUMN     "activityNature" TEXT,
ADD COLUMN     "arrangedBy" "PlacementArrangement" NOT NULL DEFAULT 'SCHOOL',
ADD COLUMN     "monitoringOfficerId" TEXT;

-- CreateTable
CREATE TABLE "RegisterMark" (
    "id" TEXT NOT NULL,
    "placementId" TEXT NOT NULL,
    "studentId" TEXT NOT NULL,
    "providerId" TEXT NOT NULL,
    "schoolId" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "session" "RegisterSession" NOT NULL,
    "mark" "AttendanceMark" NOT NULL,
    "lateMinutes" INTEGER,
    "absenceReason" "AbsenceReason",
    "note" TEXT,
    "recordedById" TEXT NOT NULL,
    "recordedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "alertedAt" TIMESTAMP(3),

    CONSTRAINT "RegisterMark_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RegisterMarkRevision" (
    "id" TEXT NOT NULL,
    "markId" TEXT NOT NULL,
    "mark" "AttendanceMark" NOT NULL,
    "lateMinutes" INTEGER,
    "absenceReason" "AbsenceReason",
    "note" TEXT,
    "recordedById" TEXT NOT NULL,
    "recordedAt" TIMESTAMP(3) NOT NULL,
    "replacedById" TEXT NOT NULL,
    "replacedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RegisterMarkRevision_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "RegisterMark_providerId_date_idx" ON "RegisterMark"("providerId", "date");

-- CreateIndex
CREATE INDEX "RegisterMark_schoolId_date_idx" ON "RegisterMark"("schoolId", "date");

-- CreateIndex
CREATE INDEX "RegisterMark_placementId_date_idx" ON "RegisterMark"("placementId", "date");

-- CreateIndex
CREATE UNIQUE INDEX "RegisterMark_studentId_date_session_key" ON "RegisterMark"("studentId", "date", "session");

-- CreateIndex
CREATE INDEX "RegisterMarkRevision_markId_idx" ON "RegisterMarkRevision"("markId");

-- CreateIndex
CREATE INDEX "Placement_monitoringOfficerId_idx" ON "Placement"("monitoringOfficerId");

-- AddForeignKey
ALTER TABLE "Placement" ADD CONSTRAINT "Placement_monitoringOfficerId_fkey" FOREIGN KEY ("monitoringOfficerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RegisterMark" ADD CONSTRAINT "RegisterMark_placementId_fkey" FOREIGN KEY ("placementId") REFERENCES "Placement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RegisterMarkRevision" ADD CONSTRAINT "RegisterMarkRevision_markId_fkey" FOREIGN KEY ("markId") REFERENCES "RegisterMark"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

