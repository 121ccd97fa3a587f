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

    CONSTRAINT "StatsTally_pkey" PRIMARY KEY ("organisationId","kind","courseId","unitId","gender","audience","bucket")
);

-- AddForeignKey
ALTER TABLE "StatsTally" ADD CONSTRAINT "StatsTally_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Kept totals (see "StatsTally" in schema.prisma): every write to people, assignments and
-- completions updates them in the same transaction, adding or subtracting (an upsert either way, so
-- a subtraction from a row that was merged away leaves a negative row that still sums right).
-- Nothing is counted while the organisation itself is being deleted. A trigger
-- on a person's assignment or completion first takes a share lock on the person's row, so that a
-- concurrent move of the person waits for it (or it for the move) and counts it in the right group.

-- The Swedish quarter of a UTC time ("2026-K4"): quarters begin at midnight in Swedish time, which
-- is UTC+1 at New Year and UTC+2 at the other three.
CREATE FUNCTION stats_quarter(t timestamp(3)) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT to_char(l, 'YYYY') || '-K' || extract(quarter FROM l)::int
  FROM (SELECT t + CASE WHEN extract(month FROM t) IN (3, 6, 9) THEN interval '2 hours' ELSE interval '1 hour' END AS l) x
$$;

-- A due time as sortable text, the same as SQLite's strftime('%Y-%m-%dT%H:%M:%f').
CREATE FUNCTION stats_due(t timestamp(3)) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT to_char(t, 'YYYY-MM-DD"T"HH24:MI:SS.MS')
$$;

CREATE FUNCTION "stats_user_insert"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "StatsTally" ("organisationId","kind","courseId","unitId","gender","audience","bucket","n")
    SELECT NEW."organisationId", t.kind, t."courseId", NEW."unitId", COALESCE(NEW."gender"::text, ''), NEW."audience"::text, t.bucket, SUM(t.n)
    FROM (SELECT '' AS "courseId", 'people' AS kind, '' AS bucket, 1 AS n
      UNION ALL SELECT a."courseId", 'assigned', '', 1 FROM "Assignment" a WHERE a."userId" = NEW."id" AND a."withdrawnAt" IS NULL
      UNION ALL SELECT a."courseId", CASE WHEN c."id" IS NULL THEN 'pending' ELSE 'done' END,
          CASE WHEN c."id" IS NULL THEN stats_due(a."dueAt") ELSE '' END, 1
        FROM "Assignment" a LEFT JOIN "CourseCompletion" c ON c."userId" = a."userId" AND c."courseId" = a."courseId"
        WHERE a."userId" = NEW."id" AND a."withdrawnAt" IS NULL AND (c."id" IS NOT NULL OR a."dueAt" IS NOT NULL)
      UNION ALL SELECT c."courseId", 'completion', stats_quarter(c."completedAt"), 1 FROM "CourseCompletion" c WHERE c."userId" = NEW."id"
      UNION ALL SELECT '', 'first', stats_quarter(MIN(c."completedAt")), 1 FROM "CourseCompletion" c WHERE c."userId" = NEW."id" HAVING COUNT(*) > 0) t
    WHERE NEW."active" AND NEW."unitId" IS NOT NULL AND EXISTS (SELECT 1 FROM "Organisation" o WHERE o."id" = NEW."organisationId")
    GROUP BY t.kind, t."courseId", t.bucket
    ON CONFLICT ("organisationId","kind","courseId","unitId","gender","audience","bucket") DO UPDATE SET "n" = "StatsTally"."n" + excluded."n";
  RETURN NULL;
END $$;

CREATE TRIGGER "stats_user_insert" AFTER INSERT ON "User" FOR EACH ROW EXECUTE FUNCTION "stats_user_insert"();

