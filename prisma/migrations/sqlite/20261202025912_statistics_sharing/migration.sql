-- Written by hand: Prisma's diff redefines the table, and dropping "Organisation" inside the
-- migrator's transaction (where PRAGMA foreign_keys cannot be switched off) would cascade to
-- every organisation's data. Adding the columns is enough.
ALTER TABLE "Organisation" ADD COLUMN "shareStatistics" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "Organisation" ADD COLUMN "shareName" BOOLEAN NOT NULL DEFAULT false;
