-- A calendar day is stored as its last millisecond in Europe/Stockholm (lib/dates.ts), as
-- assignments' due days already were. Checklist due days and the Charter signing day were
-- stored as 00:00 UTC of the day; move them to the end of that day. The columns hold UTC
-- without a zone; PostgreSQL's time zone data gives Stockholm's offset on each day.
UPDATE "ChecklistItemStatus"
SET "dueAt" = (("dueAt"::date + 1)::timestamp AT TIME ZONE 'Europe/Stockholm' AT TIME ZONE 'UTC') - interval '1 millisecond'
WHERE "dueAt" = date_trunc('day', "dueAt");

UPDATE "Organisation"
SET "cemrSignedAt" = (("cemrSignedAt"::date + 1)::timestamp AT TIME ZONE 'Europe/Stockholm' AT TIME ZONE 'UTC') - interval '1 millisecond'
WHERE "cemrSignedAt" = date_trunc('day', "cemrSignedAt");
