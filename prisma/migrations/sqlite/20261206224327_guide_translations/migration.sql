-- AlterTable (a column with a default: no need to rebuild the table)
ALTER TABLE "GuideRevision" ADD COLUMN "translations" TEXT NOT NULL DEFAULT '{}';
