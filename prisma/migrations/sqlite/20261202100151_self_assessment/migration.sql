-- CreateTable
CREATE TABLE "SelfAssessmentVersion" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organisationId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "definition" TEXT NOT NULL,
    "intro" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "SelfAssessmentVersion_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SelfAssessmentRound" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organisationId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "versionId" TEXT NOT NULL,
    "audience" TEXT NOT NULL,
    "answers" TEXT NOT NULL,
    "completedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "SelfAssessmentRound_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "SelfAssessmentRound_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "SelfAssessmentRound_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "SelfAssessmentVersion" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SelfAssessmentAreaScore" (
    "roundId" TEXT NOT NULL,
    "area" TEXT NOT NULL,
    "mean" REAL NOT NULL,

    PRIMARY KEY ("roundId", "area"),
    CONSTRAINT "SelfAssessmentAreaScore_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "SelfAssessmentRound" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "SelfAssessmentVersion_organisationId_version_key" ON "SelfAssessmentVersion"("organisationId", "version");

-- CreateIndex
CREATE INDEX "SelfAssessmentRound_userId_completedAt_idx" ON "SelfAssessmentRound"("userId", "completedAt");

-- CreateIndex
CREATE INDEX "SelfAssessmentRound_organisationId_completedAt_idx" ON "SelfAssessmentRound"("organisationId", "completedAt");

