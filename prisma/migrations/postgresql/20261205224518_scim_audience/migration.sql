-- AlterTable
ALTER TABLE "Organisation" ADD COLUMN     "scimAudienceAttribute" TEXT;