CREATE FUNCTION "stats_user_update"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "StatsTally" ("organisationId","kind","courseId","unitId","gender","audience","bucket","n")
    SELECT OLD."organisationId", t.kind, t."courseId", OLD."unitId", COALESCE(OLD."gender"::text, ''), OLD."audience"::text, t.bucket, -SUM(t.n)
    FROM (SELECT '' AS "courseId", 'people' AS kind, '' AS bucket, 1 AS n
      UNION ALL SELECT a."courseId", 'assigned', '', 1 FROM "Assignment" a WHERE a."userId" = OLD."id" AND a."withdrawnAt" IS NULL
      UNION ALL SELECT a."courseId", CASE WHEN c."id" IS NULL THEN 'pending' ELSE 'done' END,
          CASE WHEN c."id" IS NULL THEN stats_due(a."dueAt") ELSE '' END, 1
        FROM "Assignment" a LEFT JOIN "CourseCompletion" c ON c."userId" = a."userId" AND c."courseId" = a."courseId"
        WHERE a."userId" = OLD."id" AND a."withdrawnAt" IS NULL AND (c."id" IS NOT NULL OR a."dueAt" IS NOT NULL)
      UNION ALL SELECT c."courseId", 'completion', stats_quarter(c."completedAt"), 1 FROM "CourseCompletion" c WHERE c."userId" = OLD."id"
      UNION ALL SELECT '', 'first', stats_quarter(MIN(c."completedAt")), 1 FROM "CourseCompletion" c WHERE c."userId" = OLD."id" HAVING COUNT(*) > 0) t
    WHERE OLD."active" AND OLD."unitId" IS NOT NULL AND EXISTS (SELECT 1 FROM "Organisation" o WHERE o."id" = OLD."organisationId")
    GROUP BY t.kind, t."courseId", t.bucket
    ON CONFLICT ("organisationId","kind","courseId","unitId","gender","audience","bucket") DO UPDATE SET "n" = "StatsTally"."n" + excluded."n";
  INSERT INTO "StatsTally" ("organisationId","kind","courseId","unitId","gender","audience","bucket","n")
    SELECT NEW."organisationId", t.kind, t."courseId", NEW."unitId", COALESCE(NEW."gender"::text, ''), NEW."audience"::text, t.bucket, SUM(t.n)
    FROM (SELECT '' AS "courseId", 'people' AS kind, '' AS bucket, 1 AS n
      UNION ALL SELECT a."courseId", 'assigned', '', 1 FROM "Assignment" a WHERE a."userId" = NEW."id" AND a."withdrawnAt" IS NULL
      UNION ALL SELECT a."courseId", CASE WHEN c."id" IS NULL THEN 'pending' ELSE 'done' END,
          CASE WHEN c."id" IS NULL THEN stats_due(a."dueAt") ELSE '' END, 1
        FROM "Assignment" a LEFT JOIN "CourseCompletion" c ON c."userId" = a."userId" AND c."courseId" = a."courseId"
        WHERE a."userId" = NEW."id" AND a."withdrawnAt" IS NULL AND (c."id" IS NOT NULL OR a."dueAt" IS NOT NULL)
      UNION ALL SELECT c."courseId", 'completion', stats_quarter(c."completedAt"), 1 FROM "CourseCompletion" c WHERE c."userId" = NEW."id"
      UNION ALL SELECT '', 'first', stats_quarter(MIN(c."completedAt")), 1 FROM "CourseCompletion" c WHERE c."userId" = NEW."id" HAVING COUNT(*) > 0) t
    WHERE NEW."active" AND NEW."unitId" IS NOT NULL AND EXISTS (SELECT 1 FROM "Organisation" o WHERE o."id" = NEW."organisationId")
    GROUP BY t.kind, t."courseId", t.bucket
    ON CONFLICT ("organisationId","kind","courseId","unitId","gender","audience","bucket") DO UPDATE SET "n" = "StatsTally"."n" + excluded."n";
  RETURN NULL;
END $$;

CREATE TRIGGER "stats_user_update" AFTER UPDATE OF "organisationId", "unitId", "gender", "audience", "active" ON "User"
FOR EACH ROW WHEN (OLD."organisationId" IS DISTINCT FROM NEW."organisationId" OR OLD."unitId" IS DISTINCT FROM NEW."unitId" OR OLD."gender" IS DISTINCT FROM NEW."gender" OR OLD."audience" IS DISTINCT FROM NEW."audience" OR OLD."active" IS DISTINCT FROM NEW."active") EXECUTE FUNCTION "stats_user_update"();

