-- Retention (issue 14): months to keep raw answers per partnership, when a session's raw
-- data was purged, the stored anonymised profile, and the tokens of withdrawn participants.
-- A column with a constant default is added in place (no table rebuild).

-- AlterTable
ALTER TABLE "Partnership" ADD COLUMN "retentionMonths" INTEGER NOT NULL DEFAULT 24;

-- AlterTable
ALTER TABLE "Session" ADD COLUMN "purgedAt" DATETIME;

-- CreateTable
CREATE TABLE "SessionProfile" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "sessionId" TEXT NOT NULL,
    "profile" TEXT NOT NULL,
    "computedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "SessionProfile_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "Session" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "WithdrawnToken" (
    "tokenHash" TEXT NOT NULL PRIMARY KEY,
    "withdrawnAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateIndex
CREATE UNIQUE INDEX "SessionProfile_sessionId_key" ON "SessionProfile"("sessionId");
