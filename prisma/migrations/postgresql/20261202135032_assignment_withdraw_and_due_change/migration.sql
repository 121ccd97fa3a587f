-- AlterTable
ALTER TABLE "Assignment" ADD COLUMN     "dueChangedAt" TIMESTAMP(3),
ADD COLUMN     "withdrawReason" TEXT,
ADD COLUMN     "withdrawnAt" TIMESTAMP(3),
ADD COLUMN     "withdrawnById" TEXT;

