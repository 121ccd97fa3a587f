-- DropIndex
DROP INDEX "User_organisationId_active_idx";

