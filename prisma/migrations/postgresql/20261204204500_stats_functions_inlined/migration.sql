-- The statistics' two SQL functions as single expressions declared STABLE (to_char is), so that
-- PostgreSQL inlines them into the queries of the triggers and of the rebuild. As first written
-- (a FROM clause; IMMUTABLE over a STABLE body) they were called row by row: the rebuild of the
-- kept totals of 1,000,000 people took minutes instead of seconds. Same results as before.
CREATE OR REPLACE FUNCTION stats_quarter(t timestamp(3)) RETURNS text LANGUAGE sql STABLE AS $$
  SELECT to_char(t + CASE WHEN extract(month FROM t) IN (3, 6, 9) THEN interval '2 hours' ELSE interval '1 hour' END, 'YYYY')
    || '-K'
    || extract(quarter FROM t + CASE WHEN extract(month FROM t) IN (3, 6, 9) THEN interval '2 hours' ELSE interval '1 hour' END)::int
$$;

CREATE OR REPLACE FUNCTION stats_due(t timestamp(3)) RETURNS text LANGUAGE sql STABLE AS $$
  SELECT to_char(t, 'YYYY-MM-DD"T"HH24:MI:SS.MS')
$$;
