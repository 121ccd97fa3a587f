-- CreateTable
CREATE TABLE "StatsTally" (
    "organisationId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "courseId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "gender" TEXT NOT NULL,
    "audience" TEXT NOT NULL,
    "bucket" TEXT NOT NULL,
    "n" INTEGER NOT NULL,

    PRIMARY KEY ("organisationId", "kind", "courseId", "unitId", "gender", "audience", "bucket"),
    CONSTRAINT "StatsTally_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "StatsTally_organisationId_kind_courseId_bucket_idx" ON "StatsTally"("organisationId", "kind", "courseId", "bucket");

-- Kept totals (see "StatsTally" in schema.prisma): every write to people, assignments and
-- completions updates them in the same transaction, adding or subtracting (an upsert either way, so
-- a subtraction from a row that was merged away leaves a negative row that still sums right).
-- Nothing is counted while the organisation itself is being deleted.
CREATE TRIGGER "stats_user_insert" AFTER INSERT ON "User" BEGIN
  INSERT INTO "StatsTally" ("organisationId","kind","courseId","unitId","gender","audience","bucket","n")
    SELECT NEW."organisationId", t.kind, t."courseId", NEW."unitId", COALESCE(NEW."gender", ''), NEW."audience", t.bucket, SUM(t.n)
    FROM (SELECT kind, "courseId", bucket, n FROM (SELECT '' AS "courseId", 'people' AS kind, '' AS bucket, 1 AS n
      UNION ALL SELECT a."courseId", 'assigned', '', 1 FROM "Assignment" a WHERE a."userId" = NEW."id" AND a."withdrawnAt" IS NULL
      UNION ALL SELECT a."courseId", CASE WHEN c."id" IS NULL THEN 'pending' ELSE 'done' END,
          CASE WHEN c."id" IS NULL THEN strftime('%Y-%m-%dT%H:%M:%f', a."dueAt") ELSE '' END, 1
        FROM "Assignment" a LEFT JOIN "CourseCompletion" c ON c."userId" = a."userId" AND c."courseId" = a."courseId"
        WHERE a."userId" = NEW."id" AND a."withdrawnAt" IS NULL AND (c."id" IS NOT NULL OR a."dueAt" IS NOT NULL)
      UNION ALL SELECT c."courseId", 'completion', (strftime('%Y', datetime(c."completedAt", CASE WHEN strftime('%m', c."completedAt") IN ('03','06','09') THEN '+2 hours' ELSE '+1 hours' END)) || '-K' || ((CAST(strftime('%m', datetime(c."completedAt", CASE WHEN strftime('%m', c."completedAt") IN ('03','06','09') THEN '+2 hours' ELSE '+1 hours' END)) AS INTEGER) + 2) / 3)), 1 FROM "CourseCompletion" c WHERE c."userId" = NEW."id"
      UNION ALL SELECT '', 'first', (strftime('%Y', datetime(MIN(c."completedAt"), CASE WHEN strftime('%m', MIN(c."completedAt")) IN ('03','06','09') THEN '+2 hours' ELSE '+1 hours' END)) || '-K' || ((CAST(strftime('%m', datetime(MIN(c."completedAt"), CASE WHEN strftime('%m', MIN(c."completedAt")) IN ('03','06','09') THEN '+2 hours' ELSE '+1 hours' END)) AS INTEGER) + 2) / 3)), 1 FROM "CourseCompletion" c WHERE c."userId" = NEW."id" HAVING COUNT(*) > 0) e0
      UNION ALL SELECT kind, '*', bucket, n FROM (SELECT '' AS "courseId", 'people' AS kind, '' AS bucket, 1 AS n
      UNION ALL SELECT a."courseId", 'assigned', '', 1 FROM "Assignment" a WHERE a."userId" = NEW."id" AND a."withdrawnAt" IS NULL
      UNION ALL SELECT a."courseId", CASE WHEN c."id" IS NULL THEN 'pending' ELSE 'done' END,
          CASE WHEN c."id" IS NULL THEN strftime('%Y-%m-%dT%H:%M:%f', a."dueAt") ELSE '' END, 1
        FROM "Assignment" a LEFT JOIN "CourseCompletion" c ON c."userId" = a."userId" AND c."courseId" = a."courseId"
        WHERE a."userId" = NEW."id" AND a."withdrawnAt" IS NULL AND (c."id" IS NOT NULL OR a."dueAt" IS NOT NULL)
      UNION ALL SELECT c."courseId", 'completion', (strftime('%Y', datetime(c."completedAt", CASE WHEN strftime('%m', c."completedAt") IN ('03','06','09') THEN '+2 hours' ELSE '+1 hours' END)) || '-K' || ((CAST(strftime('%m', datetime(c."completedAt", CASE WHEN strftime('%m', c."completedAt") IN ('03','06','09') THEN '+2 hours' ELSE '+1 hours' END)) AS INTEGER) + 2) / 3)), 1 FROM "CourseCompletion" c WHERE c."userId" = NEW."id"
      UNION ALL SELECT '', 'first', (strftime('%Y', datetime(MIN(c."completedAt"), CASE WHEN strftime('%m', MIN(c."completedAt")) IN ('03','06','09') THEN '+2 hours' ELSE '+1 hours' END)) || '-K' || ((CAST(strftime('%m', datetime(MIN(c."completedAt"), CASE WHEN strftime('%m', MIN(c."completedAt")) IN ('03','06','09') THEN '+2 hours' ELSE '+1 hours' END)) AS INTEGER) + 2) / 3)), 1 FROM "CourseCompletion" c WHERE c."userId" = NEW."id" HAVING COUNT(*) > 0) e1 WHERE e1."courseId" <> '') t
    WHERE NEW."active" AND NEW."unitId" IS NOT NULL AND EXISTS (SELECT 1 FROM "Organisation" o WHERE o."id" = NEW."organisationId")
    GROUP BY t.kind, t."courseId", t.bucket
    ON CONFLICT ("organisationId","kind","courseId","unitId","gender","audience","bucket") DO UPDATE SET "n" = "StatsTally"."n" + excluded."n";
END;

CREATE TRIGGER "stats_user_update" AFTER UPDATE OF "organisationId", "unitId", "gender", "audience", "active" ON "User"
WHEN OLD."organisationId" IS NOT NEW."organisationId" OR OLD."unitId" IS NOT NEW."unitId" OR OLD."gender" IS NOT NEW."gender" OR OLD."audience" IS NOT NEW."audience" OR OLD."active" IS NOT NEW."active" BEGIN
  INSERT INTO "StatsTally" ("organisationId","kind","courseId","unitId","gender","audience","bucket","n")
    SELECT OLD."organisationId", t.kind, t."courseId", OLD."unitId", COALESCE(OLD."gender", ''), OLD."audience", t.bucket, -SUM(t.n)
    FROM (SELECT kind, "courseId", bucket, n FROM (SELECT '' AS "courseId", 'people' AS kind, '' AS bucket, 1 AS n
      UNION ALL SELECT a."courseId", 'assigned', '', 1 FROM "Assignment" a WHERE a."userId" = OLD."id" AND a."withdrawnAt" IS NULL
      UNION ALL SELECT a."courseId", CASE WHEN c."id" IS NULL THEN 'pending' ELSE 'done' END,
          CASE WHEN c."id" IS NULL THEN strftime('%Y-%m-%dT%H:%M:%f', a."dueAt") ELSE '' END, 1
        FROM "Assignment" a LEFT JOIN "CourseCompletion" c ON c."userId" = a."userId" AND c."courseId" = a."courseId"
        WHERE a."userId" = OLD."id" AND a."withdrawnAt" IS NULL AND (c."id" IS NOT NULL OR a."dueAt" IS NOT NULL)
      UNION ALL SELECT c."courseId", 'completion', (strftime('%Y', datetime(c."completedAt", CASE WHEN strftime('%m', c."completedAt") IN ('03','06','09') THEN '+2 hours' ELSE '+1 hours' END)) || '-K' || ((CAST(strftime('%m', datetime(c."completedAt", CASE WHEN strftime('%m', c."completedAt") IN ('03','06','09') THEN '+2 hours' ELSE '+1 hours' END)) AS INTEGER) + 2) / 3)), 1 FROM "CourseCompletion" c WHERE c."userId" = OLD."id"
      UNION ALL SELECT '', 'first', (strftime('%Y', datetime(MIN(c."completedAt"), CASE WHEN strftime('%m', MIN(c."completedAt")) IN ('03','06','09') THEN '+2 hours' ELSE '+1 hours' END)) || '-K' || ((CAST(strftime('%m', datetime(MIN(c."completedAt"), CASE WHEN strftime('%m', MIN(c."completedAt")) IN ('03','06','09') THEN '+2 hours' ELSE '+1 hours' END)) AS INTEGER) + 2) / 3)), 1 FROM "CourseCompletion" c WHERE c."userId" = OLD."id" HAVING COUNT(*) > 0) e0
      UNION ALL SELECT kind, '*', bucket, n FROM (SELECT '' AS "courseId", 'people' AS kind, '' AS bucket, 1 AS n
      UNION ALL SELECT a."courseId", 'assigned', '', 1 FROM "Assignment" a WHERE a."userId" = OLD."id" AND a."withdrawnAt" IS NULL
      UNION ALL SELECT a."courseId", CASE WHEN c."id" IS NULL THEN 'pending' ELSE 'done' END,
          CASE WHEN c."id" IS NULL THEN strftime('%Y-%m-%dT%H:%M:%f', a."dueAt") ELSE '' END, 1
        FROM "Assignment" a LEFT JOIN "CourseCompletion" c ON c."userId" = a."userId" AND c."courseId" = a."courseId"
        WHERE a."userId" = OLD."id" AND a."withdrawnAt" IS NULL AND (c."id" IS NOT NULL OR a."dueAt" IS NOT NULL)
      UNION ALL SELECT c."courseId", 'completion', (strftime('%Y', datetime(c."completedAt", CASE WHEN strftime('%m', c."completedAt") IN ('03','06','09') THEN '+2 hours' ELSE '+1 hours' END)) || '-K' || ((CAST(strftime('%m', datetime(c."completedAt", CASE WHEN strftime('%m', c."completedAt") IN ('03','06','09') THEN '+2 hours' ELSE '+1 hours' END)) AS INTEGER) + 2) / 3)), 1 FROM "CourseCompletion" c WHERE c."userId" = OLD."id"
      UNION ALL SELECT '', 'first', (strftime('%Y', datetime(MIN(c."completedAt"), CASE WHEN strftime('%m', MIN(c."completedAt")) IN ('03','06','09') THEN '+2 hours' ELSE '+1 hours' END)) || '-K' || ((CAST(strftime('%m', datetime(MIN(c."completedAt"), CASE WHEN strftime('%m', MIN(c."completedAt")) IN ('03','06','09') THEN '+2 hours' ELSE '+1 hours' END)) AS INTEGER) + 2) / 3)), 1 FROM "CourseCompletion" c WHERE c."userId" = OLD."id" HAVING COUNT(*) > 0) e1 WHERE e1."courseId" <> '') t
    WHERE OLD."active" AND OLD."unitId" IS NOT NULL AND EXISTS (SELECT 1 FROM "Organisation" o WHERE o."id" = OLD."organisationId")
    GROUP BY t.kind, t."courseId", t.bucket
    ON CONFLICT ("organisationId","kind","courseId","unitId","gender","audience","bucket") DO UPDATE SET "n" = "StatsTally"."n" + excluded."n";
  INSERT INTO "StatsTally" ("organisationId","kind","courseId","unitId","gender","audience","bucket","n")
    SELECT NEW."organisationId", t.kind, t."courseId", NEW."unitId", COALESCE(NEW."gender", ''), NEW."audience", t.bucket, SUM(t.n)
    FROM (SELECT kind, "courseId", bucket, n FROM (SELECT '' AS "courseId", 'people' AS kind, '' AS bucket, 1 AS n
      UNION ALL SELECT a."courseId", 'assigned', '', 1 FROM "Assignment" a WHERE a."userId" = NEW."id" AND a."withdrawnAt" IS NULL
      UNION ALL SELECT a."courseId", CASE WHEN c."id" IS NULL THEN 'pending' ELSE 'done' END,
          CASE WHEN c."id" IS NULL THEN strftime('%Y-%m-%dT%H:%M:%f', a."dueAt") ELSE '' END, 1
        FROM "Assignment" a LEFT JOIN "CourseCompletion" c ON c."userId" = a."userId" AND c."courseId" = a."courseId"
        WHERE a."userId" = NEW."id" AND a."withdrawnAt" IS NULL AND (c."id" IS NOT NULL OR a."dueAt" IS NOT NULL)
      UNION ALL SELECT c."courseId", 'completion', (strftime('%Y', datetime(c."completedAt", CASE WHEN strftime('%m', c."completedAt") IN ('03','06','09') THEN '+2 hours' ELSE '+1 hours' END)) || '-K' || ((CAST(strftime('%m', datetime(c."completedAt", CASE WHEN strftime('%m', c."completedAt") IN ('03','06','09') THEN '+2 hours' ELSE '+1 hours' END)) AS INTEGER) + 2) / 3)), 1 FROM "CourseCompletion" c WHERE c."userId" = NEW."id"
      UNION ALL SELECT '', 'first', (strftime('%Y', datetime(MIN(c."completedAt"), CASE WHEN strftime('%m', MIN(c."completedAt")) IN ('03','06','09') THEN '+2 hours' ELSE '+1 hours' END)) || '-K' || ((CAST(strftime('%m', datetime(MIN(c."completedAt"), CASE WHEN strftime('%m', MIN(c."completedAt")) IN ('03','06','09') THEN '+2 hours' ELSE '+1 hours' END)) AS INTEGER) + 2) / 3)), 1 FROM "CourseCompletion" c WHERE c."userId" = NEW."id" HAVING COUNT(*) > 0) e0
      UNION ALL SELECT kind, '*', bucket, n FROM (SELECT '' AS "courseId", 'people' AS kind, '' AS bucket, 1 AS n
      UNION ALL SELECT a."courseId", 'assigned', '', 1 FROM "Assignment" a WHERE a."userId" = NEW."id" AND a."withdrawnAt" IS NULL
      UNION ALL SELECT a."courseId", CASE WHEN c."id" IS NULL THEN 'pending' ELSE 'done' END,
          CASE WHEN c."id" IS NULL THEN strftime('%Y-%m-%dT%H:%M:%f', a."dueAt") ELSE '' END, 1
        FROM "Assignment" a LEFT JOIN "CourseCompletion" c ON c."userId" = a."userId" AND c."courseId" = a."courseId"
        WHERE a."userId" = NEW."id" AND a."withdrawnAt" IS NULL AND (c."id" IS NOT NULL OR a."dueAt" IS NOT NULL)
      UNION ALL SELECT c."courseId", 'completion', (strftime('%Y', datetime(c."completedAt", CASE WHEN strftime('%m', c."completedAt") IN ('03','06','09') THEN '+2 hours' ELSE '+1 hours' END)) || '-K' || ((CAST(strftime('%m', datetime(c."completedAt", CASE WHEN strftime('%m', c."completedAt") IN ('03','06','09') THEN '+2 hours' ELSE '+1 hours' END)) AS INTEGER) + 2) / 3)), 1 FROM "CourseCompletion" c WHERE c."userId" = NEW."id"
      UNION ALL SELECT '', 'first', (strftime('%Y', datetime(MIN(c."completedAt"), CASE WHEN strftime('%m', MIN(c."completedAt")) IN ('03','06','09') THEN '+2 hours' ELSE '+1 hours' END)) || '-K' || ((CAST(strftime('%m', datetime(MIN(c."completedAt"), CASE WHEN strftime('%m', MIN(c."completedAt")) IN ('03','06','09') THEN '+2 hours' ELSE '+1 hours' END)) AS INTEGER) + 2) / 3)), 1 FROM "CourseCompletion" c WHERE c."userId" = NEW."id" HAVING COUNT(*) > 0) e1 WHERE e1."courseId" <> '') t
    WHERE NEW."active" AND NEW."unitId" IS NOT NULL AND EXISTS (SELECT 1 FROM "Organisation" o WHERE o."id" = NEW."organisationId")
    GROUP BY t.kind, t."courseId", t.bucket
    ON CONFLICT ("organisationId","kind","courseId","unitId","gender","audience","bucket") DO UPDATE SET "n" = "StatsTally"."n" + excluded."n";
END;

-- Before: the person's assignments and completions (deleted by the cascade) are still there to count.
CREATE TRIGGER "stats_user_delete" BEFORE DELETE ON "User" BEGIN
  INSERT INTO "StatsTally" ("organisationId","kind","courseId","unitId","gender","audience","bucket","n")
    SELECT OLD."organisationId", t.kind, t."courseId", OLD."unitId", COALESCE(OLD."gender", ''), OLD."audience", t.bucket, -SUM(t.n)
    FROM (SELECT kind, "courseId", bucket, n FROM (SELECT '' AS "courseId", 'people' AS kind, '' AS bucket, 1 AS n
      UNION ALL SELECT a."courseId", 'assigned', '', 1 FROM "Assignment" a WHERE a."userId" = OLD."id" AND a."withdrawnAt" IS NULL
      UNION ALL SELECT a."courseId", CASE WHEN c."id" IS NULL THEN 'pending' ELSE 'done' END,
          CASE WHEN c."id" IS NULL THEN strftime('%Y-%m-%dT%H:%M:%f', a."dueAt") ELSE '' END, 1
        FROM "Assignment" a LEFT JOIN "CourseCompletion" c ON c."userId" = a."userId" AND c."courseId" = a."courseId"
        WHERE a."userId" = OLD."id" AND a."withdrawnAt" IS NULL AND (c."id" IS NOT NULL OR a."dueAt" IS NOT NULL)
      UNION ALL SELECT c."courseId", 'completion', (strftime('%Y', datetime(c."completedAt", CASE WHEN strftime('%m', c."completedAt") IN ('03','06','09') THEN '+2 hours' ELSE '+1 hours' END)) || '-K' || ((CAST(strftime('%m', datetime(c."completedAt", CASE WHEN strftime('%m', c."completedAt") IN ('03','06','09') THEN '+2 hours' ELSE '+1 hours' END)) AS INTEGER) + 2) / 3)), 1 FROM "CourseCompletion" c WHERE c."userId" = OLD."id"
      UNION ALL SELECT '', 'first', (strftime('%Y', datetime(MIN(c."completedAt"), CASE WHEN strftime('%m', MIN(c."completedAt")) IN ('03','06','09') THEN '+2 hours' ELSE '+1 hours' END)) || '-K' || ((CAST(strftime('%m', datetime(MIN(c."completedAt"), CASE WHEN strftime('%m', MIN(c."completedAt")) IN ('03','06','09') THEN '+2 hours' ELSE '+1 hours' END)) AS INTEGER) + 2) / 3)), 1 FROM "CourseCompletion" c WHERE c."userId" = OLD."id" HAVING COUNT(*) > 0) e0
      UNION ALL SELECT kind, '*', bucket, n FROM (SELECT '' AS "courseId", 'people' AS kind, '' AS bucket, 1 AS n
      UNION ALL SELECT a."courseId", 'assigned', '', 1 FROM "Assignment" a WHERE a."userId" = OLD."id" AND a."withdrawnAt" IS NULL
      UNION ALL SELECT a."courseId", CASE WHEN c."id" IS NULL THEN 'pending' ELSE 'done' END,
          CASE WHEN c."id" IS NULL THEN strftime('%Y-%m-%dT%H:%M:%f', a."dueAt") ELSE '' END, 1
        FROM "Assignment" a LEFT JOIN "CourseCompletion" c ON c."userId" = a."userId" AND c."courseId" = a."courseId"
        WHERE a."userId" = OLD."id" AND a."withdrawnAt" IS NULL AND (c."id" IS NOT NULL OR a."dueAt" IS NOT NULL)
      UNION ALL SELECT c."courseId", 'completion', (strftime('%Y', datetime(c."completedAt", CASE WHEN strftime('%m', c."completedAt") IN ('03','06','09') THEN '+2 hours' ELSE '+1 hours' END)) || '-K' || ((CAST(strftime('%m', datetime(c."completedAt", CASE WHEN strftime('%m', c."completedAt") IN ('03','06','09') THEN '+2 hours' ELSE '+1 hours' END)) AS INTEGER) + 2) / 3)), 1 FROM "CourseCompletion" c WHERE c."userId" = OLD."id"
      UNION ALL SELECT '', 'first', (strftime('%Y', datetime(MIN(c."completedAt"), CASE WHEN strftime('%m', MIN(c."completedAt")) IN ('03','06','09') THEN '+2 hours' ELSE '+1 hours' END)) || '-K' || ((CAST(strftime('%m', datetime(MIN(c."completedAt"), CASE WHEN strftime('%m', MIN(c."completedAt")) IN ('03','06','09') THEN '+2 hours' ELSE '+1 hours' END)) AS INTEGER) + 2) / 3)), 1 FROM "CourseCompletion" c WHERE c."userId" = OLD."id" HAVING COUNT(*) > 0) e1 WHERE e1."courseId" <> '') t
    WHERE OLD."active" AND OLD."unitId" IS NOT NULL AND EXISTS (SELECT 1 FROM "Organisation" o WHERE o."id" = OLD."organisationId")
    GROUP BY t.kind, t."courseId", t.bucket
    ON CONFLICT ("organisationId","kind","courseId","unitId","gender","audience","bucket") DO UPDATE SET "n" = "StatsTally"."n" + excluded."n";
END;

CREATE TRIGGER "stats_assignment_insert" AFTER INSERT ON "Assignment" BEGIN
  INSERT INTO "StatsTally" ("organisationId","kind","courseId","unitId","gender","audience","bucket","n")
    SELECT u."organisationId", e.kind, e."courseId", u."unitId", COALESCE(u."gender", ''), u."audience", e.bucket, 1
    FROM "User" u, (SELECT kind, "courseId", bucket FROM (SELECT 'assigned' AS kind, NEW."courseId" AS "courseId", '' AS bucket WHERE NEW."withdrawnAt" IS NULL
      UNION ALL SELECT 'done', NEW."courseId", '' WHERE NEW."withdrawnAt" IS NULL AND EXISTS (SELECT 1 FROM "CourseCompletion" c WHERE c."userId" = NEW."userId" AND c."courseId" = NEW."courseId")
      UNION ALL SELECT 'pending', NEW."courseId", strftime('%Y-%m-%dT%H:%M:%f', NEW."dueAt") WHERE NEW."withdrawnAt" IS NULL AND NEW."dueAt" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "CourseCompletion" c WHERE c."userId" = NEW."userId" AND c."courseId" = NEW."courseId")) e0
      UNION ALL SELECT kind, '*', bucket FROM (SELECT 'assigned' AS kind, NEW."courseId" AS "courseId", '' AS bucket WHERE NEW."withdrawnAt" IS NULL
      UNION ALL SELECT 'done', NEW."courseId", '' WHERE NEW."withdrawnAt" IS NULL AND EXISTS (SELECT 1 FROM "CourseCompletion" c WHERE c."userId" = NEW."userId" AND c."courseId" = NEW."courseId")
      UNION ALL SELECT 'pending', NEW."courseId", strftime('%Y-%m-%dT%H:%M:%f', NEW."dueAt") WHERE NEW."withdrawnAt" IS NULL AND NEW."dueAt" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "CourseCompletion" c WHERE c."userId" = NEW."userId" AND c."courseId" = NEW."courseId")) e1 WHERE e1."courseId" <> '') e
    WHERE u."id" = NEW."userId" AND u."active" AND u."unitId" IS NOT NULL AND EXISTS (SELECT 1 FROM "Organisation" o WHERE o."id" = u."organisationId")
    ON CONFLICT ("organisationId","kind","courseId","unitId","gender","audience","bucket") DO UPDATE SET "n" = "StatsTally"."n" + excluded."n";
