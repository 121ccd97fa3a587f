-- AlterTable
ALTER TABLE "Assignment" ADD COLUMN "dueChangedAt" DATETIME;
ALTER TABLE "Assignment" ADD COLUMN "withdrawReason" TEXT;
ALTER TABLE "Assignment" ADD COLUMN "withdrawnAt" DATETIME;
ALTER TABLE "Assignment" ADD COLUMN "withdrawnById" TEXT;

