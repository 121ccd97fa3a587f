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

-- CreateIndex
CREATE INDEX "StatsTally_organisationId_kind_courseId_bucket_idx" ON "StatsTally"("organisationId", "kind", "courseId", "bucket");

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


CREATE FUNCTION "stats_user_update"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "StatsTally" ("organisationId","kind","courseId","unitId","gender","audience","bucket","n")
    SELECT OLD."organisationId", t.kind, t."courseId", OLD."unitId", COALESCE(OLD."gender"::text, ''), OLD."audience"::text, t.bucket, -SUM(t.n)
    FROM (SELECT kind, "courseId", bucket, n FROM (SELECT '' AS "courseId", 'people' AS kind, '' AS bucket, 1 AS n
      UNION ALL SELECT a."courseId", 'assigned', '', 1 FROM "Assignment" a WHERE a."userId" = OLD."id" AND a."withdrawnAt" IS NULL
      UNION ALL SELECT a."courseId", CASE WHEN c."id" IS NULL THEN 'pending' ELSE 'done' END,
          CASE WHEN c."id" IS NULL THEN stats_due(a."dueAt") ELSE '' END, 1
        FROM "Assignment" a LEFT JOIN "CourseCompletion" c ON c."userId" = a."userId" AND c."courseId" = a."courseId"
        WHERE a."userId" = OLD."id" AND a."withdrawnAt" IS NULL AND (c."id" IS NOT NULL OR a."dueAt" IS NOT NULL)
      UNION ALL SELECT c."courseId", 'completion', stats_quarter(c."completedAt"), 1 FROM "CourseCompletion" c WHERE c."userId" = OLD."id"
      UNION ALL SELECT '', 'first', stats_quarter(MIN(c."completedAt")), 1 FROM "CourseCompletion" c WHERE c."userId" = OLD."id" HAVING COUNT(*) > 0) e0
      UNION ALL SELECT kind, '*', bucket, n FROM (SELECT '' AS "courseId", 'people' AS kind, '' AS bucket, 1 AS n
      UNION ALL SELECT a."courseId", 'assigned', '', 1 FROM "Assignment" a WHERE a."userId" = OLD."id" AND a."withdrawnAt" IS NULL
      UNION ALL SELECT a."courseId", CASE WHEN c."id" IS NULL THEN 'pending' ELSE 'done' END,
          CASE WHEN c."id" IS NULL THEN stats_due(a."dueAt") ELSE '' END, 1
        FROM "Assignment" a LEFT JOIN "CourseCompletion" c ON c."userId" = a."userId" AND c."courseId" = a."courseId"
        WHERE a."userId" = OLD."id" AND a."withdrawnAt" IS NULL AND (c."id" IS NOT NULL OR a."dueAt" IS NOT NULL)
      UNION ALL SELECT c."courseId", 'completion', stats_quarter(c."completedAt"), 1 FROM "CourseCompletion" c WHERE c."userId" = OLD."id"
      UNION ALL SELECT '', 'first', stats_quarter(MIN(c."completedAt")), 1 FROM "CourseCompletion" c WHERE c."userId" = OLD."id" HAVING COUNT(*) > 0) e1 WHERE e1."courseId" <> '') t
    WHERE OLD."active" AND OLD."unitId" IS NOT NULL AND EXISTS (SELECT 1 FROM "Organisation" o WHERE o."id" = OLD."organisationId")
    GROUP BY t.kind, t."courseId", t.bucket
    ON CONFLICT ("organisationId","kind","courseId","unitId","gender","audience","bucket") DO UPDATE SET "n" = "StatsTally"."n" + excluded."n";
  INSERT INTO "StatsTally" ("organisationId","kind","courseId","unitId","gender","audience","bucket","n")
    SELECT NEW."organisationId", t.kind, t."courseId", NEW."unitId", COALESCE(NEW."gender"::text, ''), NEW."audience"::text, t.bucket, SUM(t.n)
    FROM (SELECT kind, "courseId", bucket, n FROM (SELECT '' AS "courseId", 'people' AS kind, '' AS bucket, 1 AS n
      UNION ALL SELECT a."courseId", 'assigned', '', 1 FROM "Assignment" a WHERE a."userId" = NEW."id" AND a."withdrawnAt" IS NULL
      UNION ALL SELECT a."courseId", CASE WHEN c."id" IS NULL THEN 'pending' ELSE 'done' END,
          CASE WHEN c."id" IS NULL THEN stats_due(a."dueAt") ELSE '' END, 1
        FROM "Assignment" a LEFT JOIN "CourseCompletion" c ON c."userId" = a."userId" AND c."courseId" = a."courseId"
        WHERE a."userId" = NEW."id" AND a."withdrawnAt" IS NULL AND (c."id" IS NOT NULL OR a."dueAt" IS NOT NULL)
      UNION ALL SELECT c."courseId", 'completion', stats_quarter(c."completedAt"), 1 FROM "CourseCompletion" c WHERE c."userId" = NEW."id"
      UNION ALL SELECT '', 'first', stats_quarter(MIN(c."completedAt")), 1 FROM "CourseCompletion" c WHERE c."userId" = NEW."id" HAVING COUNT(*) > 0) e0
      UNION ALL SELECT kind, '*', bucket, n FROM (SELECT '' AS "courseId", 'people' AS kind, '' AS bucket, 1 AS n
      UNION ALL SELECT a."courseId", 'assigned', '', 1 FROM "Assignment" a WHERE a."userId" = NEW."id" AND a."withdrawnAt" IS NULL
      UNION ALL SELECT a."courseId", CASE WHEN c."id" IS NULL THEN 'pending' ELSE 'done' END,
          CASE WHEN c."id" IS NULL THEN stats_due(a."dueAt") ELSE '' END, 1
        FROM "Assignment" a LEFT JOIN "CourseCompletion" c ON c."userId" = a."userId" AND c."courseId" = a."courseId"
        WHERE a."userId" = NEW."id" AND a."withdrawnAt" IS NULL AND (c."id" IS NOT NULL OR a."dueAt" IS NOT NULL)
      UNION ALL SELECT c."courseId", 'completion', stats_quarter(c."completedAt"), 1 FROM "CourseCompletion" c WHERE c."userId" = NEW."id"
      UNION ALL SELECT '', 'first', stats_quarter(MIN(c."completedAt")), 1 FROM "CourseCompletion" c WHERE c."userId" = NEW."id" HAVING COUNT(*) > 0) e1 WHERE e1."courseId" <> '') t
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
    FROM (SELECT kind, "courseId", bucket, n FROM (SELECT '' AS "courseId", 'people' AS kind, '' AS bucket, 1 AS n
      UNION ALL SELECT a."courseId", 'assigned', '', 1 FROM "Assignment" a WHERE a."userId" = OLD."id" AND a."withdrawnAt" IS NULL
      UNION ALL SELECT a."courseId", CASE WHEN c."id" IS NULL THEN 'pending' ELSE 'done' END,
          CASE WHEN c."id" IS NULL THEN stats_due(a."dueAt") ELSE '' END, 1
        FROM "Assignment" a LEFT JOIN "CourseCompletion" c ON c."userId" = a."userId" AND c."courseId" = a."courseId"
        WHERE a."userId" = OLD."id" AND a."withdrawnAt" IS NULL AND (c."id" IS NOT NULL OR a."dueAt" IS NOT NULL)
      UNION ALL SELECT c."courseId", 'completion', stats_quarter(c."completedAt"), 1 FROM "CourseCompletion" c WHERE c."userId" = OLD."id"
      UNION ALL SELECT '', 'first', stats_quarter(MIN(c."completedAt")), 1 FROM "CourseCompletion" c WHERE c."userId" = OLD."id" HAVING COUNT(*) > 0) e0
      UNION ALL SELECT kind, '*', bucket, n FROM (SELECT '' AS "courseId", 'people' AS kind, '' AS bucket, 1 AS n
      UNION ALL SELECT a."courseId", 'assigned', '', 1 FROM "Assignment" a WHERE a."userId" = OLD."id" AND a."withdrawnAt" IS NULL
      UNION ALL SELECT a."courseId", CASE WHEN c."id" IS NULL THEN 'pending' ELSE 'done' END,
          CASE WHEN c."id" IS NULL THEN stats_due(a."dueAt") ELSE '' END, 1
        FROM "Assignment" a LEFT JOIN "CourseCompletion" c ON c."userId" = a."userId" AND c."courseId" = a."courseId"
        WHERE a."userId" = OLD."id" AND a."withdrawnAt" IS NULL AND (c."id" IS NOT NULL OR a."dueAt" IS NOT NULL)
      UNION ALL SELECT c."courseId", 'completion', stats_quarter(c."completedAt"), 1 FROM "CourseCompletion" c WHERE c."userId" = OLD."id"
      UNION ALL SELECT '', 'first', stats_quarter(MIN(c."completedAt")), 1 FROM "CourseCompletion" c WHERE c."userId" = OLD."id" HAVING COUNT(*) > 0) e1 WHERE e1."courseId" <> '') t
    WHERE OLD."active" AND OLD."unitId" IS NOT NULL AND EXISTS (SELECT 1 FROM "Organisation" o WHERE o."id" = OLD."organisationId")
    GROUP BY t.kind, t."courseId", t.bucket
    ON CONFLICT ("organisationId","kind","courseId","unitId","gender","audience","bucket") DO UPDATE SET "n" = "StatsTally"."n" + excluded."n";
  RETURN OLD;