END;

CREATE TRIGGER "stats_assignment_update" AFTER UPDATE OF "userId", "courseId", "dueAt", "withdrawnAt" ON "Assignment"
WHEN OLD."userId" IS NOT NEW."userId" OR OLD."courseId" IS NOT NEW."courseId" OR OLD."dueAt" IS NOT NEW."dueAt" OR OLD."withdrawnAt" IS NOT NEW."withdrawnAt" BEGIN
  INSERT INTO "StatsTally" ("organisationId","kind","courseId","unitId","gender","audience","bucket","n")
    SELECT u."organisationId", e.kind, e."courseId", u."unitId", COALESCE(u."gender", ''), u."audience", e.bucket, -1
    FROM "User" u, (SELECT kind, "courseId", bucket FROM (SELECT 'assigned' AS kind, OLD."courseId" AS "courseId", '' AS bucket WHERE OLD."withdrawnAt" IS NULL
      UNION ALL SELECT 'done', OLD."courseId", '' WHERE OLD."withdrawnAt" IS NULL AND EXISTS (SELECT 1 FROM "CourseCompletion" c WHERE c."userId" = OLD."userId" AND c."courseId" = OLD."courseId")
      UNION ALL SELECT 'pending', OLD."courseId", strftime('%Y-%m-%dT%H:%M:%f', OLD."dueAt") WHERE OLD."withdrawnAt" IS NULL AND OLD."dueAt" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "CourseCompletion" c WHERE c."userId" = OLD."userId" AND c."courseId" = OLD."courseId")) e0
      UNION ALL SELECT kind, '*', bucket FROM (SELECT 'assigned' AS kind, OLD."courseId" AS "courseId", '' AS bucket WHERE OLD."withdrawnAt" IS NULL
      UNION ALL SELECT 'done', OLD."courseId", '' WHERE OLD."withdrawnAt" IS NULL AND EXISTS (SELECT 1 FROM "CourseCompletion" c WHERE c."userId" = OLD."userId" AND c."courseId" = OLD."courseId")
      UNION ALL SELECT 'pending', OLD."courseId", strftime('%Y-%m-%dT%H:%M:%f', OLD."dueAt") WHERE OLD."withdrawnAt" IS NULL AND OLD."dueAt" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "CourseCompletion" c WHERE c."userId" = OLD."userId" AND c."courseId" = OLD."courseId")) e1 WHERE e1."courseId" <> '') e
    WHERE u."id" = OLD."userId" AND u."active" AND u."unitId" IS NOT NULL AND EXISTS (SELECT 1 FROM "Organisation" o WHERE o."id" = u."organisationId")
    ON CONFLICT ("organisationId","kind","courseId","unitId","gender","audience","bucket") DO UPDATE SET "n" = "StatsTally"."n" + excluded."n";
  INSERT INTO "StatsTally" ("organisationId","kind","courseId","unitId","gender","audience","bucket","n")
    SELECT u."organisationId", e.kind, e."courseId", u."unitId", COALESCE(u."gender", ''), u."audience", e.bucket, 1
    FROM "User" u, (SELECT kind, "courseId", bucket FROM (SELECT 'assigned' AS kind, NEW."courseId" AS "courseId", '' AS bucket WHERE NEW."withdrawnAt" IS NULL
      UNION ALL SELECT 'done', NEW."courseId", '' WHERE NEW."withdrawnAt" IS NULL AND EXISTS (SELECT 1 FROM "CourseCompletion" c WHERE c."userId" = NEW."userId" AND c."courseId" = NEW."courseId")
      UNION ALL SELECT 'pending', NEW."courseId", strftime('%Y-%m-%dT%H:%M:%f', NEW."dueAt") WHERE NEW."withdrawnAt" IS NULL AND NEW."dueAt" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "CourseCompletion" c WHERE c."userId" = NEW."userId" AND c."courseId" = NEW."courseId")) e0
      UNION ALL SELECT kind, '*', bucket FROM (SELECT 'assigned' AS kind, NEW."courseId" AS "courseId", '' AS bucket WHERE NEW."withdrawnAt" IS NULL
      UNION ALL SELECT 'done', NEW."courseId", '' WHERE NEW."withdrawnAt" IS NULL AND EXISTS (SELECT 1 FROM "CourseCompletion" c WHERE c."userId" = NEW."userId" AND c."courseId" = NEW."courseId")
      UNION ALL SELECT 'pending', NEW."courseId", strftime('%Y-%m-%dT%H:%M:%f', NEW."dueAt") WHERE NEW."withdrawnAt" IS NULL AND NEW."dueAt" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "CourseCompletion" c WHERE c."userId" = NEW."userId" AND c."courseId" = NEW."courseId")) e1 WHERE e1."courseId" <> '') e
    WHERE u."id" = NEW."userId" AND u."active" AND u."unitId" IS NOT NULL AND EXISTS (SELECT 1 FROM "Organisation" o WHERE o."id" = u."organisationId")
    ON CONFLICT ("organisationId","kind","courseId","unitId","gender","audience","bucket") DO UPDATE SET "n" = "StatsTally"."n" + excluded."n";
