-- AlterTable
ALTER TABLE "GuideRevision" ADD COLUMN     "translations" TEXT NOT NULL DEFAULT '{}';

