-- AlterTable
ALTER TABLE "User" ADD COLUMN     "awaitingSetup" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "IdentityProvider" ADD COLUMN     "createOnFirstSignIn" BOOLEAN NOT NULL DEFAULT false;

