-- CreateTable
CREATE TABLE "InterviewRevision" (
    "id" TEXT NOT NULL,
    "interviewId" TEXT NOT NULL,
    "heldOn" DATE NOT NULL,
    "attendees" TEXT NOT NULL,
    "notes" TEXT NOT NULL,
    "recordedById" TEXT NOT NULL,
    "recordedAt" TIMESTAMP(3) NOT NULL,
    "replacedById" TEXT NOT NULL,
    "replacedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InterviewRevision_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "InterviewRevision_interviewId_idx" ON "InterviewRevision"("interviewId");

-- AddForeignKey
ALTER TABLE "InterviewRevision" ADD CONSTRAINT "InterviewRevision_interviewId_fkey" FOREIGN KEY ("interviewId") REFERENCES "Interview"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

