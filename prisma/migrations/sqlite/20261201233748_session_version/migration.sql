-- Written by hand: Prisma's diff redefined "User" (copy, DROP TABLE, rename), and the migrator
-- runs each migration in one transaction, where PRAGMA foreign_keys=OFF does nothing, so dropping
-- "User" would have cascaded to every row that references a person. SQLite adds a NOT NULL column
-- with a constant default in place.
ALTER TABLE "User" ADD COLUMN "sessionVersion" INTEGER NOT NULL DEFAULT 0;

-- DropTable
DROP TABLE "LoginAttempt";

-- CreateTable
CREATE TABLE "LoginCounter" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "attempts" INTEGER NOT NULL,
    "windowStart" DATETIME NOT NULL
);

-- CreateIndex
CREATE INDEX "LoginCounter_windowStart_idx" ON "LoginCounter"("windowStart");
