-- AlterTable
ALTER TABLE "CourseCompletion" ADD COLUMN "revokeReason" TEXT;
ALTER TABLE "CourseCompletion" ADD COLUMN "revokedAt" DATETIME;
ALTER TABLE "CourseCompletion" ADD COLUMN "revokedById" TEXT;

-- CreateTable
CREATE TABLE "PathCompletion" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organisationId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "pathId" TEXT NOT NULL,
    "completedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "certificateNo" TEXT NOT NULL,
    "revokedAt" DATETIME,
    "revokedById" TEXT,
    "revokeReason" TEXT,
    CONSTRAINT "PathCompletion_pathId_fkey" FOREIGN KEY ("pathId") REFERENCES "LearningPath" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CourseEvaluation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organisationId" TEXT NOT NULL,
    "courseId" TEXT NOT NULL,
    "rating" INTEGER NOT NULL,
    "comment" TEXT NOT NULL DEFAULT '',
    "month" DATETIME NOT NULL,
    CONSTRAINT "CourseEvaluation_courseId_fkey" FOREIGN KEY ("courseId") REFERENCES "Course" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CourseEvaluationMark" (
    "userId" TEXT NOT NULL,
    "courseId" TEXT NOT NULL,

    PRIMARY KEY ("userId", "courseId")
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_MailPreference" (
    "userId" TEXT NOT NULL PRIMARY KEY,
    "organisationId" TEXT NOT NULL,
    "digestOptOut" BOOLEAN NOT NULL DEFAULT false,
    "assignmentMailOptOut" BOOLEAN NOT NULL DEFAULT false,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_MailPreference" ("digestOptOut", "organisationId", "updatedAt", "userId") SELECT "digestOptOut", "organisationId", "updatedAt", "userId" FROM "MailPreference";
DROP TABLE "MailPreference";
ALTER TABLE "new_MailPreference" RENAME TO "MailPreference";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "PathCompletion_certificateNo_key" ON "PathCompletion"("certificateNo");

-- CreateIndex
CREATE INDEX "PathCompletion_organisationId_pathId_idx" ON "PathCompletion"("organisationId", "pathId");

-- CreateIndex
CREATE UNIQUE INDEX "PathCompletion_userId_pathId_key" ON "PathCompletion"("userId", "pathId");

-- CreateIndex
CREATE INDEX "CourseEvaluation_courseId_idx" ON "CourseEvaluation"("courseId");

