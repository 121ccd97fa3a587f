-- CreateTable
CREATE TABLE "LearningExample" (
    "id" TEXT NOT NULL PRIMARY KEY,
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
    "status" TEXT NOT NULL DEFAULT 'SUBMITTED',
    "reviewComment" TEXT,
    "reviewedById" TEXT,
    "reviewedAt" DATETIME,
    "publishedAt" DATETIME,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "LearningExample_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "LearningExample_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "LearningExample_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "OrgUnit" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- AlterTable (hand-written: Prisma's diff rebuilds "Organisation", and dropping it would cascade
-- to every table that refers to it)
ALTER TABLE "Organisation" ADD COLUMN "examplesPublic" BOOLEAN NOT NULL DEFAULT false;

-- CreateIndex
CREATE INDEX "LearningExample_organisationId_status_publishedAt_idx" ON "LearningExample"("organisationId", "status", "publishedAt");

-- CreateIndex
CREATE INDEX "LearningExample_authorId_idx" ON "LearningExample"("authorId");

