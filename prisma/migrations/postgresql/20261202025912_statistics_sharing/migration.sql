-- AlterTable
ALTER TABLE "Organisation" ADD COLUMN     "shareName" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "shareStatistics" BOOLEAN NOT NULL DEFAULT false;