END;

CREATE TRIGGER "stats_assignment_delete" AFTER DELETE ON "Assignment" BEGIN
  INSERT INTO "StatsTally" ("organisationId","kind","courseId","unitId","gender","audience","bucket","n")
    SELECT u."organisationId", e.kind, e."courseId", u."unitId", COALESCE(u."gender", ''), u."audience", e.bucket, -1
    FROM "User" u, (SELECT kind, "courseId", bucket FROM (SELECT 'assigned' AS kind, OLD."courseId" AS "courseId", '' AS bucket WHERE OLD."withdrawnAt" IS NULL
      UNION ALL SELECT 'done', OLD."courseId", '' WHERE OLD."withdrawnAt" IS NULL AND EXISTS (SELECT 1 FROM "CourseCompletion" c WHERE c."userId" = OLD."userId" AND c."courseId" = OLD."courseId")
      UNION ALL SELECT 'pending', OLD."courseId", strftime('%Y-%m-%dT%H:%M:%f', OLD."dueAt") WHERE OLD."withdrawnAt" IS NULL AND OLD."dueAt" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "CourseCompletion" c WHERE c."userId" = OLD."userId" AND c."courseId" = OLD."courseId")) e0
      UNION ALL SELECT kind, '*', bucket FROM (SELECT 'assigned' AS kind, OLD."courseId" AS "courseId", '' AS bucket WHERE OLD."withdrawnAt" IS NULL
      UNION ALL SELECT 'done', OLD."courseId", '' WHERE OLD."withdrawnAt" IS NULL AND EXISTS (SELECT 1 FROM "CourseCompletion" c WHERE c."userId" = OLD."userId" AND c."courseId" = OLD."courseId")
      UNION ALL SELECT 'pending', OLD."courseId", strftime('%Y-%m-%dT%H:%M:%f', OLD."dueAt") WHERE OLD."withdrawnAt" IS NULL AND OLD."dueAt" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "CourseCompletion" c WHERE c."userId" = OLD."userId" AND c."courseId" = OLD."courseId")) e1 WHERE e1."courseId" <> '') e
    WHERE u."id" = OLD."userId" AND u."active" AND u."unitId" IS NOT NULL AND EXISTS (SELECT 1 FROM "Organisation" o WHERE o."id" = u."organisationId")
    ON CONFLICT ("organisationId","kind","courseId","unitId","gender","audience","bucket") DO UPDATE SET "n" = "StatsTally"."n" + excluded."n";
