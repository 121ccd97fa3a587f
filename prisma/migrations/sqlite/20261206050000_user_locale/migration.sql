-- AlterTable (a nullable column: no need to rebuild the table)
ALTER TABLE "User" ADD COLUMN "locale" TEXT;
