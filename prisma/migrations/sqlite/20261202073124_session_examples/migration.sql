-- AlterTable (hand-written: Prisma's diff rebuilds "GroupSession", and dropping it would cascade
-- to the session's units and attendance)
ALTER TABLE "GroupSession" ADD COLUMN "exampleIds" TEXT NOT NULL DEFAULT '[]';
