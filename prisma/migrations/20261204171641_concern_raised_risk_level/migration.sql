-- AlterTable
ALTER TABLE "Concern" ADD COLUMN     "raisedRiskLevel" "RiskLevel";


-- Concerns raised before this column: the current level is the best record of it.
UPDATE "Concern" SET "raisedRiskLevel" = "riskLevel" WHERE "raisedRiskLevel" IS NULL;