END;

CREATE TRIGGER "stats_completion_insert" AFTER INSERT ON "CourseCompletion" BEGIN
  INSERT INTO "StatsTally" ("organisationId","kind","courseId","unitId","gender","audience","bucket","n")
    SELECT u."organisationId", e.kind, e."courseId", u."unitId", COALESCE(u."gender", ''), u."audience", e.bucket, 1
    FROM "User" u, (SELECT kind, "courseId", bucket FROM (SELECT 'completion' AS kind, NEW."courseId" AS "courseId", (strftime('%Y', datetime(NEW."completedAt", CASE WHEN strftime('%m', NEW."completedAt") IN ('03','06','09') THEN '+2 hours' ELSE '+1 hours' END)) || '-K' || ((CAST(strftime('%m', datetime(NEW."completedAt", CASE WHEN strftime('%m', NEW."completedAt") IN ('03','06','09') THEN '+2 hours' ELSE '+1 hours' END)) AS INTEGER) + 2) / 3)) AS bucket
      UNION ALL SELECT 'done', NEW."courseId", '' FROM "Assignment" a
        WHERE a."userId" = NEW."userId" AND a."courseId" = NEW."courseId" AND a."withdrawnAt" IS NULL
      UNION ALL SELECT 'first', '', (strftime('%Y', datetime(NEW."completedAt", CASE WHEN strftime('%m', NEW."completedAt") IN ('03','06','09') THEN '+2 hours' ELSE '+1 hours' END)) || '-K' || ((CAST(strftime('%m', datetime(NEW."completedAt", CASE WHEN strftime('%m', NEW."completedAt") IN ('03','06','09') THEN '+2 hours' ELSE '+1 hours' END)) AS INTEGER) + 2) / 3))
        WHERE NOT EXISTS (SELECT 1 FROM "CourseCompletion" c WHERE c."userId" = NEW."userId" AND c."id" <> NEW."id" AND c."completedAt" <= NEW."completedAt")) e0
      UNION ALL SELECT kind, '*', bucket FROM (SELECT 'completion' AS kind, NEW."courseId" AS "courseId", (strftime('%Y', datetime(NEW."completedAt", CASE WHEN strftime('%m', NEW."completedAt") IN ('03','06','09') THEN '+2 hours' ELSE '+1 hours' END)) || '-K' || ((CAST(strftime('%m', datetime(NEW."completedAt", CASE WHEN strftime('%m', NEW."completedAt") IN ('03','06','09') THEN '+2 hours' ELSE '+1 hours' END)) AS INTEGER) + 2) / 3)) AS bucket
      UNION ALL SELECT 'done', NEW."courseId", '' FROM "Assignment" a
        WHERE a."userId" = NEW."userId" AND a."courseId" = NEW."courseId" AND a."withdrawnAt" IS NULL
      UNION ALL SELECT 'first', '', (strftime('%Y', datetime(NEW."completedAt", CASE WHEN strftime('%m', NEW."completedAt") IN ('03','06','09') THEN '+2 hours' ELSE '+1 hours' END)) || '-K' || ((CAST(strftime('%m', datetime(NEW."completedAt", CASE WHEN strftime('%m', NEW."completedAt") IN ('03','06','09') THEN '+2 hours' ELSE '+1 hours' END)) AS INTEGER) + 2) / 3))
        WHERE NOT EXISTS (SELECT 1 FROM "CourseCompletion" c WHERE c."userId" = NEW."userId" AND c."id" <> NEW."id" AND c."completedAt" <= NEW."completedAt")) e1 WHERE e1."courseId" <> '') e
    WHERE u."id" = NEW."userId" AND u."active" AND u."unitId" IS NOT NULL AND EXISTS (SELECT 1 FROM "Organisation" o WHERE o."id" = u."organisationId")
    ON CONFLICT ("organisationId","kind","courseId","unitId","gender","audience","bucket") DO UPDATE SET "n" = "StatsTally"."n" + excluded."n";
  INSERT INTO "StatsTally" ("organisationId","kind","courseId","unitId","gender","audience","bucket","n")
    SELECT u."organisationId", e.kind, e."courseId", u."unitId", COALESCE(u."gender", ''), u."audience", e.bucket, -1
    FROM "User" u, (SELECT kind, "courseId", bucket FROM (SELECT 'pending' AS kind, NEW."courseId" AS "courseId", strftime('%Y-%m-%dT%H:%M:%f', a."dueAt") AS bucket FROM "Assignment" a
        WHERE a."userId" = NEW."userId" AND a."courseId" = NEW."courseId" AND a."withdrawnAt" IS NULL AND a."dueAt" IS NOT NULL
      UNION ALL SELECT 'first', '', (strftime('%Y', datetime(m.t, CASE WHEN strftime('%m', m.t) IN ('03','06','09') THEN '+2 hours' ELSE '+1 hours' END)) || '-K' || ((CAST(strftime('%m', datetime(m.t, CASE WHEN strftime('%m', m.t) IN ('03','06','09') THEN '+2 hours' ELSE '+1 hours' END)) AS INTEGER) + 2) / 3)) FROM (SELECT MIN(c."completedAt") AS t FROM "CourseCompletion" c
        WHERE c."userId" = NEW."userId" AND c."id" <> NEW."id") m WHERE m.t IS NOT NULL AND NEW."completedAt" < m.t) e0
      UNION ALL SELECT kind, '*', bucket FROM (SELECT 'pending' AS kind, NEW."courseId" AS "courseId", strftime('%Y-%m-%dT%H:%M:%f', a."dueAt") AS bucket FROM "Assignment" a
        WHERE a."userId" = NEW."userId" AND a."courseId" = NEW."courseId" AND a."withdrawnAt" IS NULL AND a."dueAt" IS NOT NULL
      UNION ALL SELECT 'first', '', (strftime('%Y', datetime(m.t, CASE WHEN strftime('%m', m.t) IN ('03','06','09') THEN '+2 hours' ELSE '+1 hours' END)) || '-K' || ((CAST(strftime('%m', datetime(m.t, CASE WHEN strftime('%m', m.t) IN ('03','06','09') THEN '+2 hours' ELSE '+1 hours' END)) AS INTEGER) + 2) / 3)) FROM (SELECT MIN(c."completedAt") AS t FROM "CourseCompletion" c
        WHERE c."userId" = NEW."userId" AND c."id" <> NEW."id") m WHERE m.t IS NOT NULL AND NEW."completedAt" < m.t) e1 WHERE e1."courseId" <> '') e
    WHERE u."id" = NEW."userId" AND u."active" AND u."unitId" IS NOT NULL AND EXISTS (SELECT 1 FROM "Organisation" o WHERE o."id" = u."organisationId")
    ON CONFLICT ("organisationId","kind","courseId","unitId","gender","audience","bucket") DO UPDATE SET "n" = "StatsTally"."n" + excluded."n";
