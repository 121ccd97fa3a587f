// Every date the portal stores or shows goes through this file. A municipality lives in Swedish
// time, so a calendar day (`Day`, written YYYY-MM-DD) is a day in Europe/Stockholm whatever the
// server's or browser's time zone. A day is stored as the last millisecond of that day in
// Stockholm (endOfStockholmDay): "overdue" is then simply `dueAt < now` in every query, and
// stockholmDay(dueAt) gives the day back. Only Intl is used, so client components can import it.

import { formatTags, type Locale } from '@/lib/i18n/config';

/** A calendar day in Sweden, "2026-03-03". */
export type Day = string;

const TIME_ZONE = 'Europe/Stockholm';
const DAY_MS = 86_400_000;

const dayParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});
const offsetName = new Intl.DateTimeFormat('en-GB', { timeZone: TIME_ZONE, timeZoneName: 'longOffset' });

/** The day it is in Stockholm at `instant` (today: `stockholmDay(new Date())`). */
export function stockholmDay(instant: Date): Day {
  const p = Object.fromEntries(dayParts.formatToParts(instant).map((x) => [x.type, x.value]));
  return `${p.year}-${p.month}-${p.day}`;
}

const utcMidnight = (day: Day) => Date.parse(`${day}T00:00:00Z`);
const utcDay = (ms: number): Day => new Date(ms).toISOString().slice(0, 10);

/** True for a real date written YYYY-MM-DD ("2026-02-30" and "3/3 2026" are not). */
export function isDay(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(utcMidnight(value)) && utcDay(utcMidnight(value)) === value;
}

/** The day `n` days after `day` (calendar arithmetic: no time zone involved). */
export const addDays = (day: Day, n: number): Day => utcDay(utcMidnight(day) + n * DAY_MS);

/** The same day `years` later; 29 February becomes 28 February (the earlier, safe reading). */
export function addYears(day: Day, years: number): Day {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y + years, m - 1, d));
  if (target.getUTCMonth() !== m - 1) target.setUTCDate(0);
  return utcDay(target.getTime());
}

/**
 * The same day `months` later; a day the target month lacks becomes its last day (31 January →
 * 28 February), as a period "of one month" is reckoned in EU law (Regulation 1182/71, art. 3).
 */
export function addMonths(day: Day, months: number): Day {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, last));
  return utcDay(target.getTime());
}

/** Whole days from one day to another (negative when `to` is earlier). */
export const daysBetween = (from: Day, to: Day) => Math.round((utcMidnight(to) - utcMidnight(from)) / DAY_MS);

/** A day is "in the past" only when the whole day has passed in Stockholm. */
export const isPastDay = (day: Day, now: Date) => day < stockholmDay(now);

/** Stockholm's offset from UTC in minutes at `instant`: 60 in winter, 120 in summer. */
function offsetMinutes(instant: number): number {
  const name = offsetName.formatToParts(instant).find((p) => p.type === 'timeZoneName')?.value ?? '';
  const match = /([+-])(\d{2}):(\d{2})$/.exec(name);
  if (!match) return 0;
  return (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3]));
}

/** The instant `day` begins in Stockholm (00:00 local time). */
export function startOfStockholmDay(day: Day): Date {
  const midnight = utcMidnight(day);
  // Swedish clocks change at 01:00 UTC, never between local and UTC midnight, so the offset at
  // UTC midnight is the one in force at local midnight.
  return new Date(midnight - offsetMinutes(midnight) * 60_000);
}

/** True for a clock time written HH:MM (00:00–23:59). */
export const isClock = (value: string) => /^([01]\d|2[0-3]):[0-5]\d$/.test(value);

/**
 * The instant the clock shows `clock` ("HH:MM") on `day` in Stockholm. In the hour that does not
 * exist in spring the answer is an hour later; in the hour that repeats in autumn, the later one.
 */
export function stockholmInstant(day: Day, clock: string): Date {
  const [hours, minutes] = clock.split(':').map(Number) as [number, number];
  const local = utcMidnight(day) + (hours * 60 + minutes) * 60_000;
  const guess = local - offsetMinutes(local) * 60_000;
  return new Date(local - offsetMinutes(guess) * 60_000);
}

const clockParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** "13:05": the Stockholm clock at `instant`. */
export const stockholmClock = (instant: Date) => clockParts.format(instant);

/** The instant a day is stored as: its last millisecond in Stockholm. */
export const endOfStockholmDay = (day: Day) => new Date(startOfStockholmDay(addDays(day, 1)).getTime() - 1);

/** ISO week ("2026-W48") of the Stockholm day at `instant`: one weekly digest per key. */
export function isoWeek(instant: Date): string {
  const day = new Date(utcMidnight(stockholmDay(instant)));
  const weekday = (day.getUTCDay() + 6) % 7;
  day.setUTCDate(day.getUTCDate() - weekday + 3);
  const week = Math.floor((day.getTime() - Date.UTC(day.getUTCFullYear(), 0, 1)) / DAY_MS / 7) + 1;
  return `${day.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

function formatsIn(tag: string) {
  return {
    longDay: new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeZone: TIME_ZONE }),
    writtenDay: new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeZone: 'UTC' }),
    shortDay: new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeZone: TIME_ZONE }),
    dateTime: new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeStyle: 'short', timeZone: TIME_ZONE }),
    longDateTime: new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeStyle: 'short', timeZone: TIME_ZONE }),
  };
}
// Dates are written the reader's way (lib/i18n/config.ts): Swedish unless a page passes its language.
const formats: Record<Locale, ReturnType<typeof formatsIn>> = {
  sv: formatsIn(formatTags.sv),
  en: formatsIn(formatTags.en),
};
const timestamp = new Intl.DateTimeFormat('sv-SE', { dateStyle: 'short', timeStyle: 'medium', timeZone: TIME_ZONE });

/** "3 december 2026" ("3 December 2026"): a Day as written, or the Stockholm day of an instant. */
export const formatDay = (value: Day | Date, locale: Locale = 'sv') =>
  typeof value === 'string'
    ? formats[locale].writtenDay.format(utcMidnight(value))
    : formats[locale].longDay.format(value);

/** "3 dec. 2026" ("3 Dec 2026"), the Stockholm day of an instant where space is short (tables, lists). */
export const formatShortDay = (instant: Date, locale: Locale = 'sv') => formats[locale].shortDay.format(instant);

/** "3 dec. 2026 13:05" in Stockholm time. */
export const formatDateTime = (instant: Date, locale: Locale = 'sv') => formats[locale].dateTime.format(instant);

/** "3 december 2026 kl. 13:05" ("3 December 2026 at 13:05") in Stockholm time. */
export const formatLongDateTime = (instant: Date, locale: Locale = 'sv') =>
  formats[locale].longDateTime.format(instant);

/** "2026-12-03 13:05:00" in Stockholm time, for logs where the second matters. */
export const formatTimestamp = (instant: Date) => timestamp.format(instant);
