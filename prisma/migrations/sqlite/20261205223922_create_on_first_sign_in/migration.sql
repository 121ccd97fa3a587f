-- AlterTable (columns with defaults: no need to rebuild the tables, which would drop User's triggers)
ALTER TABLE "IdentityProvider" ADD COLUMN "createOnFirstSignIn" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "User" ADD COLUMN "awaitingSetup" BOOLEAN NOT NULL DEFAULT false;