END;

CREATE TRIGGER "stats_completion_update" AFTER UPDATE OF "userId", "courseId", "completedAt" ON "CourseCompletion"
WHEN OLD."userId" IS NOT NEW."userId" OR OLD."courseId" IS NOT NEW."courseId" OR OLD."completedAt" IS NOT NEW."completedAt" BEGIN
  INSERT INTO "StatsTally" ("organisationId","kind","courseId","unitId","gender","audience","bucket","n")
    SELECT u."organisationId", e.kind, e."courseId", u."unitId", COALESCE(u."gender", ''), u."audience", e.bucket, -1
    FROM "User" u, (SELECT kind, "courseId", bucket FROM (SELECT 'completion' AS kind, OLD."courseId" AS "courseId", (strftime('%Y', datetime(OLD."completedAt", CASE WHEN strftime('%m', OLD."completedAt") IN ('03','06','09') THEN '+2 hours' ELSE '+1 hours' END)) || '-K' || ((CAST(strftime('%m', datetime(OLD."completedAt", CASE WHEN strftime('%m', OLD."completedAt") IN ('03','06','09') THEN '+2 hours' ELSE '+1 hours' END)) AS INTEGER) + 2) / 3)) AS bucket
      UNION ALL SELECT 'done', OLD."courseId", '' FROM "Assignment" a
        WHERE a."userId" = OLD."userId" AND a."courseId" = OLD."courseId" AND a."withdrawnAt" IS NULL
      UNION ALL SELECT 'first', '', (strftime('%Y', datetime(OLD."completedAt", CASE WHEN strftime('%m', OLD."completedAt") IN ('03','06','09') THEN '+2 hours' ELSE '+1 hours' END)) || '-K' || ((CAST(strftime('%m', datetime(OLD."completedAt", CASE WHEN strftime('%m', OLD."completedAt") IN ('03','06','09') THEN '+2 hours' ELSE '+1 hours' END)) AS INTEGER) + 2) / 3))
        WHERE NOT EXISTS (SELECT 1 FROM "CourseCompletion" c WHERE c."userId" = OLD."userId" AND c."id" <> OLD."id" AND c."completedAt" <= OLD."completedAt")) e0
      UNION ALL SELECT kind, '*', bucket FROM (SELECT 'completion' AS kind, OLD."courseId" AS "courseId", (strftime('%Y', datetime(OLD."completedAt", CASE WHEN strftime('%m', OLD."completedAt") IN ('03','06','09') THEN '+2 hours' ELSE '+1 hours' END)) || '-K' || ((CAST(strftime('%m', datetime(OLD."completedAt", CASE WHEN strftime('%m', OLD."completedAt") IN ('03','06','09') THEN '+2 hours' ELSE '+1 hours' END)) AS INTEGER) + 2) / 3)) AS bucket
      UNION ALL SELECT 'done', OLD."courseId", '' FROM "Assignment" a
        WHERE a."userId" = OLD."userId" AND a."courseId" = OLD."courseId" AND a."withdrawnAt" IS NULL
      UNION ALL SELECT 'first', '', (strftime('%Y', datetime(OLD."completedAt", CASE WHEN strftime('%m', OLD."completedAt") IN ('03','06','09') THEN '+2 hours' ELSE '+1 hours' END)) || '-K' || ((CAST(strftime('%m', datetime(OLD."completedAt", CASE WHEN strftime('%m', OLD."completedAt") IN ('03','06','09') THEN '+2 hours' ELSE '+1 hours' END)) AS INTEGER) + 2) / 3))
        WHERE NOT EXISTS (SELECT 1 FROM "CourseCompletion" c WHERE c."userId" = OLD."userId" AND c."id" <> OLD."id" AND c."completedAt" <= OLD."completedAt")) e1 WHERE e1."courseId" <> '') e
    WHERE u."id" = OLD."userId" AND u."active" AND u."unitId" IS NOT NULL AND EXISTS (SELECT 1 FROM "Organisation" o WHERE o."id" = u."organisationId")
    ON CONFLICT ("organisationId","kind","courseId","unitId","gender","audience","bucket") DO UPDATE SET "n" = "StatsTally"."n" + excluded."n";
  INSERT INTO "StatsTally" ("organisationId","kind","courseId","unitId","gender","audience","bucket","n")
    SELECT u."organisationId", e.kind, e."courseId", u."unitId", COALESCE(u."gender", ''), u."audience", e.bucket, 1
    FROM "User" u, (SELECT kind, "courseId", bucket FROM (SELECT 'pending' AS kind, OLD."courseId" AS "courseId", strftime('%Y-%m-%dT%H:%M:%f', a."dueAt") AS bucket FROM "Assignment" a
        WHERE a."userId" = OLD."userId" AND a."courseId" = OLD."courseId" AND a."withdrawnAt" IS NULL AND a."dueAt" IS NOT NULL
      UNION ALL SELECT 'first', '', (strftime('%Y', datetime(m.t, CASE WHEN strftime('%m', m.t) IN ('03','06','09') THEN '+2 hours' ELSE '+1 hours' END)) || '-K' || ((CAST(strftime('%m', datetime(m.t, CASE WHEN strftime('%m', m.t) IN ('03','06','09') THEN '+2 hours' ELSE '+1 hours' END)) AS INTEGER) + 2) / 3)) FROM (SELECT MIN(c."completedAt") AS t FROM "CourseCompletion" c
        WHERE c."userId" = OLD."userId" AND c."id" <> OLD."id") m WHERE m.t IS NOT NULL AND OLD."completedAt" < m.t) e0
      UNION ALL SELECT kind, '*', bucket FROM (SELECT 'pending' AS kind, OLD."courseId" AS "courseId", strftime('%Y-%m-%dT%H:%M:%f', a."dueAt") AS bucket FROM "Assignment" a
        WHERE a."userId" = OLD."userId" AND a."courseId" = OLD."courseId" AND a."withdrawnAt" IS NULL AND a."dueAt" IS NOT NULL
      UNION ALL SELECT 'first', '', (strftime('%Y', datetime(m.t, CASE WHEN strftime('%m', m.t) IN ('03','06','09') THEN '+2 hours' ELSE '+1 hours' END)) || '-K' || ((CAST(strftime('%m', datetime(m.t, CASE WHEN strftime('%m', m.t) IN ('03','06','09') THEN '+2 hours' ELSE '+1 hours' END)) AS INTEGER) + 2) / 3)) FROM (SELECT MIN(c."completedAt") AS t FROM "CourseCompletion" c
        WHERE c."userId" = OLD."userId" AND c."id" <> OLD."id") m WHERE m.t IS NOT NULL AND OLD."completedAt" < m.t) e1 WHERE e1."courseId" <> '') e
    WHERE u."id" = OLD."userId" AND u."active" AND u."unitId" IS NOT NULL AND EXISTS (SELECT 1 FROM "Organisation" o WHERE o."id" = u."organisationId")
    ON CONFLICT ("organisationId","kind","courseId","unitId","gender","audience","bucket") DO UPDATE SET "n" = "StatsTally"."n" + excluded."n";
  INSERT INTO "StatsTally" ("organisationId","kind","courseId","unitId","gender","audience","bucket","n")
    SELECT u."organisationId", e.kind, e."courseId", u."unitId", COALESCE(u."gender", ''), u."audience", e.bucket, 1
    FROM "User" u, (SELECT kind, "courseId", bucket FROM (SELECT 'completion' AS kind, NEW."courseId" AS "courseId", (strftime('%Y', datetime(NEW."completedAt", CASE WHEN strftime('%m', NEW."completedAt") IN ('03','06','09') THEN '+2 hours' ELSE '+1 hours' END)) || '-K' || ((CAST(strftime('%m', datetime(NEW."completedAt", CASE WHEN strftime('%m', NEW."completedAt") IN ('03','06','09') THEN '+2 hours' ELSE '+1 hours' END)) AS INTEGER) + 2) / 3)) AS bucket
      UNION ALL SELECT 'done', NEW."courseId", '' FROM "Assignment" a
        WHERE a."userId" = NEW."userId" AND a."courseId" = NEW."courseId" AND a."withdrawnAt" IS NULL
      UNION ALL SELECT 'first', '', (strftime('%Y', datetime(NEW."completedAt", CASE WHEN strftime('%m', NEW."completedAt") IN ('03','06','09') THEN '+2 hours' ELSE '+1 hours' END)) || '-K' || ((CAST(strftime('%m', datetime(NEW."completedAt", CASE WHEN strftime('%m', NEW."completedAt") IN ('03','06','09') THEN '+2 hours' ELSE '+1 hours' END)) AS INTEGER) + 2) / 3))
        WHERE NOT EXISTS (SELECT 1 FROM "CourseCompletion" c WHERE c."userId" = NEW."userId" AND c."id" <> NEW."id" AND c."completedAt" <= NEW."completedAt")) e0
      UNION ALL SELECT kind, '*', bucket FROM (SELECT 'completion' AS kind, NEW."courseId" AS "courseId", (strftime('%Y', datetime(NEW."completedAt", CASE WHEN strftime('%m', NEW."completedAt") IN ('03','06','09') THEN '+2 hours' ELSE '+1 hours' END)) || '-K' || ((CAST(strftime('%m', datetime(NEW."completedAt", CASE WHEN strftime('%m', NEW."completedAt") IN ('03','06','09') THEN '+2 hours' ELSE '+1 hours' END)) AS INTEGER) + 2) / 3)) AS bucket
      UNION ALL SELECT 'done', NEW."courseId", '' FROM "Assignment" a
        WHERE a."userId" = NEW."userId" AND a."courseId" = NEW."courseId" AND a."withdrawnAt" IS NULL
      UNION ALL SELECT 'first', '', (strftime('%Y', datetime(NEW."completedAt", CASE WHEN strftime('%m', NEW."completedAt") IN ('03','06','09') THEN '+2 hours' ELSE '+1 hours' END)) || '-K' || ((CAST(strftime('%m', datetime(NEW."completedAt", CASE WHEN strftime('%m', NEW."completedAt") IN ('03','06','09') THEN '+2 hours' ELSE '+1 hours' END)) AS INTEGER) + 2) / 3))
        WHERE NOT EXISTS (SELECT 1 FROM "CourseCompletion" c WHERE c."userId" = NEW."userId" AND c."id" <> NEW."id" AND c."completedAt" <= NEW."completedAt")) e1 WHERE e1."courseId" <> '') e
    WHERE u."id" = NEW."userId" AND u."active" AND u."unitId" IS NOT NULL AND EXISTS (SELECT 1 FROM "Organisation" o WHERE o."id" = u."organisationId")
    ON CONFLICT ("organisationId","kind","courseId","unitId","gender","audience","bucket") DO UPDATE SET "n" = "StatsTally"."n" + excluded."n";
  INSERT INTO "StatsTally" ("organisationId","kind","courseId","unitId","gender","audience","bucket","n")
    SELECT u."organisationId", e.kind, e."courseId", u."unitId", COALESCE(u."gender", ''), u."audience", e.bucket, -1
    FROM "User" u, (SELECT kind, "courseId", bucket FROM (SELECT 'pending' AS kind, NEW."courseId" AS "courseId", strftime('%Y-%m-%dT%H:%M:%f', a."dueAt") AS bucket FROM "Assignment" a
        WHERE a."userId" = NEW."userId" AND a."courseId" = NEW."courseId" AND a."withdrawnAt" IS NULL AND a."dueAt" IS NOT NULL
      UNION ALL SELECT 'first', '', (strftime('%Y', datetime(m.t, CASE WHEN strftime('%m', m.t) IN ('03','06','09') THEN '+2 hours' ELSE '+1 hours' END)) || '-K' || ((CAST(strftime('%m', datetime(m.t, CASE WHEN strftime('%m', m.t) IN ('03','06','09') THEN '+2 hours' ELSE '+1 hours' END)) AS INTEGER) + 2) / 3)) FROM (SELECT MIN(c."completedAt") AS t FROM "CourseCompletion" c
        WHERE c."userId" = NEW."userId" AND c."id" <> NEW."id") m WHERE m.t IS NOT NULL AND NEW."completedAt" < m.t) e0
      UNION ALL SELECT kind, '*', bucket FROM (SELECT 'pending' AS kind, NEW."courseId" AS "courseId", strftime('%Y-%m-%dT%H:%M:%f', a."dueAt") AS bucket FROM "Assignment" a
        WHERE a."userId" = NEW."userId" AND a."courseId" = NEW."courseId" AND a."withdrawnAt" IS NULL AND a."dueAt" IS NOT NULL
      UNION ALL SELECT 'first', '', (strftime('%Y', datetime(m.t, CASE WHEN strftime('%m', m.t) IN ('03','06','09') THEN '+2 hours' ELSE '+1 hours' END)) || '-K' || ((CAST(strftime('%m', datetime(m.t, CASE WHEN strftime('%m', m.t) IN ('03','06','09') THEN '+2 hours' ELSE '+1 hours' END)) AS INTEGER) + 2) / 3)) FROM (SELECT MIN(c."completedAt") AS t FROM "CourseCompletion" c
        WHERE c."userId" = NEW."userId" AND c."id" <> NEW."id") m WHERE m.t IS NOT NULL AND NEW."completedAt" < m.t) e1 WHERE e1."courseId" <> '') e
    WHERE u."id" = NEW."userId" AND u."active" AND u."unitId" IS NOT NULL AND EXISTS (SELECT 1 FROM "Organisation" o WHERE o."id" = u."organisationId")
    ON CONFLICT ("organisationId","kind","courseId","unitId","gender","audience","bucket") DO UPDATE SET "n" = "StatsTally"."n" + excluded."n";