-- Before: the person's assignments and completions (deleted by the cascade) are still there to count.
CREATE FUNCTION "stats_user_delete"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "StatsTally" ("organisationId","kind","courseId","unitId","gender","audience","bucket","n")
    SELECT OLD."organisationId", t.kind, t."courseId", OLD."unitId", COALESCE(OLD."gender"::text, ''), OLD."audience"::text, t.bucket, -SUM(t.n)
    FROM (SELECT '' AS "courseId", 'people' AS kind, '' AS bucket, 1 AS n
      UNION ALL SELECT a."courseId", 'assigned', '', 1 FROM "Assignment" a WHERE a."userId" = OLD."id" AND a."withdrawnAt" IS NULL
      UNION ALL SELECT a."courseId", CASE WHEN c."id" IS NULL THEN 'pending' ELSE 'done' END,
          CASE WHEN c."id" IS NULL THEN stats_due(a."dueAt") ELSE '' END, 1
        FROM "Assignment" a LEFT JOIN "CourseCompletion" c ON c."userId" = a."userId" AND c."courseId" = a."courseId"
        WHERE a."userId" = OLD."id" AND a."withdrawnAt" IS NULL AND (c."id" IS NOT NULL OR a."dueAt" IS NOT NULL)
      UNION ALL SELECT c."courseId", 'completion', stats_quarter(c."completedAt"), 1 FROM "CourseCompletion" c WHERE c."userId" = OLD."id"
      UNION ALL SELECT '', 'first', stats_quarter(MIN(c."completedAt")), 1 FROM "CourseCompletion" c WHERE c."userId" = OLD."id" HAVING COUNT(*) > 0) t
    WHERE OLD."active" AND OLD."unitId" IS NOT NULL AND EXISTS (SELECT 1 FROM "Organisation" o WHERE o."id" = OLD."organisationId")
    GROUP BY t.kind, t."courseId", t.bucket
    ON CONFLICT ("organisationId","kind","courseId","unitId","gender","audience","bucket") DO UPDATE SET "n" = "StatsTally"."n" + excluded."n";
  RETURN OLD;
END $$;
CREATE TRIGGER "stats_user_delete" BEFORE DELETE ON "User" FOR EACH ROW EXECUTE FUNCTION "stats_user_delete"();

CREATE FUNCTION "stats_assignment_insert"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM 1 FROM "User" WHERE "id" = NEW."userId" FOR SHARE;
  INSERT INTO "StatsTally" ("organisationId","kind","courseId","unitId","gender","audience","bucket","n")
    SELECT u."organisationId", e.kind, e."courseId", u."unitId", COALESCE(u."gender"::text, ''), u."audience"::text, e.bucket, 1
    FROM "User" u, (SELECT 'assigned' AS kind, NEW."courseId" AS "courseId", '' AS bucket WHERE NEW."withdrawnAt" IS NULL
      UNION ALL SELECT 'done', NEW."courseId", '' WHERE NEW."withdrawnAt" IS NULL AND EXISTS (SELECT 1 FROM "CourseCompletion" c WHERE c."userId" = NEW."userId" AND c."courseId" = NEW."courseId")
      UNION ALL SELECT 'pending', NEW."courseId", stats_due(NEW."dueAt") WHERE NEW."withdrawnAt" IS NULL AND NEW."dueAt" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "CourseCompletion" c WHERE c."userId" = NEW."userId" AND c."courseId" = NEW."courseId")) e
    WHERE u."id" = NEW."userId" AND u."active" AND u."unitId" IS NOT NULL AND EXISTS (SELECT 1 FROM "Organisation" o WHERE o."id" = u."organisationId")
    ON CONFLICT ("organisationId","kind","courseId","unitId","gender","audience","bucket") DO UPDATE SET "n" = "StatsTally"."n" + excluded."n";
  RETURN NULL;
END $$;

CREATE TRIGGER "stats_assignment_insert" AFTER INSERT ON "Assignment" FOR EACH ROW EXECUTE FUNCTION "stats_assignment_insert"();

