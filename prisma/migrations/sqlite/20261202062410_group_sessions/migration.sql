-- AlterTable
ALTER TABLE "LessonProgress" ADD COLUMN "sessionId" TEXT;

-- AlterTable
ALTER TABLE "CourseCompletion" ADD COLUMN "sessionId" TEXT;

-- CreateTable
CREATE TABLE "GroupSession" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organisationId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "startsAt" DATETIME NOT NULL,
    "minutes" INTEGER NOT NULL,
    "place" TEXT NOT NULL,
    "courseId" TEXT,
    "lessonIds" TEXT NOT NULL DEFAULT '[]',
    "guideSlugs" TEXT NOT NULL DEFAULT '[]',
    "notes" TEXT,
    "plannedById" TEXT,
    "sequence" INTEGER NOT NULL DEFAULT 0,
    "attendanceAt" DATETIME,
    "cancelledAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "GroupSession_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "GroupSession_courseId_fkey" FOREIGN KEY ("courseId") REFERENCES "Course" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "GroupSessionUnit" (
    "sessionId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,

    PRIMARY KEY ("sessionId", "unitId"),
    CONSTRAINT "GroupSessionUnit_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "GroupSession" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "GroupSessionUnit_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "OrgUnit" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SessionAttendance" (
    "sessionId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "recordedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("sessionId", "userId"),
    CONSTRAINT "SessionAttendance_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "GroupSession" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "SessionAttendance_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "GroupSession_organisationId_startsAt_idx" ON "GroupSession"("organisationId", "startsAt");

-- CreateIndex
CREATE INDEX "GroupSessionUnit_unitId_idx" ON "GroupSessionUnit"("unitId");

-- CreateIndex
CREATE INDEX "SessionAttendance_userId_idx" ON "SessionAttendance"("userId");

-- CreateIndex
CREATE INDEX "LessonProgress_sessionId_idx" ON "LessonProgress"("sessionId");

