-- AlterTable
ALTER TABLE "User" ADD COLUMN "externalId" TEXT;

-- CreateTable
CREATE TABLE "ScimToken" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organisationId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastUsedAt" DATETIME,
    "revokedAt" DATETIME,
    CONSTRAINT "ScimToken_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- AlterTable (a column with a default: no need to rebuild the table, which would drop its triggers)
ALTER TABLE "Organisation" ADD COLUMN "scimUnitAttribute" TEXT NOT NULL DEFAULT 'department';

-- CreateIndex
CREATE UNIQUE INDEX "ScimToken_tokenHash_key" ON "ScimToken"("tokenHash");

-- CreateIndex
CREATE INDEX "ScimToken_organisationId_idx" ON "ScimToken"("organisationId");

-- CreateIndex
CREATE UNIQUE INDEX "User_organisationId_externalId_key" ON "User"("organisationId", "externalId");

