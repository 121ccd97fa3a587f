-- AlterTable
ALTER TABLE "GroupSession" ADD COLUMN     "exampleIds" TEXT NOT NULL DEFAULT '[]';

