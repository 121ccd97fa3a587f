-- AlterTable (a column with a default: no need to rebuild the tables)
ALTER TABLE "LearningPath" ADD COLUMN "translations" TEXT NOT NULL DEFAULT '{}';

-- AlterTable
ALTER TABLE "Course" ADD COLUMN "translations" TEXT NOT NULL DEFAULT '{}';

-- AlterTable
ALTER TABLE "Lesson" ADD COLUMN "translations" TEXT NOT NULL DEFAULT '{}';
