-- CreateEnum
CREATE TYPE "DeletionOutcome" AS ENUM ('ERASED', 'PARTLY_ERASED', 'REFUSED');

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "erasedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "DeletionRequest" ADD COLUMN     "answer" TEXT,
ADD COLUMN     "handledById" TEXT,
ADD COLUMN     "outcome" "DeletionOutcome";

