-- AlterTable
ALTER TABLE "LearningExample" ADD COLUMN "captionsKey" TEXT;
ALTER TABLE "LearningExample" ADD COLUMN "filmKey" TEXT;
ALTER TABLE "LearningExample" ADD COLUMN "filmType" TEXT;
ALTER TABLE "LearningExample" ADD COLUMN "imageAlt" TEXT;
ALTER TABLE "LearningExample" ADD COLUMN "imageKey" TEXT;
ALTER TABLE "LearningExample" ADD COLUMN "imageType" TEXT;

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_User" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organisationId" TEXT NOT NULL,
    "unitId" TEXT,
    "name" TEXT NOT NULL,
    "email" TEXT,
    "employeeNumber" TEXT,
    "emailVerified" DATETIME,
    "passwordHash" TEXT,
    "role" TEXT NOT NULL DEFAULT 'EMPLOYEE',
    "audience" TEXT NOT NULL DEFAULT 'EMPLOYEE',
    "gender" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "joinedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "sessionVersion" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "User_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "User_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "OrgUnit" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_User" ("active", "audience", "createdAt", "email", "emailVerified", "gender", "id", "joinedAt", "name", "organisationId", "passwordHash", "role", "sessionVersion", "unitId", "updatedAt") SELECT "active", "audience", "createdAt", "email", "emailVerified", "gender", "id", "joinedAt", "name", "organisationId", "passwordHash", "role", "sessionVersion", "unitId", "updatedAt" FROM "User";
DROP TABLE "User";
ALTER TABLE "new_User" RENAME TO "User";
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");
CREATE INDEX "User_organisationId_unitId_idx" ON "User"("organisationId", "unitId");
CREATE UNIQUE INDEX "User_organisationId_employeeNumber_key" ON "User"("organisationId", "employeeNumber");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

