-- CreateEnum
CREATE TYPE "ChecklistKind" AS ENUM ('STATUS', 'SCORE');

-- CreateEnum
CREATE TYPE "PlanActivityKind" AS ENUM ('COURSE', 'SESSION', 'OTHER');

-- AlterTable
ALTER TABLE "ChecklistTemplate" ADD COLUMN     "kind" "ChecklistKind" NOT NULL DEFAULT 'STATUS';

-- CreateTable
CREATE TABLE "ChecklistScoreRound" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "templateId" TEXT NOT NULL,
    "revisionNumber" INTEGER NOT NULL,
    "unitId" TEXT NOT NULL,
    "createdById" TEXT,
    "note" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ChecklistScoreRound_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ChecklistItemScore" (
    "roundId" TEXT NOT NULL,
    "itemKey" TEXT NOT NULL,
    "score" INTEGER NOT NULL,
    "comment" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "ChecklistItemScore_pkey" PRIMARY KEY ("roundId","itemKey")
);

-- CreateTable
CREATE TABLE "CompetencePlan" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "hoursPerEmployee" DOUBLE PRECISION,
    "budgetKronor" INTEGER,
    "decisionDate" TIMESTAMP(3),
    "decisionReference" TEXT NOT NULL DEFAULT '',
    "notes" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CompetencePlan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CompetencePlanGoal" (
    "id" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "courseId" TEXT NOT NULL,
    "audience" "Audience",
    "targetPercent" INTEGER NOT NULL,

    CONSTRAINT "CompetencePlanGoal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CompetencePlanActivity" (
    "id" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "kind" "PlanActivityKind" NOT NULL,
    "title" TEXT NOT NULL,
    "month" INTEGER,
    "courseId" TEXT,

    CONSTRAINT "CompetencePlanActivity_pkey" PRIMARY KEY ("id")
);

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

-- AddForeignKey
ALTER TABLE "ChecklistScoreRound" ADD CONSTRAINT "ChecklistScoreRound_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChecklistScoreRound" ADD CONSTRAINT "ChecklistScoreRound_templateId_fkey" FOREIGN KEY ("templateId") REFERENCES "ChecklistTemplate"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChecklistScoreRound" ADD CONSTRAINT "ChecklistScoreRound_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "OrgUnit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChecklistItemScore" ADD CONSTRAINT "ChecklistItemScore_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "ChecklistScoreRound"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CompetencePlan" ADD CONSTRAINT "CompetencePlan_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CompetencePlan" ADD CONSTRAINT "CompetencePlan_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "OrgUnit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CompetencePlanGoal" ADD CONSTRAINT "CompetencePlanGoal_planId_fkey" FOREIGN KEY ("planId") REFERENCES "CompetencePlan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CompetencePlanGoal" ADD CONSTRAINT "CompetencePlanGoal_courseId_fkey" FOREIGN KEY ("courseId") REFERENCES "Course"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CompetencePlanActivity" ADD CONSTRAINT "CompetencePlanActivity_planId_fkey" FOREIGN KEY ("planId") REFERENCES "CompetencePlan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CompetencePlanActivity" ADD CONSTRAINT "CompetencePlanActivity_courseId_fkey" FOREIGN KEY ("courseId") REFERENCES "Course"("id") ON DELETE SET NULL ON UPDATE CASCADE;