CREATE FUNCTION "stats_assignment_update"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM 1 FROM "User" WHERE "id" = OLD."userId" FOR SHARE;
  PERFORM 1 FROM "User" WHERE "id" = NEW."userId" FOR SHARE;
  INSERT INTO "StatsTally" ("organisationId","kind","courseId","unitId","gender","audience","bucket","n")
    SELECT u."organisationId", e.kind, e."courseId", u."unitId", COALESCE(u."gender"::text, ''), u."audience"::text, e.bucket, -1
    FROM "User" u, (SELECT 'assigned' AS kind, OLD."courseId" AS "courseId", '' AS bucket WHERE OLD."withdrawnAt" IS NULL
      UNION ALL SELECT 'done', OLD."courseId", '' WHERE OLD."withdrawnAt" IS NULL AND EXISTS (SELECT 1 FROM "CourseCompletion" c WHERE c."userId" = OLD."userId" AND c."courseId" = OLD."courseId")
      UNION ALL SELECT 'pending', OLD."courseId", stats_due(OLD."dueAt") WHERE OLD."withdrawnAt" IS NULL AND OLD."dueAt" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "CourseCompletion" c WHERE c."userId" = OLD."userId" AND c."courseId" = OLD."courseId")) e
    WHERE u."id" = OLD."userId" AND u."active" AND u."unitId" IS NOT NULL AND EXISTS (SELECT 1 FROM "Organisation" o WHERE o."id" = u."organisationId")
    ON CONFLICT ("organisationId","kind","courseId","unitId","gender","audience","bucket") DO UPDATE SET "n" = "StatsTally"."n" + excluded."n";
  INSERT INTO "StatsTally" ("organisationId","kind","courseId","unitId","gender","audience","bucket","n")
    SELECT u."organisationId", e.kind, e."courseId", u."unitId", COALESCE(u."gender"::text, ''), u."audience"::text, e.bucket, 1
    FROM "User" u, (SELECT 'assigned' AS kind, NEW."courseId" AS "courseId", '' AS bucket WHERE NEW."withdrawnAt" IS NULL
      UNION ALL SELECT 'done', NEW."courseId", '' WHERE NEW."withdrawnAt" IS NULL AND EXISTS (SELECT 1 FROM "CourseCompletion" c WHERE c."userId" = NEW."userId" AND c."courseId" = NEW."courseId")
      UNION ALL SELECT 'pending', NEW."courseId", stats_due(NEW."dueAt") WHERE NEW."withdrawnAt" IS NULL AND NEW."dueAt" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "CourseCompletion" c WHERE c."userId" = NEW."userId" AND c."courseId" = NEW."courseId")) e
    WHERE u."id" = NEW."userId" AND u."active" AND u."unitId" IS NOT NULL AND EXISTS (SELECT 1 FROM "Organisation" o WHERE o."id" = u."organisationId")
    ON CONFLICT ("organisationId","kind","courseId","unitId","gender","audience","bucket") DO UPDATE SET "n" = "StatsTally"."n" + excluded."n";
  RETURN NULL;
END $$;

CREATE TRIGGER "stats_assignment_update" AFTER UPDATE OF "userId", "courseId", "dueAt", "withdrawnAt" ON "Assignment"
FOR EACH ROW WHEN (OLD."userId" IS DISTINCT FROM NEW."userId" OR OLD."courseId" IS DISTINCT FROM NEW."courseId" OR OLD."dueAt" IS DISTINCT FROM NEW."dueAt" OR OLD."withdrawnAt" IS DISTINCT FROM NEW."withdrawnAt") EXECUTE FUNCTION "stats_assignment_update"();

CREATE FUNCTION "stats_assignment_delete"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM 1 FROM "User" WHERE "id" = OLD."userId" FOR SHARE;
  INSERT INTO "StatsTally" ("organisationId","kind","courseId","unitId","gender","audience","bucket","n")
    SELECT u."organisationId", e.kind, e."courseId", u."unitId", COALESCE(u."gender"::text, ''), u."audience"::text, e.bucket, -1
    FROM "User" u, (SELECT 'assigned' AS kind, OLD."courseId" AS "courseId", '' AS bucket WHERE OLD."withdrawnAt" IS NULL
      UNION ALL SELECT 'done', OLD."courseId", '' WHERE OLD."withdrawnAt" IS NULL AND EXISTS (SELECT 1 FROM "CourseCompletion" c WHERE c."userId" = OLD."userId" AND c."courseId" = OLD."courseId")
      UNION ALL SELECT 'pending', OLD."courseId", stats_due(OLD."dueAt") WHERE OLD."withdrawnAt" IS NULL AND OLD."dueAt" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "CourseCompletion" c WHERE c."userId" = OLD."userId" AND c."courseId" = OLD."courseId")) e
    WHERE u."id" = OLD."userId" AND u."active" AND u."unitId" IS NOT NULL AND EXISTS (SELECT 1 FROM "Organisation" o WHERE o."id" = u."organisationId")
    ON CONFLICT ("organisationId","kind","courseId","unitId","gender","audience","bucket") DO UPDATE SET "n" = "StatsTally"."n" + excluded."n";
  RETURN NULL;
