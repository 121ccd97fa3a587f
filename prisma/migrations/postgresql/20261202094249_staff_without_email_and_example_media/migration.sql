-- AlterTable
ALTER TABLE "User" ADD COLUMN     "employeeNumber" TEXT,
ALTER COLUMN "email" DROP NOT NULL;

-- AlterTable
ALTER TABLE "LearningExample" ADD COLUMN     "captionsKey" TEXT,
ADD COLUMN     "filmKey" TEXT,
ADD COLUMN     "filmType" TEXT,
ADD COLUMN     "imageAlt" TEXT,
ADD COLUMN     "imageKey" TEXT,
ADD COLUMN     "imageType" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "User_organisationId_employeeNumber_key" ON "User"("organisationId", "employeeNumber");