END $$;
CREATE TRIGGER "stats_user_delete" BEFORE DELETE ON "User" FOR EACH ROW EXECUTE FUNCTION "stats_user_delete"();


CREATE FUNCTION "stats_assignment_update"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM 1 FROM "User" WHERE "id" = OLD."userId" FOR SHARE;
  PERFORM 1 FROM "User" WHERE "id" = NEW."userId" FOR SHARE;
  INSERT INTO "StatsTally" ("organisationId","kind","courseId","unitId","gender","audience","bucket","n")
    SELECT u."organisationId", e.kind, e."courseId", u."unitId", COALESCE(u."gender"::text, ''), u."audience"::text, e.bucket, -1
    FROM "User" u, (SELECT kind, "courseId", bucket FROM (SELECT 'assigned' AS kind, OLD."courseId" AS "courseId", '' AS bucket WHERE OLD."withdrawnAt" IS NULL
      UNION ALL SELECT 'done', OLD."courseId", '' WHERE OLD."withdrawnAt" IS NULL AND EXISTS (SELECT 1 FROM "CourseCompletion" c WHERE c."userId" = OLD."userId" AND c."courseId" = OLD."courseId")
      UNION ALL SELECT 'pending', OLD."courseId", stats_due(OLD."dueAt") WHERE OLD."withdrawnAt" IS NULL AND OLD."dueAt" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "CourseCompletion" c WHERE c."userId" = OLD."userId" AND c."courseId" = OLD."courseId")) e0
      UNION ALL SELECT kind, '*', bucket FROM (SELECT 'assigned' AS kind, OLD."courseId" AS "courseId", '' AS bucket WHERE OLD."withdrawnAt" IS NULL
      UNION ALL SELECT 'done', OLD."courseId", '' WHERE OLD."withdrawnAt" IS NULL AND EXISTS (SELECT 1 FROM "CourseCompletion" c WHERE c."userId" = OLD."userId" AND c."courseId" = OLD."courseId")
      UNION ALL SELECT 'pending', OLD."courseId", stats_due(OLD."dueAt") WHERE OLD."withdrawnAt" IS NULL AND OLD."dueAt" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "CourseCompletion" c WHERE c."userId" = OLD."userId" AND c."courseId" = OLD."courseId")) e1 WHERE e1."courseId" <> '') e
    WHERE u."id" = OLD."userId" AND u."active" AND u."unitId" IS NOT NULL AND EXISTS (SELECT 1 FROM "Organisation" o WHERE o."id" = u."organisationId")
    ON CONFLICT ("organisationId","kind","courseId","unitId","gender","audience","bucket") DO UPDATE SET "n" = "StatsTally"."n" + excluded."n";
  INSERT INTO "StatsTally" ("organisationId","kind","courseId","unitId","gender","audience","bucket","n")
    SELECT u."organisationId", e.kind, e."courseId", u."unitId", COALESCE(u."gender"::text, ''), u."audience"::text, e.bucket, 1
    FROM "User" u, (SELECT kind, "courseId", bucket FROM (SELECT 'assigned' AS kind, NEW."courseId" AS "courseId", '' AS bucket WHERE NEW."withdrawnAt" IS NULL
      UNION ALL SELECT 'done', NEW."courseId", '' WHERE NEW."withdrawnAt" IS NULL AND EXISTS (SELECT 1 FROM "CourseCompletion" c WHERE c."userId" = NEW."userId" AND c."courseId" = NEW."courseId")
      UNION ALL SELECT 'pending', NEW."courseId", stats_due(NEW."dueAt") WHERE NEW."withdrawnAt" IS NULL AND NEW."dueAt" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "CourseCompletion" c WHERE c."userId" = NEW."userId" AND c."courseId" = NEW."courseId")) e0
      UNION ALL SELECT kind, '*', bucket FROM (SELECT 'assigned' AS kind, NEW."courseId" AS "courseId", '' AS bucket WHERE NEW."withdrawnAt" IS NULL
      UNION ALL SELECT 'done', NEW."courseId", '' WHERE NEW."withdrawnAt" IS NULL AND EXISTS (SELECT 1 FROM "CourseCompletion" c WHERE c."userId" = NEW."userId" AND c."courseId" = NEW."courseId")
      UNION ALL SELECT 'pending', NEW."courseId", stats_due(NEW."dueAt") WHERE NEW."withdrawnAt" IS NULL AND NEW."dueAt" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "CourseCompletion" c WHERE c."userId" = NEW."userId" AND c."courseId" = NEW."courseId")) e1 WHERE e1."courseId" <> '') e
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
    FROM "User" u, (SELECT kind, "courseId", bucket FROM (SELECT 'assigned' AS kind, OLD."courseId" AS "courseId", '' AS bucket WHERE OLD."withdrawnAt" IS NULL
      UNION ALL SELECT 'done', OLD."courseId", '' WHERE OLD."withdrawnAt" IS NULL AND EXISTS (SELECT 1 FROM "CourseCompletion" c WHERE c."userId" = OLD."userId" AND c."courseId" = OLD."courseId")
      UNION ALL SELECT 'pending', OLD."courseId", stats_due(OLD."dueAt") WHERE OLD."withdrawnAt" IS NULL AND OLD."dueAt" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "CourseCompletion" c WHERE c."userId" = OLD."userId" AND c."courseId" = OLD."courseId")) e0
      UNION ALL SELECT kind, '*', bucket FROM (SELECT 'assigned' AS kind, OLD."courseId" AS "courseId", '' AS bucket WHERE OLD."withdrawnAt" IS NULL
      UNION ALL SELECT 'done', OLD."courseId", '' WHERE OLD."withdrawnAt" IS NULL AND EXISTS (SELECT 1 FROM "CourseCompletion" c WHERE c."userId" = OLD."userId" AND c."courseId" = OLD."courseId")
      UNION ALL SELECT 'pending', OLD."courseId", stats_due(OLD."dueAt") WHERE OLD."withdrawnAt" IS NULL AND OLD."dueAt" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "CourseCompletion" c WHERE c."userId" = OLD."userId" AND c."courseId" = OLD."courseId")) e1 WHERE e1."courseId" <> '') e
    WHERE u."id" = OLD."userId" AND u."active" AND u."unitId" IS NOT NULL AND EXISTS (SELECT 1 FROM "Organisation" o WHERE o."id" = u."organisationId")
    ON CONFLICT ("organisationId","kind","courseId","unitId","gender","audience","bucket") DO UPDATE SET "n" = "StatsTally"."n" + excluded."n";
  RETURN NULL;