END $$;

CREATE TRIGGER "stats_assignment_delete" AFTER DELETE ON "Assignment" FOR EACH ROW EXECUTE FUNCTION "stats_assignment_delete"();

CREATE FUNCTION "stats_completion_insert"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM 1 FROM "User" WHERE "id" = NEW."userId" FOR SHARE;
  INSERT INTO "StatsTally" ("organisationId","kind","courseId","unitId","gender","audience","bucket","n")
    SELECT u."organisationId", e.kind, e."courseId", u."unitId", COALESCE(u."gender"::text, ''), u."audience"::text, e.bucket, 1
    FROM "User" u, (SELECT 'completion' AS kind, NEW."courseId" AS "courseId", stats_quarter(NEW."completedAt") AS bucket
      UNION ALL SELECT 'done', NEW."courseId", '' FROM "Assignment" a
        WHERE a."userId" = NEW."userId" AND a."courseId" = NEW."courseId" AND a."withdrawnAt" IS NULL
      UNION ALL SELECT 'first', '', stats_quarter(NEW."completedAt")
        WHERE NOT EXISTS (SELECT 1 FROM "CourseCompletion" c WHERE c."userId" = NEW."userId" AND c."id" <> NEW."id" AND c."completedAt" <= NEW."completedAt")) e
    WHERE u."id" = NEW."userId" AND u."active" AND u."unitId" IS NOT NULL AND EXISTS (SELECT 1 FROM "Organisation" o WHERE o."id" = u."organisationId")
    ON CONFLICT ("organisationId","kind","courseId","unitId","gender","audience","bucket") DO UPDATE SET "n" = "StatsTally"."n" + excluded."n";
  INSERT INTO "StatsTally" ("organisationId","kind","courseId","unitId","gender","audience","bucket","n")
    SELECT u."organisationId", e.kind, e."courseId", u."unitId", COALESCE(u."gender"::text, ''), u."audience"::text, e.bucket, -1
    FROM "User" u, (SELECT 'pending' AS kind, NEW."courseId" AS "courseId", stats_due(a."dueAt") AS bucket FROM "Assignment" a
        WHERE a."userId" = NEW."userId" AND a."courseId" = NEW."courseId" AND a."withdrawnAt" IS NULL AND a."dueAt" IS NOT NULL
      UNION ALL SELECT 'first', '', stats_quarter(m.t) FROM (SELECT MIN(c."completedAt") AS t FROM "CourseCompletion" c
        WHERE c."userId" = NEW."userId" AND c."id" <> NEW."id") m WHERE m.t IS NOT NULL AND NEW."completedAt" < m.t) e
    WHERE u."id" = NEW."userId" AND u."active" AND u."unitId" IS NOT NULL AND EXISTS (SELECT 1 FROM "Organisation" o WHERE o."id" = u."organisationId")
    ON CONFLICT ("organisationId","kind","courseId","unitId","gender","audience","bucket") DO UPDATE SET "n" = "StatsTally"."n" + excluded."n";
  RETURN NULL;
END $$;

CREATE TRIGGER "stats_completion_insert" AFTER INSERT ON "CourseCompletion" FOR EACH ROW EXECUTE FUNCTION "stats_completion_insert"();

