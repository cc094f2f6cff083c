-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Session" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "partnershipId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "date" DATETIME NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'open',
    "joinCode" TEXT NOT NULL,
    "anonymityThreshold" INTEGER NOT NULL DEFAULT 3,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "workbookLength" TEXT NOT NULL DEFAULT 'full',
    CONSTRAINT "Session_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Session" ("anonymityThreshold", "createdAt", "date", "id", "joinCode", "partnershipId", "status", "title") SELECT "anonymityThreshold", "createdAt", "date", "id", "joinCode", "partnershipId", "status", "title" FROM "Session";
DROP TABLE "Session";
ALTER TABLE "new_Session" RENAME TO "Session";
CREATE UNIQUE INDEX "Session_joinCode_key" ON "Session"("joinCode");
CREATE INDEX "Session_partnershipId_date_idx" ON "Session"("partnershipId", "date");
CREATE TABLE "new_Answer" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "participantId" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "dimension" TEXT NOT NULL,
    "value" INTEGER,
    "text" TEXT,
    "updatedAt" DATETIME NOT NULL,
    "notApplicable" BOOLEAN NOT NULL DEFAULT false,
    CONSTRAINT "Answer_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "Participant" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Answer" ("dimension", "id", "itemId", "participantId", "text", "updatedAt", "value") SELECT "dimension", "id", "itemId", "participantId", "text", "updatedAt", "value" FROM "Answer";
DROP TABLE "Answer";
ALTER TABLE "new_Answer" RENAME TO "Answer";
CREATE UNIQUE INDEX "Answer_participantId_itemId_dimension_key" ON "Answer"("participantId", "itemId", "dimension");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

