-- CreateEnum
CREATE TYPE "BehaviourType" AS ENUM ('DISRUPTION', 'VERBAL_ABUSE', 'PHYSICAL_AGGRESSION', 'DAMAGE', 'ABSCONDING', 'SUBSTANCE_MISUSE', 'BULLYING', 'DISCRIMINATORY_BEHAVIOUR', 'OTHER');

-- CreateEnum
CREATE TYPE "BehaviourSeverity" AS ENUM ('LOW', 'MEDIUM', 'HIGH');

-- CreateEnum
CREATE TYPE "MeetingType" AS ENUM ('ATTENDANCE', 'BEHAVIOUR', 'ATTENDANCE_AND_BEHAVIOUR');

-- CreateEnum
CREATE TYPE "MeetingOutcome" AS ENUM ('CONTINUE', 'REVIEW', 'CONSIDER_WITHDRAWAL');

-- CreateEnum
CREATE TYPE "MeetingParty" AS ENUM ('PROVIDER', 'SCHOOL', 'SERVICE', 'STUDENT', 'PARENT_CARER', 'OTHER');

-- CreateEnum
CREATE TYPE "TargetStatus" AS ENUM ('OPEN', 'MET', 'PARTLY_MET', 'NOT_MET');

-- CreateTable
CREATE TABLE "BehaviourIncident" (
    "id" TEXT NOT NULL,
    "reference" TEXT NOT NULL,
    "providerId" TEXT NOT NULL,
    "occurredAt" TIMESTAMP(3) NOT NULL,
    "location" TEXT NOT NULL,
    "type" "BehaviourType" NOT NULL,
    "otherType" TEXT,
    "severity" "BehaviourSeverity" NOT NULL,
    "description" TEXT NOT NULL,
    "actionTaken" TEXT NOT NULL,
    "parentCarerInformed" BOOLEAN NOT NULL,
    "schoolInformed" BOOLEAN NOT NULL,
    "recordedById" TEXT NOT NULL,
    "recordedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "withdrawnAt" TIMESTAMP(3),
    "withdrawnById" TEXT,
    "withdrawnReason" TEXT,

    CONSTRAINT "BehaviourIncident_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BehaviourIncidentStudent" (
    "id" TEXT NOT NULL,
    "incidentId" TEXT NOT NULL,
    "studentId" TEXT NOT NULL,
    "placementId" TEXT NOT NULL,
    "schoolId" TEXT NOT NULL,

    CONSTRAINT "BehaviourIncidentStudent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StudentMeeting" (
    "id" TEXT NOT NULL,
    "reference" TEXT NOT NULL,
    "studentId" TEXT NOT NULL,
    "placementId" TEXT NOT NULL,
    "providerId" TEXT NOT NULL,
    "schoolId" TEXT NOT NULL,
    "heldAt" TIMESTAMP(3) NOT NULL,
    "type" "MeetingType" NOT NULL,
    "discussion" TEXT NOT NULL,
    "studentView" TEXT NOT NULL,
    "outcome" "MeetingOutcome" NOT NULL,
    "reviewOn" DATE,
    "reviewOfId" TEXT,
    "recordedById" TEXT NOT NULL,
    "recordedByOrganisationId" TEXT NOT NULL,
    "recordedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StudentMeeting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeetingAttendee" (
    "id" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "party" "MeetingParty" NOT NULL,
    "name" TEXT NOT NULL,
    "role" TEXT,
    "organisationId" TEXT,
    "attended" BOOLEAN NOT NULL,

    CONSTRAINT "MeetingAttendee_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeetingTarget" (
    "id" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "ownerName" TEXT NOT NULL,
    "ownerParty" "MeetingParty" NOT NULL,
    "dueOn" DATE NOT NULL,
    "status" "TargetStatus" NOT NULL DEFAULT 'OPEN',
    "reviewNote" TEXT,
    "reviewedInId" TEXT,
    "reviewedById" TEXT,
    "reviewedAt" TIMESTAMP(3),

    CONSTRAINT "MeetingTarget_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeetingCopy" (
    "id" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "sentAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MeetingCopy_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeetingRead" (
    "id" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "firstOpenedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MeetingRead_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "BehaviourIncident_reference_key" ON "BehaviourIncident"("reference");

-- CreateIndex
CREATE INDEX "BehaviourIncident_providerId_occurredAt_idx" ON "BehaviourIncident"("providerId", "occurredAt");

-- CreateIndex
CREATE INDEX "BehaviourIncidentStudent_studentId_idx" ON "BehaviourIncidentStudent"("studentId");

-- CreateIndex
CREATE INDEX "BehaviourIncidentStudent_schoolId_idx" ON "BehaviourIncidentStudent"("schoolId");

-- CreateIndex
CREATE UNIQUE INDEX "BehaviourIncidentStudent_incidentId_studentId_key" ON "BehaviourIncidentStudent"("incidentId", "studentId");

-- CreateIndex
CREATE UNIQUE INDEX "StudentMeeting_reference_key" ON "StudentMeeting"("reference");

-- CreateIndex
CREATE UNIQUE INDEX "StudentMeeting_reviewOfId_key" ON "StudentMeeting"("reviewOfId");

-- CreateIndex
CREATE INDEX "StudentMeeting_studentId_idx" ON "StudentMeeting"("studentId");

-- CreateIndex
CREATE INDEX "StudentMeeting_providerId_heldAt_idx" ON "StudentMeeting"("providerId", "heldAt");

-- CreateIndex
CREATE INDEX "StudentMeeting_schoolId_heldAt_idx" ON "StudentMeeting"("schoolId", "heldAt");

-- CreateIndex
CREATE INDEX "StudentMeeting_reviewOn_idx" ON "StudentMeeting"("reviewOn");

-- CreateIndex
CREATE INDEX "MeetingAttendee_meetingId_idx" ON "MeetingAttendee"("meetingId");

-- CreateIndex
CREATE INDEX "MeetingTarget_meetingId_idx" ON "MeetingTarget"("meetingId");

-- CreateIndex
CREATE INDEX "MeetingTarget_status_dueOn_idx" ON "MeetingTarget"("status", "dueOn");

-- CreateIndex
CREATE UNIQUE INDEX "MeetingCopy_meetingId_organisationId_key" ON "MeetingCopy"("meetingId", "organisationId");

-- CreateIndex
CREATE UNIQUE INDEX "MeetingRead_meetingId_userId_key" ON "MeetingRead"("meetingId", "userId");

-- AddForeignKey
ALTER TABLE "BehaviourIncident" ADD CONSTRAINT "BehaviourIncident_providerId_fkey" FOREIGN KEY ("providerId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BehaviourIncident" ADD CONSTRAINT "BehaviourIncident_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BehaviourIncidentStudent" ADD CONSTRAINT "BehaviourIncidentStudent_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "BehaviourIncident"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BehaviourIncidentStudent" ADD CONSTRAINT "BehaviourIncidentStudent_studentId_fkey" FOREIGN KEY ("studentId") REFERENCES "Student"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BehaviourIncidentStudent" ADD CONSTRAINT "BehaviourIncidentStudent_placementId_fkey" FOREIGN KEY ("placementId") REFERENCES "Placement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BehaviourIncidentStudent" ADD CONSTRAINT "BehaviourIncidentStudent_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StudentMeeting" ADD CONSTRAINT "StudentMeeting_studentId_fkey" FOREIGN KEY ("studentId") REFERENCES "Student"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StudentMeeting" ADD CONSTRAINT "StudentMeeting_placementId_fkey" FOREIGN KEY ("placementId") REFERENCES "Placement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StudentMeeting" ADD CONSTRAINT "StudentMeeting_providerId_fkey" FOREIGN KEY ("providerId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StudentMeeting" ADD CONSTRAINT "StudentMeeting_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StudentMeeting" ADD CONSTRAINT "StudentMeeting_reviewOfId_fkey" FOREIGN KEY ("reviewOfId") REFERENCES "StudentMeeting"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StudentMeeting" ADD CONSTRAINT "StudentMeeting_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingAttendee" ADD CONSTRAINT "MeetingAttendee_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "StudentMeeting"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingAttendee" ADD CONSTRAINT "MeetingAttendee_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingTarget" ADD CONSTRAINT "MeetingTarget_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "StudentMeeting"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingTarget" ADD CONSTRAINT "MeetingTarget_reviewedInId_fkey" FOREIGN KEY ("reviewedInId") REFERENCES "StudentMeeting"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingCopy" ADD CONSTRAINT "MeetingCopy_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "StudentMeeting"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingCopy" ADD CONSTRAINT "MeetingCopy_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingRead" ADD CONSTRAINT "MeetingRead_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "StudentMeeting"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingRead" ADD CONSTRAINT "MeetingRead_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

