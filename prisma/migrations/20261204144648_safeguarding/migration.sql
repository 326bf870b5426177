-- CreateEnum
CREATE TYPE "ConcernCategory" AS ENUM ('PHYSICAL_ABUSE', 'EMOTIONAL_ABUSE', 'SEXUAL_ABUSE', 'NEGLECT', 'CHILD_ON_CHILD_ABUSE', 'CHILD_CRIMINAL_EXPLOITATION', 'CHILD_SEXUAL_EXPLOITATION', 'COUNTY_LINES', 'RADICALISATION', 'DOMESTIC_ABUSE', 'SELF_HARM', 'MENTAL_HEALTH', 'ONLINE_SAFETY', 'FGM', 'CHILDREN_MISSING_EDUCATION', 'SUBSTANCE_MISUSE', 'OTHER');

-- CreateEnum
CREATE TYPE "ConcernStatus" AS ENUM ('AWAITING_DECISION', 'DECIDED', 'CLOSED');

-- CreateEnum
CREATE TYPE "ConcernEntryKind" AS ENUM ('FURTHER_INFORMATION', 'ACTION');

-- CreateEnum
CREATE TYPE "ConcernOutcome" AS ENUM ('MONITOR', 'MASH_REFERRAL', 'POLICE', 'PREVENT', 'LADO', 'NO_FURTHER_ACTION');

-- CreateEnum
CREATE TYPE "AlertMethod" AS ENUM ('PHONE', 'EMAIL', 'IN_PERSON', 'SECURE_MESSAGE');

-- CreateEnum
CREATE TYPE "SafeguardingContactKind" AS ENUM ('SERVICE_DSL', 'HELPLINE');

-- CreateTable
CREATE TABLE "Concern" (
    "id" TEXT NOT NULL,
    "reference" TEXT NOT NULL,
    "studentId" TEXT NOT NULL,
    "schoolId" TEXT NOT NULL,
    "raisedById" TEXT NOT NULL,
    "raisedByOrganisationId" TEXT NOT NULL,
    "raisedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "occurredAt" TIMESTAMP(3) NOT NULL,
    "location" TEXT NOT NULL,
    "categories" "ConcernCategory"[],
    "whatWasSeenOrHeard" TEXT NOT NULL,
    "disclosure" TEXT,
    "immediateAction" TEXT NOT NULL,
    "whoWasTold" TEXT NOT NULL,
    "riskLevel" "RiskLevel" NOT NULL,
    "status" "ConcernStatus" NOT NULL DEFAULT 'AWAITING_DECISION',
    "assignedToId" TEXT,
    "assignedAt" TIMESTAMP(3),
    "closedAt" TIMESTAMP(3),
    "closedById" TEXT,
    "closureRationale" TEXT,

    CONSTRAINT "Concern_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConcernEntry" (
    "id" TEXT NOT NULL,
    "concernId" TEXT NOT NULL,
    "kind" "ConcernEntryKind" NOT NULL,
    "text" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "authorOrganisationId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ConcernEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConcernDecision" (
    "id" TEXT NOT NULL,
    "concernId" TEXT NOT NULL,
    "outcome" "ConcernOutcome" NOT NULL,
    "rationale" TEXT NOT NULL,
    "reviewDate" DATE,
    "referredOn" DATE,
    "reference" TEXT,
    "referralOutcome" TEXT,
    "riskLevel" "RiskLevel",
    "decidedById" TEXT NOT NULL,
    "decidedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ConcernDecision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SchoolDslAlert" (
    "id" TEXT NOT NULL,
    "concernId" TEXT NOT NULL,
    "alertedAt" TIMESTAMP(3) NOT NULL,
    "method" "AlertMethod" NOT NULL,
    "alertedWhom" TEXT NOT NULL,
    "recordedById" TEXT NOT NULL,
    "recordedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "readAt" TIMESTAMP(3),
    "readById" TEXT,
    "escalatedAt" TIMESTAMP(3),

    CONSTRAINT "SchoolDslAlert_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SafeguardingContact" (
    "id" TEXT NOT NULL,
    "kind" "SafeguardingContactKind" NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "phone" TEXT NOT NULL,
    "email" TEXT,
    "availability" TEXT,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "updatedById" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SafeguardingContact_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_ConcernLinkedStudents" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_ConcernLinkedStudents_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE UNIQUE INDEX "Concern_reference_key" ON "Concern"("reference");

-- CreateIndex
CREATE INDEX "Concern_schoolId_status_idx" ON "Concern"("schoolId", "status");

-- CreateIndex
CREATE INDEX "Concern_raisedByOrganisationId_status_idx" ON "Concern"("raisedByOrganisationId", "status");

-- CreateIndex
CREATE INDEX "Concern_studentId_idx" ON "Concern"("studentId");

-- CreateIndex
CREATE INDEX "Concern_raisedById_idx" ON "Concern"("raisedById");

-- CreateIndex
CREATE INDEX "ConcernEntry_concernId_createdAt_idx" ON "ConcernEntry"("concernId", "createdAt");

-- CreateIndex
CREATE INDEX "ConcernDecision_concernId_decidedAt_idx" ON "ConcernDecision"("concernId", "decidedAt");

-- CreateIndex
CREATE INDEX "SchoolDslAlert_concernId_idx" ON "SchoolDslAlert"("concernId");

-- CreateIndex
CREATE INDEX "SchoolDslAlert_readAt_escalatedAt_idx" ON "SchoolDslAlert"("readAt", "escalatedAt");

-- CreateIndex
CREATE INDEX "_ConcernLinkedStudents_B_index" ON "_ConcernLinkedStudents"("B");

-- AddForeignKey
ALTER TABLE "Concern" ADD CONSTRAINT "Concern_studentId_fkey" FOREIGN KEY ("studentId") REFERENCES "Student"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Concern" ADD CONSTRAINT "Concern_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Concern" ADD CONSTRAINT "Concern_raisedById_fkey" FOREIGN KEY ("raisedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Concern" ADD CONSTRAINT "Concern_raisedByOrganisationId_fkey" FOREIGN KEY ("raisedByOrganisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Concern" ADD CONSTRAINT "Concern_assignedToId_fkey" FOREIGN KEY ("assignedToId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConcernEntry" ADD CONSTRAINT "ConcernEntry_concernId_fkey" FOREIGN KEY ("concernId") REFERENCES "Concern"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConcernEntry" ADD CONSTRAINT "ConcernEntry_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConcernDecision" ADD CONSTRAINT "ConcernDecision_concernId_fkey" FOREIGN KEY ("concernId") REFERENCES "Concern"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SchoolDslAlert" ADD CONSTRAINT "SchoolDslAlert_concernId_fkey" FOREIGN KEY ("concernId") REFERENCES "Concern"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_ConcernLinkedStudents" ADD CONSTRAINT "_ConcernLinkedStudents_A_fkey" FOREIGN KEY ("A") REFERENCES "Concern"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_ConcernLinkedStudents" ADD CONSTRAINT "_ConcernLinkedStudents_B_fkey" FOREIGN KEY ("B") REFERENCES "Student"("id") ON DELETE CASCADE ON UPDATE CASCADE;