END $$;

CREATE TRIGGER "stats_assignment_delete" AFTER DELETE ON "Assignment" FOR EACH ROW EXECUTE FUNCTION "stats_assignment_delete"();


CREATE FUNCTION "stats_completion_update"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM 1 FROM "User" WHERE "id" = OLD."userId" FOR SHARE;
  PERFORM 1 FROM "User" WHERE "id" = NEW."userId" FOR SHARE;
  INSERT INTO "StatsTally" ("organisationId","kind","courseId","unitId","gender","audience","bucket","n")
    SELECT u."organisationId", e.kind, e."courseId", u."unitId", COALESCE(u."gender"::text, ''), u."audience"::text, e.bucket, -1
    FROM "User" u, (SELECT kind, "courseId", bucket FROM (SELECT 'completion' AS kind, OLD."courseId" AS "courseId", stats_quarter(OLD."completedAt") AS bucket
      UNION ALL SELECT 'done', OLD."courseId", '' FROM "Assignment" a
        WHERE a."userId" = OLD."userId" AND a."courseId" = OLD."courseId" AND a."withdrawnAt" IS NULL
      UNION ALL SELECT 'first', '', stats_quarter(OLD."completedAt")
        WHERE NOT EXISTS (SELECT 1 FROM "CourseCompletion" c WHERE c."userId" = OLD."userId" AND c."id" <> OLD."id" AND c."completedAt" <= OLD."completedAt")) e0
      UNION ALL SELECT kind, '*', bucket FROM (SELECT 'completion' AS kind, OLD."courseId" AS "courseId", stats_quarter(OLD."completedAt") AS bucket
      UNION ALL SELECT 'done', OLD."courseId", '' FROM "Assignment" a
        WHERE a."userId" = OLD."userId" AND a."courseId" = OLD."courseId" AND a."withdrawnAt" IS NULL
      UNION ALL SELECT 'first', '', stats_quarter(OLD."completedAt")
        WHERE NOT EXISTS (SELECT 1 FROM "CourseCompletion" c WHERE c."userId" = OLD."userId" AND c."id" <> OLD."id" AND c."completedAt" <= OLD."completedAt")) e1 WHERE e1."courseId" <> '') e
    WHERE u."id" = OLD."userId" AND u."active" AND u."unitId" IS NOT NULL AND EXISTS (SELECT 1 FROM "Organisation" o WHERE o."id" = u."organisationId")
    ON CONFLICT ("organisationId","kind","courseId","unitId","gender","audience","bucket") DO UPDATE SET "n" = "StatsTally"."n" + excluded."n";
  INSERT INTO "StatsTally" ("organisationId","kind","courseId","unitId","gender","audience","bucket","n")
    SELECT u."organisationId", e.kind, e."courseId", u."unitId", COALESCE(u."gender"::text, ''), u."audience"::text, e.bucket, 1
    FROM "User" u, (SELECT kind, "courseId", bucket FROM (SELECT 'pending' AS kind, OLD."courseId" AS "courseId", stats_due(a."dueAt") AS bucket FROM "Assignment" a
        WHERE a."userId" = OLD."userId" AND a."courseId" = OLD."courseId" AND a."withdrawnAt" IS NULL AND a."dueAt" IS NOT NULL
      UNION ALL SELECT 'first', '', stats_quarter(m.t) FROM (SELECT MIN(c."completedAt") AS t FROM "CourseCompletion" c
        WHERE c."userId" = OLD."userId" AND c."id" <> OLD."id") m WHERE m.t IS NOT NULL AND OLD."completedAt" < m.t) e0
      UNION ALL SELECT kind, '*', bucket FROM (SELECT 'pending' AS kind, OLD."courseId" AS "courseId", stats_due(a."dueAt") AS bucket FROM "Assignment" a
        WHERE a."userId" = OLD."userId" AND a."courseId" = OLD."courseId" AND a."withdrawnAt" IS NULL AND a."dueAt" IS NOT NULL
      UNION ALL SELECT 'first', '', stats_quarter(m.t) FROM (SELECT MIN(c."completedAt") AS t FROM "CourseCompletion" c
        WHERE c."userId" = OLD."userId" AND c."id" <> OLD."id") m WHERE m.t IS NOT NULL AND OLD."completedAt" < m.t) e1 WHERE e1."courseId" <> '') e
    WHERE u."id" = OLD."userId" AND u."active" AND u."unitId" IS NOT NULL AND EXISTS (SELECT 1 FROM "Organisation" o WHERE o."id" = u."organisationId")
    ON CONFLICT ("organisationId","kind","courseId","unitId","gender","audience","bucket") DO UPDATE SET "n" = "StatsTally"."n" + excluded."n";
  INSERT INTO "StatsTally" ("organisationId","kind","courseId","unitId","gender","audience","bucket","n")
    SELECT u."organisationId", e.kind, e."courseId", u."unitId", COALESCE(u."gender"::text, ''), u."audience"::text, e.bucket, 1
    FROM "User" u, (SELECT kind, "courseId", bucket FROM (SELECT 'completion' AS kind, NEW."courseId" AS "courseId", stats_quarter(NEW."completedAt") AS bucket
      UNION ALL SELECT 'done', NEW."courseId", '' FROM "Assignment" a
        WHERE a."userId" = NEW."userId" AND a."courseId" = NEW."courseId" AND a."withdrawnAt" IS NULL
      UNION ALL SELECT 'first', '', stats_quarter(NEW."completedAt")
        WHERE NOT EXISTS (SELECT 1 FROM "CourseCompletion" c WHERE c."userId" = NEW."userId" AND c."id" <> NEW."id" AND c."completedAt" <= NEW."completedAt")) e0
      UNION ALL SELECT kind, '*', bucket FROM (SELECT 'completion' AS kind, NEW."courseId" AS "courseId", stats_quarter(NEW."completedAt") AS bucket
      UNION ALL SELECT 'done', NEW."courseId", '' FROM "Assignment" a
        WHERE a."userId" = NEW."userId" AND a."courseId" = NEW."courseId" AND a."withdrawnAt" IS NULL
      UNION ALL SELECT 'first', '', stats_quarter(NEW."completedAt")
        WHERE NOT EXISTS (SELECT 1 FROM "CourseCompletion" c WHERE c."userId" = NEW."userId" AND c."id" <> NEW."id" AND c."completedAt" <= NEW."completedAt")) e1 WHERE e1."courseId" <> '') e
    WHERE u."id" = NEW."userId" AND u."active" AND u."unitId" IS NOT NULL AND EXISTS (SELECT 1 FROM "Organisation" o WHERE o."id" = u."organisationId")
    ON CONFLICT ("organisationId","kind","courseId","unitId","gender","audience","bucket") DO UPDATE SET "n" = "StatsTally"."n" + excluded."n";
  INSERT INTO "StatsTally" ("organisationId","kind","courseId","unitId","gender","audience","bucket","n")
    SELECT u."organisationId", e.kind, e."courseId", u."unitId", COALESCE(u."gender"::text, ''), u."audience"::text, e.bucket, -1
    FROM "User" u, (SELECT kind, "courseId", bucket FROM (SELECT 'pending' AS kind, NEW."courseId" AS "courseId", stats_due(a."dueAt") AS bucket FROM "Assignment" a
        WHERE a."userId" = NEW."userId" AND a."courseId" = NEW."courseId" AND a."withdrawnAt" IS NULL AND a."dueAt" IS NOT NULL
      UNION ALL SELECT 'first', '', stats_quarter(m.t) FROM (SELECT MIN(c."completedAt") AS t FROM "CourseCompletion" c
        WHERE c."userId" = NEW."userId" AND c."id" <> NEW."id") m WHERE m.t IS NOT NULL AND NEW."completedAt" < m.t) e0
      UNION ALL SELECT kind, '*', bucket FROM (SELECT 'pending' AS kind, NEW."courseId" AS "courseId", stats_due(a."dueAt") AS bucket FROM "Assignment" a
        WHERE a."userId" = NEW."userId" AND a."courseId" = NEW."courseId" AND a."withdrawnAt" IS NULL AND a."dueAt" IS NOT NULL
      UNION ALL SELECT 'first', '', stats_quarter(m.t) FROM (SELECT MIN(c."completedAt") AS t FROM "CourseCompletion" c
        WHERE c."userId" = NEW."userId" AND c."id" <> NEW."id") m WHERE m.t IS NOT NULL AND NEW."completedAt" < m.t) e1 WHERE e1."courseId" <> '') e
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
    FROM "User" u, (SELECT kind, "courseId", bucket FROM (SELECT 'completion' AS kind, OLD."courseId" AS "courseId", stats_quarter(OLD."completedAt") AS bucket
      UNION ALL SELECT 'done', OLD."courseId", '' FROM "Assignment" a
        WHERE a."userId" = OLD."userId" AND a."courseId" = OLD."courseId" AND a."withdrawnAt" IS NULL
      UNION ALL SELECT 'first', '', stats_quarter(OLD."completedAt")
        WHERE NOT EXISTS (SELECT 1 FROM "CourseCompletion" c WHERE c."userId" = OLD."userId" AND c."id" <> OLD."id" AND c."completedAt" <= OLD."completedAt")) e0
      UNION ALL SELECT kind, '*', bucket FROM (SELECT 'completion' AS kind, OLD."courseId" AS "courseId", stats_quarter(OLD."completedAt") AS bucket
      UNION ALL SELECT 'done', OLD."courseId", '' FROM "Assignment" a
        WHERE a."userId" = OLD."userId" AND a."courseId" = OLD."courseId" AND a."withdrawnAt" IS NULL
      UNION ALL SELECT 'first', '', stats_quarter(OLD."completedAt")
        WHERE NOT EXISTS (SELECT 1 FROM "CourseCompletion" c WHERE c."userId" = OLD."userId" AND c."id" <> OLD."id" AND c."completedAt" <= OLD."completedAt")) e1 WHERE e1."courseId" <> '') e
    WHERE u."id" = OLD."userId" AND u."active" AND u."unitId" IS NOT NULL AND EXISTS (SELECT 1 FROM "Organisation" o WHERE o."id" = u."organisationId")
    ON CONFLICT ("organisationId","kind","courseId","unitId","gender","audience","bucket") DO UPDATE SET "n" = "StatsTally"."n" + excluded."n";
  INSERT INTO "StatsTally" ("organisationId","kind","courseId","unitId","gender","audience","bucket","n")
    SELECT u."organisationId", e.kind, e."courseId", u."unitId", COALESCE(u."gender"::text, ''), u."audience"::text, e.bucket, 1
    FROM "User" u, (SELECT kind, "courseId", bucket FROM (SELECT 'pending' AS kind, OLD."courseId" AS "courseId", stats_due(a."dueAt") AS bucket FROM "Assignment" a
        WHERE a."userId" = OLD."userId" AND a."courseId" = OLD."courseId" AND a."withdrawnAt" IS NULL AND a."dueAt" IS NOT NULL
      UNION ALL SELECT 'first', '', stats_quarter(m.t) FROM (SELECT MIN(c."completedAt") AS t FROM "CourseCompletion" c
        WHERE c."userId" = OLD."userId" AND c."id" <> OLD."id") m WHERE m.t IS NOT NULL AND OLD."completedAt" < m.t) e0
      UNION ALL SELECT kind, '*', bucket FROM (SELECT 'pending' AS kind, OLD."courseId" AS "courseId", stats_due(a."dueAt") AS bucket FROM "Assignment" a
        WHERE a."userId" = OLD."userId" AND a."courseId" = OLD."courseId" AND a."withdrawnAt" IS NULL AND a."dueAt" IS NOT NULL
      UNION ALL SELECT 'first', '', stats_quarter(m.t) FROM (SELECT MIN(c."completedAt") AS t FROM "CourseCompletion" c
        WHERE c."userId" = OLD."userId" AND c."id" <> OLD."id") m WHERE m.t IS NOT NULL AND OLD."completedAt" < m.t) e1 WHERE e1."courseId" <> '') e
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

