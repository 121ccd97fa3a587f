-- CreateTable
CREATE TABLE "ChecklistScoreRound" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organisationId" TEXT NOT NULL,
    "templateId" TEXT NOT NULL,
    "revisionNumber" INTEGER NOT NULL,
    "unitId" TEXT NOT NULL,
    "createdById" TEXT,
    "note" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ChecklistScoreRound_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ChecklistScoreRound_templateId_fkey" FOREIGN KEY ("templateId") REFERENCES "ChecklistTemplate" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "ChecklistScoreRound_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "OrgUnit" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ChecklistItemScore" (
    "roundId" TEXT NOT NULL,
    "itemKey" TEXT NOT NULL,
    "score" INTEGER NOT NULL,
    "comment" TEXT NOT NULL DEFAULT '',

    PRIMARY KEY ("roundId", "itemKey"),
    CONSTRAINT "ChecklistItemScore_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "ChecklistScoreRound" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CompetencePlan" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organisationId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "hoursPerEmployee" REAL,
    "budgetKronor" INTEGER,
    "decisionDate" DATETIME,
    "decisionReference" TEXT NOT NULL DEFAULT '',
    "notes" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "CompetencePlan_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "CompetencePlan_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "OrgUnit" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CompetencePlanGoal" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "planId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "courseId" TEXT NOT NULL,
    "audience" TEXT,
    "targetPercent" INTEGER NOT NULL,
    CONSTRAINT "CompetencePlanGoal_planId_fkey" FOREIGN KEY ("planId") REFERENCES "CompetencePlan" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "CompetencePlanGoal_courseId_fkey" FOREIGN KEY ("courseId") REFERENCES "Course" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CompetencePlanActivity" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "planId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "month" INTEGER,
    "courseId" TEXT,
    CONSTRAINT "CompetencePlanActivity_planId_fkey" FOREIGN KEY ("planId") REFERENCES "CompetencePlan" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "CompetencePlanActivity_courseId_fkey" FOREIGN KEY ("courseId") REFERENCES "Course" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_ChecklistTemplate" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organisationId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "kind" TEXT NOT NULL DEFAULT 'STATUS',
    "article" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'DRAFT',
    "publishedRevisionId" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "publishedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_ChecklistTemplate" ("article", "createdAt", "id", "key", "organisationId", "publishedAt", "publishedRevisionId", "status", "summary", "title", "updatedAt", "version") SELECT "article", "createdAt", "id", "key", "organisationId", "publishedAt", "publishedRevisionId", "status", "summary", "title", "updatedAt", "version" FROM "ChecklistTemplate";
DROP TABLE "ChecklistTemplate";
ALTER TABLE "new_ChecklistTemplate" RENAME TO "ChecklistTemplate";
CREATE UNIQUE INDEX "ChecklistTemplate_organisationId_key_key" ON "ChecklistTemplate"("organisationId", "key");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "ChecklistScoreRound_organisationId_templateId_createdAt_idx" ON "ChecklistScoreRound"("organisationId", "templateId", "createdAt");

-- CreateIndex
CREATE INDEX "ChecklistScoreRound_unitId_createdAt_idx" ON "ChecklistScoreRound"("unitId", "createdAt");

-- CreateIndex
CREATE INDEX "CompetencePlan_organisationId_year_idx" ON "CompetencePlan"("organisationId", "year");

-- CreateIndex
CREATE UNIQUE INDEX "CompetencePlan_unitId_year_key" ON "CompetencePlan"("unitId", "year");

-- CreateIndex
CREATE INDEX "CompetencePlanGoal_planId_idx" ON "CompetencePlanGoal"("planId");

-- CreateIndex
CREATE INDEX "CompetencePlanActivity_planId_idx" ON "CompetencePlanActivity"("planId");

