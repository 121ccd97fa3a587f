-- AlterTable (a nullable column: no need to rebuild the table)
ALTER TABLE "Organisation" ADD COLUMN "scimAudienceAttribute" TEXT;
