-- AlterTable
ALTER TABLE "CourseCompletion" ADD COLUMN     "revokeReason" TEXT,
ADD COLUMN     "revokedAt" TIMESTAMP(3),
ADD COLUMN     "revokedById" TEXT;

-- AlterTable
ALTER TABLE "MailPreference" ADD COLUMN     "assignmentMailOptOut" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "PathCompletion" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "pathId" TEXT NOT NULL,
    "completedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "certificateNo" TEXT NOT NULL,
    "revokedAt" TIMESTAMP(3),
    "revokedById" TEXT,
    "revokeReason" TEXT,

    CONSTRAINT "PathCompletion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CourseEvaluation" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "courseId" TEXT NOT NULL,
    "rating" INTEGER NOT NULL,
    "comment" TEXT NOT NULL DEFAULT '',
    "month" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CourseEvaluation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CourseEvaluationMark" (
    "userId" TEXT NOT NULL,
    "courseId" TEXT NOT NULL,

    CONSTRAINT "CourseEvaluationMark_pkey" PRIMARY KEY ("userId","courseId")
);

-- CreateIndex
CREATE UNIQUE INDEX "PathCompletion_certificateNo_key" ON "PathCompletion"("certificateNo");

-- CreateIndex
CREATE INDEX "PathCompletion_organisationId_pathId_idx" ON "PathCompletion"("organisationId", "pathId");

-- CreateIndex
CREATE UNIQUE INDEX "PathCompletion_userId_pathId_key" ON "PathCompletion"("userId", "pathId");

-- CreateIndex
CREATE INDEX "CourseEvaluation_courseId_idx" ON "CourseEvaluation"("courseId");

-- AddForeignKey
ALTER TABLE "PathCompletion" ADD CONSTRAINT "PathCompletion_pathId_fkey" FOREIGN KEY ("pathId") REFERENCES "LearningPath"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CourseEvaluation" ADD CONSTRAINT "CourseEvaluation_courseId_fkey" FOREIGN KEY ("courseId") REFERENCES "Course"("id") ON DELETE CASCADE ON UPDATE CASCADE;

