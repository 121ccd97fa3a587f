-- AlterTable
ALTER TABLE "User" ADD COLUMN "erasedAt" DATETIME;

-- AlterTable
ALTER TABLE "DeletionRequest" ADD COLUMN "answer" TEXT;
ALTER TABLE "DeletionRequest" ADD COLUMN "handledById" TEXT;
ALTER TABLE "DeletionRequest" ADD COLUMN "outcome" TEXT;