CREATE FUNCTION "stats_completion_update"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM 1 FROM "User" WHERE "id" = OLD."userId" FOR SHARE;
  PERFORM 1 FROM "User" WHERE "id" = NEW."userId" FOR SHARE;
  INSERT INTO "StatsTally" ("organisationId","kind","courseId","unitId","gender","audience","bucket","n")
    SELECT u."organisationId", e.kind, e."courseId", u."unitId", COALESCE(u."gender"::text, ''), u."audience"::text, e.bucket, -1
    FROM "User" u, (SELECT 'completion' AS kind, OLD."courseId" AS "courseId", stats_quarter(OLD."completedAt") AS bucket
      UNION ALL SELECT 'done', OLD."courseId", '' FROM "Assignment" a
        WHERE a."userId" = OLD."userId" AND a."courseId" = OLD."courseId" AND a."withdrawnAt" IS NULL
      UNION ALL SELECT 'first', '', stats_quarter(OLD."completedAt")
        WHERE NOT EXISTS (SELECT 1 FROM "CourseCompletion" c WHERE c."userId" = OLD."userId" AND c."id" <> OLD."id" AND c."completedAt" <= OLD."completedAt")) e
    WHERE u."id" = OLD."userId" AND u."active" AND u."unitId" IS NOT NULL AND EXISTS (SELECT 1 FROM "Organisation" o WHERE o."id" = u."organisationId")
    ON CONFLICT ("organisationId","kind","courseId","unitId","gender","audience","bucket") DO UPDATE SET "n" = "StatsTally"."n" + excluded."n";
  INSERT INTO "StatsTally" ("organisationId","kind","courseId","unitId","gender","audience","bucket","n")
    SELECT u."organisationId", e.kind, e."courseId", u."unitId", COALESCE(u."gender"::text, ''), u."audience"::text, e.bucket, 1
    FROM "User" u, (SELECT 'pending' AS kind, OLD."courseId" AS "courseId", stats_due(a."dueAt") AS bucket FROM "Assignment" a
        WHERE a."userId" = OLD."userId" AND a."courseId" = OLD."courseId" AND a."withdrawnAt" IS NULL AND a."dueAt" IS NOT NULL
      UNION ALL SELECT 'first', '', stats_quarter(m.t) FROM (SELECT MIN(c."completedAt") AS t FROM "CourseCompletion" c
        WHERE c."userId" = OLD."userId" AND c."id" <> OLD."id") m WHERE m.t IS NOT NULL AND OLD."completedAt" < m.t) e
    WHERE u."id" = OLD."userId" AND u."active" AND u."unitId" IS NOT NULL AND EXISTS (SELECT 1 FROM "Organisation" o WHERE o."id" = u."organisationId")
    ON CONFLICT ("organisationId","kind","courseId","unitId","gender","audience","bucket") DO UPDATE SET "n" = "StatsTally"."n" + excluded."n";
  INSERT INTO "StatsTally" ("organisationId","kind","courseId","unitId","gender","audience","bucket","n")
    SELECT u."organisationId", e.kind, e."courseId", u."unitId", COALESCE(u."gender"::text, ''), u."audience"::text, e.bucket, 1
    FROM "User" u, (SELECT 'completion' AS kind, NEW."courseId" AS "courseId", stats_quarter(NEW."completedAt") AS bucket
      UNION ALL SELECT 'done', NEW."courseId", '' FROM "Assignment" a
        WHERE a."userId" = NEW."userId" AND a."courseId" = NEW."courseId" AND a."withdrawnAt" IS NULL
      UNION ALL SELECT 'first', '', stats_quarter(NEW."completedAt")
        WHERE NOT EXISTS (SELECT 1 FROM "CourseCompletion" c WHERE c."userId" = NEW."userId" AND c."id" <> NEW."id" AND c."completedAt" <= NEW."completedAt")) e
    WHERE u."id" = NEW."userId" AND u."active" AND u."unitId" IS NOT NULL AND EXISTS (SELECT 1 FROM "Organisation" o WHERE o."id" = u."organisationId")
    ON CONFLICT ("organisationId","kind","courseId","unitId","gender","audience","bucket") DO UPDATE SET "n" = "StatsTally"."n" + excluded."n";
  INSERT INTO "StatsTally" ("organisationId","kind","courseId","unitId","gender","audience","bucket","n")
    SELECT u."organisationId", e.kind, e."courseId", u."unitId", COALESCE(u."gender"::text, ''), u."audience"::text, e.bucket, -1
    FROM "User" u, (SELECT 'pending' AS kind, NEW."courseId" AS "courseId", stats_due(a."dueAt") AS bucket FROM "Assignment" a
        WHERE a."userId" = NEW."userId" AND a."courseId" = NEW."courseId" AND a."withdrawnAt" IS NULL AND a."dueAt" IS NOT NULL
      UNION ALL SELECT 'first', '', stats_quarter(m.t) FROM (SELECT MIN(c."completedAt") AS t FROM "CourseCompletion" c
        WHERE c."userId" = NEW."userId" AND c."id" <> NEW."id") m WHERE m.t IS NOT NULL AND NEW."completedAt" < m.t) e
    WHERE u."id" = NEW."userId" AND u."active" AND u."unitId" IS NOT NULL AND EXISTS (SELECT 1 FROM "Organisation" o WHERE o."id" = u."organisationId")
    ON CONFLICT ("organisationId","kind","courseId","unitId","gender","audience","bucket") DO UPDATE SET "n" = "StatsTally"."n" + excluded."n";
  RETURN NULL;