END;

CREATE TRIGGER "stats_completion_delete" AFTER DELETE ON "CourseCompletion" BEGIN
  INSERT INTO "StatsTally" ("organisationId","kind","courseId","unitId","gender","audience","bucket","n")
    SELECT u."organisationId", e.kind, e."courseId", u."unitId", COALESCE(u."gender", ''), u."audience", e.bucket, -1
    FROM "User" u, (SELECT kind, "courseId", bucket FROM (SELECT 'completion' AS kind, OLD."courseId" AS "courseId", (strftime('%Y', datetime(OLD."completedAt", CASE WHEN strftime('%m', OLD."completedAt") IN ('03','06','09') THEN '+2 hours' ELSE '+1 hours' END)) || '-K' || ((CAST(strftime('%m', datetime(OLD."completedAt", CASE WHEN strftime('%m', OLD."completedAt") IN ('03','06','09') THEN '+2 hours' ELSE '+1 hours' END)) AS INTEGER) + 2) / 3)) AS bucket
      UNION ALL SELECT 'done', OLD."courseId", '' FROM "Assignment" a
        WHERE a."userId" = OLD."userId" AND a."courseId" = OLD."courseId" AND a."withdrawnAt" IS NULL
      UNION ALL SELECT 'first', '', (strftime('%Y', datetime(OLD."completedAt", CASE WHEN strftime('%m', OLD."completedAt") IN ('03','06','09') THEN '+2 hours' ELSE '+1 hours' END)) || '-K' || ((CAST(strftime('%m', datetime(OLD."completedAt", CASE WHEN strftime('%m', OLD."completedAt") IN ('03','06','09') THEN '+2 hours' ELSE '+1 hours' END)) AS INTEGER) + 2) / 3))
        WHERE NOT EXISTS (SELECT 1 FROM "CourseCompletion" c WHERE c."userId" = OLD."userId" AND c."id" <> OLD."id" AND c."completedAt" <= OLD."completedAt")) e0
      UNION ALL SELECT kind, '*', bucket FROM (SELECT 'completion' AS kind, OLD."courseId" AS "courseId", (strftime('%Y', datetime(OLD."completedAt", CASE WHEN strftime('%m', OLD."completedAt") IN ('03','06','09') THEN '+2 hours' ELSE '+1 hours' END)) || '-K' || ((CAST(strftime('%m', datetime(OLD."completedAt", CASE WHEN strftime('%m', OLD."completedAt") IN ('03','06','09') THEN '+2 hours' ELSE '+1 hours' END)) AS INTEGER) + 2) / 3)) AS bucket
      UNION ALL SELECT 'done', OLD."courseId", '' FROM "Assignment" a
        WHERE a."userId" = OLD."userId" AND a."courseId" = OLD."courseId" AND a."withdrawnAt" IS NULL
      UNION ALL SELECT 'first', '', (strftime('%Y', datetime(OLD."completedAt", CASE WHEN strftime('%m', OLD."completedAt") IN ('03','06','09') THEN '+2 hours' ELSE '+1 hours' END)) || '-K' || ((CAST(strftime('%m', datetime(OLD."completedAt", CASE WHEN strftime('%m', OLD."completedAt") IN ('03','06','09') THEN '+2 hours' ELSE '+1 hours' END)) AS INTEGER) + 2) / 3))
        WHERE NOT EXISTS (SELECT 1 FROM "CourseCompletion" c WHERE c."userId" = OLD."userId" AND c."id" <> OLD."id" AND c."completedAt" <= OLD."completedAt")) e1 WHERE e1."courseId" <> '') e
    WHERE u."id" = OLD."userId" AND u."active" AND u."unitId" IS NOT NULL AND EXISTS (SELECT 1 FROM "Organisation" o WHERE o."id" = u."organisationId")
    ON CONFLICT ("organisationId","kind","courseId","unitId","gender","audience","bucket") DO UPDATE SET "n" = "StatsTally"."n" + excluded."n";
  INSERT INTO "StatsTally" ("organisationId","kind","courseId","unitId","gender","audience","bucket","n")
    SELECT u."organisationId", e.kind, e."courseId", u."unitId", COALESCE(u."gender", ''), u."audience", e.bucket, 1
    FROM "User" u, (SELECT kind, "courseId", bucket FROM (SELECT 'pending' AS kind, OLD."courseId" AS "courseId", strftime('%Y-%m-%dT%H:%M:%f', a."dueAt") AS bucket FROM "Assignment" a
        WHERE a."userId" = OLD."userId" AND a."courseId" = OLD."courseId" AND a."withdrawnAt" IS NULL AND a."dueAt" IS NOT NULL
      UNION ALL SELECT 'first', '', (strftime('%Y', datetime(m.t, CASE WHEN strftime('%m', m.t) IN ('03','06','09') THEN '+2 hours' ELSE '+1 hours' END)) || '-K' || ((CAST(strftime('%m', datetime(m.t, CASE WHEN strftime('%m', m.t) IN ('03','06','09') THEN '+2 hours' ELSE '+1 hours' END)) AS INTEGER) + 2) / 3)) FROM (SELECT MIN(c."completedAt") AS t FROM "CourseCompletion" c
        WHERE c."userId" = OLD."userId" AND c."id" <> OLD."id") m WHERE m.t IS NOT NULL AND OLD."completedAt" < m.t) e0
      UNION ALL SELECT kind, '*', bucket FROM (SELECT 'pending' AS kind, OLD."courseId" AS "courseId", strftime('%Y-%m-%dT%H:%M:%f', a."dueAt") AS bucket FROM "Assignment" a
        WHERE a."userId" = OLD."userId" AND a."courseId" = OLD."courseId" AND a."withdrawnAt" IS NULL AND a."dueAt" IS NOT NULL
      UNION ALL SELECT 'first', '', (strftime('%Y', datetime(m.t, CASE WHEN strftime('%m', m.t) IN ('03','06','09') THEN '+2 hours' ELSE '+1 hours' END)) || '-K' || ((CAST(strftime('%m', datetime(m.t, CASE WHEN strftime('%m', m.t) IN ('03','06','09') THEN '+2 hours' ELSE '+1 hours' END)) AS INTEGER) + 2) / 3)) FROM (SELECT MIN(c."completedAt") AS t FROM "CourseCompletion" c
        WHERE c."userId" = OLD."userId" AND c."id" <> OLD."id") m WHERE m.t IS NOT NULL AND OLD."completedAt" < m.t) e1 WHERE e1."courseId" <> '') e
    WHERE u."id" = OLD."userId" AND u."active" AND u."unitId" IS NOT NULL AND EXISTS (SELECT 1 FROM "Organisation" o WHERE o."id" = u."organisationId")
    ON CONFLICT ("organisationId","kind","courseId","unitId","gender","audience","bucket") DO UPDATE SET "n" = "StatsTally"."n" + excluded."n";