-- Inserts are counted once per statement, set-based (an HR import writes 20,000 people and their
-- assignments in a few statements): the rows of the statement are the transition table new_rows.
CREATE FUNCTION "stats_user_insert"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "StatsTally" ("organisationId","kind","courseId","unitId","gender","audience","bucket","n")
    SELECT n."organisationId", t.kind, t."courseId", n."unitId", COALESCE(n."gender"::text, ''), n."audience"::text, t.bucket, SUM(t.n)
    FROM new_rows n CROSS JOIN LATERAL (SELECT kind, "courseId", bucket, n FROM (SELECT '' AS "courseId", 'people' AS kind, '' AS bucket, 1 AS n
      UNION ALL SELECT a."courseId", 'assigned', '', 1 FROM "Assignment" a WHERE a."userId" = n."id" AND a."withdrawnAt" IS NULL
      UNION ALL SELECT a."courseId", CASE WHEN c."id" IS NULL THEN 'pending' ELSE 'done' END,
          CASE WHEN c."id" IS NULL THEN stats_due(a."dueAt") ELSE '' END, 1
        FROM "Assignment" a LEFT JOIN "CourseCompletion" c ON c."userId" = a."userId" AND c."courseId" = a."courseId"
        WHERE a."userId" = n."id" AND a."withdrawnAt" IS NULL AND (c."id" IS NOT NULL OR a."dueAt" IS NOT NULL)
      UNION ALL SELECT c."courseId", 'completion', stats_quarter(c."completedAt"), 1 FROM "CourseCompletion" c WHERE c."userId" = n."id"
      UNION ALL SELECT '', 'first', stats_quarter(MIN(c."completedAt")), 1 FROM "CourseCompletion" c WHERE c."userId" = n."id" HAVING COUNT(*) > 0) e0
      UNION ALL SELECT kind, '*', bucket, n FROM (SELECT '' AS "courseId", 'people' AS kind, '' AS bucket, 1 AS n
      UNION ALL SELECT a."courseId", 'assigned', '', 1 FROM "Assignment" a WHERE a."userId" = n."id" AND a."withdrawnAt" IS NULL
      UNION ALL SELECT a."courseId", CASE WHEN c."id" IS NULL THEN 'pending' ELSE 'done' END,
          CASE WHEN c."id" IS NULL THEN stats_due(a."dueAt") ELSE '' END, 1
        FROM "Assignment" a LEFT JOIN "CourseCompletion" c ON c."userId" = a."userId" AND c."courseId" = a."courseId"
        WHERE a."userId" = n."id" AND a."withdrawnAt" IS NULL AND (c."id" IS NOT NULL OR a."dueAt" IS NOT NULL)
      UNION ALL SELECT c."courseId", 'completion', stats_quarter(c."completedAt"), 1 FROM "CourseCompletion" c WHERE c."userId" = n."id"
      UNION ALL SELECT '', 'first', stats_quarter(MIN(c."completedAt")), 1 FROM "CourseCompletion" c WHERE c."userId" = n."id" HAVING COUNT(*) > 0) e1 WHERE e1."courseId" <> '') t
    WHERE n."active" AND n."unitId" IS NOT NULL AND EXISTS (SELECT 1 FROM "Organisation" o WHERE o."id" = n."organisationId")
    GROUP BY n."organisationId", t.kind, t."courseId", n."unitId", COALESCE(n."gender"::text, ''), n."audience"::text, t.bucket
    ON CONFLICT ("organisationId","kind","courseId","unitId","gender","audience","bucket") DO UPDATE SET "n" = "StatsTally"."n" + excluded."n";
  RETURN NULL;
