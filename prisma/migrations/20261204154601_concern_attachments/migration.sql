-- AlterTable
ALTER TABLE "Document" ADD COLUMN     "concernEntryId" TEXT,
ADD COLUMN     "concernId" TEXT;

-- CreateIndex
CREATE INDEX "Document_concernId_idx" ON "Document"("concernId");

-- AddForeignKey
ALTER TABLE "Document" ADD CONSTRAINT "Document_concernId_fkey" FOREIGN KEY ("concernId") REFERENCES "Concern"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Document" ADD CONSTRAINT "Document_concernEntryId_fkey" FOREIGN KEY ("concernEntryId") REFERENCES "ConcernEntry"("id") ON DELETE SET NULL ON UPDATE CASCADE;

