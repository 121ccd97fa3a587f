-- CreateEnum
CREATE TYPE "ExampleStatus" AS ENUM ('SUBMITTED', 'CHANGES_REQUESTED', 'APPROVED', 'DECLINED', 'WITHDRAWN');

-- AlterTable
ALTER TABLE "Organisation" ADD COLUMN     "examplesPublic" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "LearningExample" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "unitId" TEXT,
    "title" TEXT NOT NULL,
    "what" TEXT NOT NULL,
    "learned" TEXT NOT NULL,
    "changed" TEXT NOT NULL,
    "topics" TEXT NOT NULL DEFAULT '[]',
    "audiences" TEXT NOT NULL DEFAULT '[]',
    "showName" BOOLEAN NOT NULL DEFAULT false,
    "status" "ExampleStatus" NOT NULL DEFAULT 'SUBMITTED',
    "reviewComment" TEXT,
    "reviewedById" TEXT,
    "reviewedAt" TIMESTAMP(3),
    "publishedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "LearningExample_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "LearningExample_organisationId_status_publishedAt_idx" ON "LearningExample"("organisationId", "status", "publishedAt");

-- CreateIndex
CREATE INDEX "LearningExample_authorId_idx" ON "LearningExample"("authorId");

-- AddForeignKey
ALTER TABLE "LearningExample" ADD CONSTRAINT "LearningExample_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LearningExample" ADD CONSTRAINT "LearningExample_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LearningExample" ADD CONSTRAINT "LearningExample_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "OrgUnit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