END $$;

CREATE TRIGGER "stats_user_insert" AFTER INSERT ON "User" REFERENCING NEW TABLE AS new_rows
FOR EACH STATEMENT EXECUTE FUNCTION "stats_user_insert"();

CREATE FUNCTION "stats_assignment_insert"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM 1 FROM "User" u WHERE u."id" IN (SELECT DISTINCT "userId" FROM new_rows) ORDER BY u."id" FOR SHARE;
  INSERT INTO "StatsTally" ("organisationId","kind","courseId","unitId","gender","audience","bucket","n")
    SELECT u."organisationId", e.kind, e."courseId", u."unitId", COALESCE(u."gender"::text, ''), u."audience"::text, e.bucket, COUNT(*)
    FROM new_rows n JOIN "User" u ON u."id" = n."userId"
    CROSS JOIN LATERAL (SELECT kind, "courseId", bucket FROM (SELECT 'assigned' AS kind, n."courseId" AS "courseId", '' AS bucket WHERE n."withdrawnAt" IS NULL
      UNION ALL SELECT 'done', n."courseId", '' WHERE n."withdrawnAt" IS NULL AND EXISTS (SELECT 1 FROM "CourseCompletion" c WHERE c."userId" = n."userId" AND c."courseId" = n."courseId")
      UNION ALL SELECT 'pending', n."courseId", stats_due(n."dueAt") WHERE n."withdrawnAt" IS NULL AND n."dueAt" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "CourseCompletion" c WHERE c."userId" = n."userId" AND c."courseId" = n."courseId")) e0
      UNION ALL SELECT kind, '*', bucket FROM (SELECT 'assigned' AS kind, n."courseId" AS "courseId", '' AS bucket WHERE n."withdrawnAt" IS NULL
      UNION ALL SELECT 'done', n."courseId", '' WHERE n."withdrawnAt" IS NULL AND EXISTS (SELECT 1 FROM "CourseCompletion" c WHERE c."userId" = n."userId" AND c."courseId" = n."courseId")
      UNION ALL SELECT 'pending', n."courseId", stats_due(n."dueAt") WHERE n."withdrawnAt" IS NULL AND n."dueAt" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "CourseCompletion" c WHERE c."userId" = n."userId" AND c."courseId" = n."courseId")) e1 WHERE e1."courseId" <> '') e
    WHERE u."active" AND u."unitId" IS NOT NULL AND EXISTS (SELECT 1 FROM "Organisation" o WHERE o."id" = u."organisationId")
    GROUP BY u."organisationId", e.kind, e."courseId", u."unitId", COALESCE(u."gender"::text, ''), u."audience"::text, e.bucket
    ON CONFLICT ("organisationId","kind","courseId","unitId","gender","audience","bucket") DO UPDATE SET "n" = "StatsTally"."n" + excluded."n";
  RETURN NULL;