END;

-- A deleted course takes its completions first, while its assignments are still there to show
-- which were done (PostgreSQL runs the cascades' own triggers only after both are gone).
CREATE TRIGGER "stats_course_delete" BEFORE DELETE ON "Course" BEGIN
  DELETE FROM "CourseCompletion" WHERE "courseId" = OLD."id";
END;

-- The totals of the people, assignments and completions already there (the same query as
-- recomputeSql in lib/data/stats-tally.ts).
INSERT INTO "StatsTally" ("organisationId", "unitId", "gender", "audience", "kind", "courseId", "bucket", "n")
SELECT * FROM (
SELECT * FROM (
SELECT u."organisationId" AS "organisationId", u."unitId" AS "unitId", COALESCE(u."gender", '') AS gender, u."audience" AS audience, 'people' AS kind, '' AS "courseId", '' AS bucket, COUNT(*) AS n
  FROM "User" u WHERE u."active" = 1 AND u."unitId" IS NOT NULL  GROUP BY u."organisationId", u."unitId", u."gender", u."audience"
UNION ALL
SELECT u."organisationId", u."unitId", COALESCE(u."gender", ''), u."audience", 'assigned', a."courseId", '', COUNT(*)
  FROM "Assignment" a JOIN "User" u ON u."id" = a."userId"
  WHERE u."active" = 1 AND u."unitId" IS NOT NULL  AND a."withdrawnAt" IS NULL
  GROUP BY u."organisationId", u."unitId", u."gender", u."audience", a."courseId"
UNION ALL
SELECT u."organisationId", u."unitId", COALESCE(u."gender", ''), u."audience", CASE WHEN c."id" IS NULL THEN 'pending' ELSE 'done' END, a."courseId",
    CASE WHEN c."id" IS NULL THEN strftime('%Y-%m-%dT%H:%M:%f', a."dueAt") ELSE '' END, COUNT(*)
  FROM "Assignment" a JOIN "User" u ON u."id" = a."userId"
  LEFT JOIN "CourseCompletion" c ON c."userId" = a."userId" AND c."courseId" = a."courseId"
  WHERE u."active" = 1 AND u."unitId" IS NOT NULL  AND a."withdrawnAt" IS NULL AND (c."id" IS NOT NULL OR a."dueAt" IS NOT NULL)
  GROUP BY u."organisationId", u."unitId", u."gender", u."audience", a."courseId",
    CASE WHEN c."id" IS NULL THEN 'pending' ELSE 'done' END, CASE WHEN c."id" IS NULL THEN strftime('%Y-%m-%dT%H:%M:%f', a."dueAt") ELSE '' END
UNION ALL
SELECT u."organisationId", u."unitId", COALESCE(u."gender", ''), u."audience", 'completion', c."courseId", (strftime('%Y', datetime(c."completedAt", CASE WHEN strftime('%m', c."completedAt") IN ('03','06','09') THEN '+2 hours' ELSE '+1 hours' END)) || '-K' || ((CAST(strftime('%m', datetime(c."completedAt", CASE WHEN strftime('%m', c."completedAt") IN ('03','06','09') THEN '+2 hours' ELSE '+1 hours' END)) AS INTEGER) + 2) / 3)), COUNT(*)
  FROM "CourseCompletion" c JOIN "User" u ON u."id" = c."userId"
  WHERE u."active" = 1 AND u."unitId" IS NOT NULL 
  GROUP BY u."organisationId", u."unitId", u."gender", u."audience", c."courseId", (strftime('%Y', datetime(c."completedAt", CASE WHEN strftime('%m', c."completedAt") IN ('03','06','09') THEN '+2 hours' ELSE '+1 hours' END)) || '-K' || ((CAST(strftime('%m', datetime(c."completedAt", CASE WHEN strftime('%m', c."completedAt") IN ('03','06','09') THEN '+2 hours' ELSE '+1 hours' END)) AS INTEGER) + 2) / 3))
UNION ALL
SELECT u."organisationId", u."unitId", COALESCE(u."gender", ''), u."audience", 'first', '', (strftime('%Y', datetime(f.t, CASE WHEN strftime('%m', f.t) IN ('03','06','09') THEN '+2 hours' ELSE '+1 hours' END)) || '-K' || ((CAST(strftime('%m', datetime(f.t, CASE WHEN strftime('%m', f.t) IN ('03','06','09') THEN '+2 hours' ELSE '+1 hours' END)) AS INTEGER) + 2) / 3)), COUNT(*)
  FROM (SELECT c."userId", MIN(c."completedAt") AS t FROM "CourseCompletion" c GROUP BY c."userId") f
  JOIN "User" u ON u."id" = f."userId"
  WHERE u."active" = 1 AND u."unitId" IS NOT NULL 
  GROUP BY u."organisationId", u."unitId", u."gender", u."audience", (strftime('%Y', datetime(f.t, CASE WHEN strftime('%m', f.t) IN ('03','06','09') THEN '+2 hours' ELSE '+1 hours' END)) || '-K' || ((CAST(strftime('%m', datetime(f.t, CASE WHEN strftime('%m', f.t) IN ('03','06','09') THEN '+2 hours' ELSE '+1 hours' END)) AS INTEGER) + 2) / 3))) c
UNION ALL
SELECT "organisationId", "unitId", gender, audience, kind, '*', bucket, SUM(n)
  FROM (
SELECT u."organisationId" AS "organisationId", u."unitId" AS "unitId", COALESCE(u."gender", '') AS gender, u."audience" AS audience, 'people' AS kind, '' AS "courseId", '' AS bucket, COUNT(*) AS n
  FROM "User" u WHERE u."active" = 1 AND u."unitId" IS NOT NULL  GROUP BY u."organisationId", u."unitId", u."gender", u."audience"
UNION ALL
SELECT u."organisationId", u."unitId", COALESCE(u."gender", ''), u."audience", 'assigned', a."courseId", '', COUNT(*)
  FROM "Assignment" a JOIN "User" u ON u."id" = a."userId"
  WHERE u."active" = 1 AND u."unitId" IS NOT NULL  AND a."withdrawnAt" IS NULL
  GROUP BY u."organisationId", u."unitId", u."gender", u."audience", a."courseId"
UNION ALL
SELECT u."organisationId", u."unitId", COALESCE(u."gender", ''), u."audience", CASE WHEN c."id" IS NULL THEN 'pending' ELSE 'done' END, a."courseId",
    CASE WHEN c."id" IS NULL THEN strftime('%Y-%m-%dT%H:%M:%f', a."dueAt") ELSE '' END, COUNT(*)
  FROM "Assignment" a JOIN "User" u ON u."id" = a."userId"
  LEFT JOIN "CourseCompletion" c ON c."userId" = a."userId" AND c."courseId" = a."courseId"
  WHERE u."active" = 1 AND u."unitId" IS NOT NULL  AND a."withdrawnAt" IS NULL AND (c."id" IS NOT NULL OR a."dueAt" IS NOT NULL)
  GROUP BY u."organisationId", u."unitId", u."gender", u."audience", a."courseId",
    CASE WHEN c."id" IS NULL THEN 'pending' ELSE 'done' END, CASE WHEN c."id" IS NULL THEN strftime('%Y-%m-%dT%H:%M:%f', a."dueAt") ELSE '' END
UNION ALL
SELECT u."organisationId", u."unitId", COALESCE(u."gender", ''), u."audience", 'completion', c."courseId", (strftime('%Y', datetime(c."completedAt", CASE WHEN strftime('%m', c."completedAt") IN ('03','06','09') THEN '+2 hours' ELSE '+1 hours' END)) || '-K' || ((CAST(strftime('%m', datetime(c."completedAt", CASE WHEN strftime('%m', c."completedAt") IN ('03','06','09') THEN '+2 hours' ELSE '+1 hours' END)) AS INTEGER) + 2) / 3)), COUNT(*)
  FROM "CourseCompletion" c JOIN "User" u ON u."id" = c."userId"
  WHERE u."active" = 1 AND u."unitId" IS NOT NULL 
  GROUP BY u."organisationId", u."unitId", u."gender", u."audience", c."courseId", (strftime('%Y', datetime(c."completedAt", CASE WHEN strftime('%m', c."completedAt") IN ('03','06','09') THEN '+2 hours' ELSE '+1 hours' END)) || '-K' || ((CAST(strftime('%m', datetime(c."completedAt", CASE WHEN strftime('%m', c."completedAt") IN ('03','06','09') THEN '+2 hours' ELSE '+1 hours' END)) AS INTEGER) + 2) / 3))
UNION ALL
SELECT u."organisationId", u."unitId", COALESCE(u."gender", ''), u."audience", 'first', '', (strftime('%Y', datetime(f.t, CASE WHEN strftime('%m', f.t) IN ('03','06','09') THEN '+2 hours' ELSE '+1 hours' END)) || '-K' || ((CAST(strftime('%m', datetime(f.t, CASE WHEN strftime('%m', f.t) IN ('03','06','09') THEN '+2 hours' ELSE '+1 hours' END)) AS INTEGER) + 2) / 3)), COUNT(*)
  FROM (SELECT c."userId", MIN(c."completedAt") AS t FROM "CourseCompletion" c GROUP BY c."userId") f
  JOIN "User" u ON u."id" = f."userId"
  WHERE u."active" = 1 AND u."unitId" IS NOT NULL 
  GROUP BY u."organisationId", u."unitId", u."gender", u."audience", (strftime('%Y', datetime(f.t, CASE WHEN strftime('%m', f.t) IN ('03','06','09') THEN '+2 hours' ELSE '+1 hours' END)) || '-K' || ((CAST(strftime('%m', datetime(f.t, CASE WHEN strftime('%m', f.t) IN ('03','06','09') THEN '+2 hours' ELSE '+1 hours' END)) AS INTEGER) + 2) / 3))) c WHERE "courseId" <> ''
  GROUP BY "organisationId", "unitId", gender, audience, kind, bucket
) r;