END $$;

CREATE TRIGGER "stats_completion_update" AFTER UPDATE OF "userId", "courseId", "completedAt" ON "CourseCompletion"
FOR EACH ROW WHEN (OLD."userId" IS DISTINCT FROM NEW."userId" OR OLD."courseId" IS DISTINCT FROM NEW."courseId" OR OLD."completedAt" IS DISTINCT FROM NEW."completedAt") EXECUTE FUNCTION "stats_completion_update"();

CREATE FUNCTION "stats_completion_delete"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM 1 FROM "User" WHERE "id" = OLD."userId" FOR SHARE;
  INSERT INTO "StatsTally" ("organisationId","kind","courseId","unitId","gender","audience","bucket","n")
    SELECT u."organisationId", e.kind, e."courseId", u."unitId", COALESCE(u."gender"::text, ''), u."audience"::text, e.bucket, -1
    FROM "User" u, (SELECT 'completion' AS kind, OLD."courseId" AS "courseId", stats_quarter(OLD."completedAt") AS bucket
      UNION ALL SELECT 'done', OLD."courseId", '' FROM "Assignment" a
        WHERE a."userId" = OLD."userId" AND a."courseId" = OLD."courseId" AND a."withdrawnAt" IS NULL
      UNION ALL SELECT 'first', '', stats_quarter(OLD."completedAt")
        WHERE NOT EXISTS (SELECT 1 FROM "CourseCompletion" c WHERE c."userId" = OLD."userId" AND c."id" <> OLD."id" AND c."completedAt" <= OLD."completedAt")) e
    WHERE u."id" = OLD."userId" AND u."active" AND u."unitId" IS NOT NULL AND EXISTS (SELECT 1 FROM "Organisation" o WHERE o."id" = u."organisationId")
    ON CONFLICT ("organisationId","kind","courseId","unitId","gender","audience","bucket") DO UPDATE SET "n" = "StatsTally"."n" + excluded."n";
  INSERT INTO "StatsTally" ("organisationId","kind","courseId","unitId","gender","audience","bucket","n")
    SELECT u."organisationId", e.kind, e."courseId", u."unitId", COALESCE(u."gender"::text, ''), u."audience"::text, e.bucket, 1
    FROM "User" u, (SELECT 'pending' AS kind, OLD."courseId" AS "courseId", stats_due(a."dueAt") AS bucket FROM "Assignment" a
        WHERE a."userId" = OLD."userId" AND a."courseId" = OLD."courseId" AND a."withdrawnAt" IS NULL AND a."dueAt" IS NOT NULL
      UNION ALL SELECT 'first', '', stats_quarter(m.t) FROM (SELECT MIN(c."completedAt") AS t FROM "CourseCompletion" c
        WHERE c."userId" = OLD."userId" AND c."id" <> OLD."id") m WHERE m.t IS NOT NULL AND OLD."completedAt" < m.t) e
    WHERE u."id" = OLD."userId" AND u."active" AND u."unitId" IS NOT NULL AND EXISTS (SELECT 1 FROM "Organisation" o WHERE o."id" = u."organisationId")
    ON CONFLICT ("organisationId","kind","courseId","unitId","gender","audience","bucket") DO UPDATE SET "n" = "StatsTally"."n" + excluded."n";
  RETURN NULL;