END $$;

CREATE TRIGGER "stats_assignment_insert" AFTER INSERT ON "Assignment" REFERENCING NEW TABLE AS new_rows
FOR EACH STATEMENT EXECUTE FUNCTION "stats_assignment_insert"();

CREATE FUNCTION "stats_completion_insert"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM 1 FROM "User" u WHERE u."id" IN (SELECT DISTINCT "userId" FROM new_rows) ORDER BY u."id" FOR SHARE;
  WITH people AS (
      SELECT c."userId", MIN(c."completedAt") AS after,
        MIN(c."completedAt") FILTER (WHERE c."id" NOT IN (SELECT "id" FROM new_rows)) AS before
      FROM "CourseCompletion" c WHERE c."userId" IN (SELECT "userId" FROM new_rows) GROUP BY c."userId"
    ), changes AS (
      SELECT p."userId", stats_quarter(p.after) AS bucket, 1 AS n FROM people p WHERE p.before IS NULL OR p.after < p.before
      UNION ALL
      SELECT p."userId", stats_quarter(p.before), -1 FROM people p WHERE p.before IS NOT NULL AND p.after < p.before
    )
  INSERT INTO "StatsTally" ("organisationId","kind","courseId","unitId","gender","audience","bucket","n")
    SELECT u."organisationId", x.kind, x."courseId", u."unitId", COALESCE(u."gender"::text, ''), u."audience"::text, x.bucket, SUM(x.n)
    FROM (
      SELECT c."userId", k.kind, k."courseId", c.bucket, c.n FROM (
        SELECT n."userId", 'completion' AS kind, n."courseId", stats_quarter(n."completedAt") AS bucket, 1 AS n FROM new_rows n
        UNION ALL
        SELECT n."userId", 'done', n."courseId", '', 1 FROM new_rows n
          JOIN "Assignment" a ON a."userId" = n."userId" AND a."courseId" = n."courseId" AND a."withdrawnAt" IS NULL
        UNION ALL
        SELECT n."userId", 'pending', n."courseId", stats_due(a."dueAt"), -1 FROM new_rows n
          JOIN "Assignment" a ON a."userId" = n."userId" AND a."courseId" = n."courseId" AND a."withdrawnAt" IS NULL
          WHERE a."dueAt" IS NOT NULL
      ) c
      -- each course's row, and again under courseId '*' (all courses)
      CROSS JOIN LATERAL (SELECT c.kind AS kind, c."courseId" AS "courseId" UNION ALL SELECT c.kind, '*') k
      UNION ALL
      SELECT "userId", 'first', '', bucket, n FROM changes
    ) x JOIN "User" u ON u."id" = x."userId"
    WHERE u."active" AND u."unitId" IS NOT NULL AND EXISTS (SELECT 1 FROM "Organisation" o WHERE o."id" = u."organisationId")
    GROUP BY u."organisationId", x.kind, x."courseId", u."unitId", COALESCE(u."gender"::text, ''), u."audience"::text, x.bucket
    ON CONFLICT ("organisationId","kind","courseId","unitId","gender","audience","bucket") DO UPDATE SET "n" = "StatsTally"."n" + excluded."n";
  RETURN NULL;
END $$;

CREATE TRIGGER "stats_completion_insert" AFTER INSERT ON "CourseCompletion" REFERENCING NEW TABLE AS new_rows
FOR EACH STATEMENT EXECUTE FUNCTION "stats_completion_insert"();

-- The totals of the people, assignments and completions already there (the same query as
-- recomputeSql in lib/data/stats-tally.ts).
INSERT INTO "StatsTally" ("organisationId", "unitId", "gender", "audience", "kind", "courseId", "bucket", "n")
SELECT * FROM (
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
  GROUP BY u."organisationId", u."unitId", u."gender", u."audience", stats_quarter(f.t)) c
UNION ALL
SELECT "organisationId", "unitId", gender, audience, kind, '*', bucket, SUM(n)
  FROM (
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
  GROUP BY u."organisationId", u."unitId", u."gender", u."audience", stats_quarter(f.t)) c WHERE "courseId" <> ''
  GROUP BY "organisationId", "unitId", gender, audience, kind, bucket
) r;
