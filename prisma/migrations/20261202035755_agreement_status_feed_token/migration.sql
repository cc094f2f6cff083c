-- AlterTable
ALTER TABLE "Agreement" ADD COLUMN "note" TEXT;
ALTER TABLE "Agreement" ADD COLUMN "status" TEXT NOT NULL DEFAULT 'open';
ALTER TABLE "Agreement" ADD COLUMN "statusChangedAt" DATETIME;

-- AlterTable
ALTER TABLE "Partnership" ADD COLUMN "feedTokenHash" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "Partnership_feedTokenHash_key" ON "Partnership"("feedTokenHash");
