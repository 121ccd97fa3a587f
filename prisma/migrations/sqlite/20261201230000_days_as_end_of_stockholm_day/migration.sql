-- A calendar day is stored as its last millisecond in Europe/Stockholm (lib/dates.ts), as
-- assignments' due days already were. Checklist due days and the Charter signing day were
-- stored as 00:00 UTC of the day; move them to the end of that day. SQLite has no time zone
-- data, so Swedish summer time is written out: it runs from the last Sunday of March to the last
-- Sunday of October (the EU rule), and at 23:59 on either Sunday the new offset already applies.
-- Values are ISO text, the Prisma SQLite adapter's format.
UPDATE "ChecklistItemStatus"
SET "dueAt" = strftime('%Y-%m-%dT%H:%M:%f+00:00', date("dueAt") || ' 23:59:59.999',
  CASE WHEN date("dueAt") >= date(strftime('%Y', "dueAt") || '-03-25', 'weekday 0')
        AND date("dueAt") < date(strftime('%Y', "dueAt") || '-10-25', 'weekday 0')
  THEN '-2 hours' ELSE '-1 hours' END)
WHERE typeof("dueAt") = 'text' AND strftime('%H:%M:%f', "dueAt") = '00:00:00.000';

UPDATE "Organisation"
SET "cemrSignedAt" = strftime('%Y-%m-%dT%H:%M:%f+00:00', date("cemrSignedAt") || ' 23:59:59.999',
  CASE WHEN date("cemrSignedAt") >= date(strftime('%Y', "cemrSignedAt") || '-03-25', 'weekday 0')
        AND date("cemrSignedAt") < date(strftime('%Y', "cemrSignedAt") || '-10-25', 'weekday 0')
  THEN '-2 hours' ELSE '-1 hours' END)
WHERE typeof("cemrSignedAt") = 'text' AND strftime('%H:%M:%f', "cemrSignedAt") = '00:00:00.000';