END $$;

CREATE TRIGGER "stats_completion_delete" AFTER DELETE ON "CourseCompletion" FOR EACH ROW EXECUTE FUNCTION "stats_completion_delete"();

-- A deleted course takes its completions first, while its assignments are still there to show
-- which were done: the cascades' own triggers run only after both are gone, when neither could tell.
CREATE FUNCTION "stats_course_delete"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "CourseCompletion" WHERE "courseId" = OLD."id";
  RETURN OLD;
END $$;
CREATE TRIGGER "stats_course_delete" BEFORE DELETE ON "Course" FOR EACH ROW EXECUTE FUNCTION "stats_course_delete"();

-- The totals of the people, assignments and completions already there (the same query as
-- recomputeSql in lib/data/stats-tally.ts).
INSERT INTO "StatsTally" ("organisationId", "unitId", "gender", "audience", "kind", "courseId", "bucket", "n")
SELECT * FROM (
SELECT u."organisationId" AS "organisationId", u."unitId" AS "unitId", COALESCE(u."gender"::text, '') AS gender, u."audience"::text AS audience, 'people' AS kind, '' AS "courseId", '' AS bucket, COUNT(*) AS n
  FROM "User" u WHERE u."active" = true AND u."unitId" IS NOT NULL  GROUP BY u."organisationId", u."unitId", u."gender", u."audience"
UNION ALL
SELECT u."organisationId", u."unitId", COALESCE(u."gender"::text, ''), u."audience"::text, 'assigned', a."courseId", '', COUNT(*)
  FROM "Assignment" a JOIN "User" u ON u."id" = a."userId"
  WHERE u."active" = true AND u."unitId" IS NOT NULL  AND a."withdrawnAt" IS NULL
  GROUP BY u."organisationId", u."unitId", u."gender", u."audience", a."courseId"
UNION ALL
SELECT u."organisationId", u."unitId", COALESCE(u."gender"::text, ''), u."audience"::text, CASE WHEN c."id" IS NULL THEN 'pending' ELSE 'done' END, a."courseId",
    CASE WHEN c."id" IS NULL THEN stats_due(a."dueAt") ELSE '' END, COUNT(*)
  FROM "Assignment" a JOIN "User" u ON u."id" = a."userId"
  LEFT JOIN "CourseCompletion" c ON c."userId" = a."userId" AND c."courseId" = a."courseId"
  WHERE u."active" = true AND u."unitId" IS NOT NULL  AND a."withdrawnAt" IS NULL AND (c."id" IS NOT NULL OR a."dueAt" IS NOT NULL)
  GROUP BY u."organisationId", u."unitId", u."gender", u."audience", a."courseId",
    CASE WHEN c."id" IS NULL THEN 'pending' ELSE 'done' END, CASE WHEN c."id" IS NULL THEN stats_due(a."dueAt") ELSE '' END
UNION ALL
SELECT u."organisationId", u."unitId", COALESCE(u."gender"::text, ''), u."audience"::text, 'completion', c."courseId", stats_quarter(c."completedAt"), COUNT(*)
  FROM "CourseCompletion" c JOIN "User" u ON u."id" = c."userId"
  WHERE u."active" = true AND u."unitId" IS NOT NULL 
  GROUP BY u."organisationId", u."unitId", u."gender", u."audience", c."courseId", stats_quarter(c."completedAt")
UNION ALL
SELECT u."organisationId", u."unitId", COALESCE(u."gender"::text, ''), u."audience"::text, 'first', '', stats_quarter(f.t), COUNT(*)
  FROM (SELECT c."userId", MIN(c."completedAt") AS t FROM "CourseCompletion" c GROUP BY c."userId") f
  JOIN "User" u ON u."id" = f."userId"
  WHERE u."active" = true AND u."unitId" IS NOT NULL 
  GROUP BY u."organisationId", u."unitId", u."gender", u."audience", stats_quarter(f.t)
) r;
