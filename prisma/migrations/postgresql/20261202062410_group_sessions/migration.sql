-- CreateEnum
CREATE TYPE "MeetingKind" AS ENUM ('APT', 'CHEFSMOTE', 'ARBETSGRUPP', 'ANNAT');

-- AlterTable
ALTER TABLE "LessonProgress" ADD COLUMN     "sessionId" TEXT;

-- AlterTable
ALTER TABLE "CourseCompletion" ADD COLUMN     "sessionId" TEXT;

-- CreateTable
CREATE TABLE "GroupSession" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "kind" "MeetingKind" NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "minutes" INTEGER NOT NULL,
    "place" TEXT NOT NULL,
    "courseId" TEXT,
    "lessonIds" TEXT NOT NULL DEFAULT '[]',
    "guideSlugs" TEXT NOT NULL DEFAULT '[]',
    "notes" TEXT,
    "plannedById" TEXT,
    "sequence" INTEGER NOT NULL DEFAULT 0,
    "attendanceAt" TIMESTAMP(3),
    "cancelledAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "GroupSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GroupSessionUnit" (
    "sessionId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,

    CONSTRAINT "GroupSessionUnit_pkey" PRIMARY KEY ("sessionId","unitId")
);

-- CreateTable
CREATE TABLE "SessionAttendance" (
    "sessionId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "recordedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SessionAttendance_pkey" PRIMARY KEY ("sessionId","userId")
);

-- CreateIndex
CREATE INDEX "GroupSession_organisationId_startsAt_idx" ON "GroupSession"("organisationId", "startsAt");

-- CreateIndex
CREATE INDEX "GroupSessionUnit_unitId_idx" ON "GroupSessionUnit"("unitId");

-- CreateIndex
CREATE INDEX "SessionAttendance_userId_idx" ON "SessionAttendance"("userId");

-- CreateIndex
CREATE INDEX "LessonProgress_sessionId_idx" ON "LessonProgress"("sessionId");

-- AddForeignKey
ALTER TABLE "GroupSession" ADD CONSTRAINT "GroupSession_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupSession" ADD CONSTRAINT "GroupSession_courseId_fkey" FOREIGN KEY ("courseId") REFERENCES "Course"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupSessionUnit" ADD CONSTRAINT "GroupSessionUnit_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "GroupSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupSessionUnit" ADD CONSTRAINT "GroupSessionUnit_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "OrgUnit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SessionAttendance" ADD CONSTRAINT "SessionAttendance_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "GroupSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SessionAttendance" ADD CONSTRAINT "SessionAttendance_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

