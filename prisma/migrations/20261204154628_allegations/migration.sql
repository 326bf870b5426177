-- CreateEnum
CREATE TYPE "AllegationStatus" AS ENUM ('OPEN', 'CLOSED');

-- CreateEnum
CREATE TYPE "AllegationOutcome" AS ENUM ('SUBSTANTIATED', 'UNSUBSTANTIATED', 'FALSE', 'MALICIOUS', 'UNFOUNDED');

-- CreateTable
CREATE TABLE "Allegation" (
    "id" TEXT NOT NULL,
    "reference" TEXT NOT NULL,
    "reportedById" TEXT NOT NULL,
    "reportedByOrganisationId" TEXT NOT NULL,
    "reportedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "adultName" TEXT NOT NULL,
    "adultRole" TEXT NOT NULL,
    "employerId" TEXT NOT NULL,
    "occurredAt" TIMESTAMP(3) NOT NULL,
    "location" TEXT NOT NULL,
    "whatHappened" TEXT NOT NULL,
    "childrenInvolved" TEXT,
    "immediateAction" TEXT NOT NULL,
    "whoWasTold" TEXT NOT NULL,
    "status" "AllegationStatus" NOT NULL DEFAULT 'OPEN',
    "outcome" "AllegationOutcome",
    "outcomeOn" DATE,
    "outcomeRationale" TEXT,
    "outcomeRecordedById" TEXT,
    "closedAt" TIMESTAMP(3),

    CONSTRAINT "Allegation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AllegationEntry" (
    "id" TEXT NOT NULL,
    "allegationId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "authorOrganisationId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AllegationEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AllegationAssessment" (
    "id" TEXT NOT NULL,
    "allegationId" TEXT NOT NULL,
    "harmedChild" BOOLEAN NOT NULL,
    "harmedChildNote" TEXT NOT NULL,
    "criminalOffence" BOOLEAN NOT NULL,
    "criminalOffenceNote" TEXT NOT NULL,
    "riskOfHarm" BOOLEAN NOT NULL,
    "riskOfHarmNote" TEXT NOT NULL,
    "unsuitable" BOOLEAN NOT NULL,
    "unsuitableNote" TEXT NOT NULL,
    "recordedById" TEXT NOT NULL,
    "recordedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AllegationAssessment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LadoConsultation" (
    "id" TEXT NOT NULL,
    "allegationId" TEXT NOT NULL,
    "consultedOn" DATE NOT NULL,
    "ladoName" TEXT NOT NULL,
    "reference" TEXT,
    "advice" TEXT NOT NULL,
    "recordedById" TEXT NOT NULL,
    "recordedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LadoConsultation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_AllegationStudents" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_AllegationStudents_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE UNIQUE INDEX "Allegation_reference_key" ON "Allegation"("reference");

-- CreateIndex
CREATE INDEX "Allegation_status_reportedAt_idx" ON "Allegation"("status", "reportedAt");

-- CreateIndex
CREATE INDEX "Allegation_reportedById_idx" ON "Allegation"("reportedById");

-- CreateIndex
CREATE INDEX "AllegationEntry_allegationId_createdAt_idx" ON "AllegationEntry"("allegationId", "createdAt");

-- CreateIndex
CREATE INDEX "AllegationAssessment_allegationId_recordedAt_idx" ON "AllegationAssessment"("allegationId", "recordedAt");

-- CreateIndex
CREATE INDEX "LadoConsultation_allegationId_recordedAt_idx" ON "LadoConsultation"("allegationId", "recordedAt");

-- CreateIndex
CREATE INDEX "_AllegationStudents_B_index" ON "_AllegationStudents"("B");

-- AddForeignKey
ALTER TABLE "Allegation" ADD CONSTRAINT "Allegation_reportedById_fkey" FOREIGN KEY ("reportedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Allegation" ADD CONSTRAINT "Allegation_employerId_fkey" FOREIGN KEY ("employerId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AllegationEntry" ADD CONSTRAINT "AllegationEntry_allegationId_fkey" FOREIGN KEY ("allegationId") REFERENCES "Allegation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AllegationEntry" ADD CONSTRAINT "AllegationEntry_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AllegationAssessment" ADD CONSTRAINT "AllegationAssessment_allegationId_fkey" FOREIGN KEY ("allegationId") REFERENCES "Allegation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LadoConsultation" ADD CONSTRAINT "LadoConsultation_allegationId_fkey" FOREIGN KEY ("allegationId") REFERENCES "Allegation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_AllegationStudents" ADD CONSTRAINT "_AllegationStudents_A_fkey" FOREIGN KEY ("A") REFERENCES "Allegation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_AllegationStudents" ADD CONSTRAINT "_AllegationStudents_B_fkey" FOREIGN KEY ("B") REFERENCES "Student"("id") ON DELETE CASCADE ON UPDATE CASCADE;

