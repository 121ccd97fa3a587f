// Due dates are calendar days in Sweden. A due date "2026-12-31" means the learner has all of
// that day, so it is stored as the last millisecond of the day in Europe/Stockholm; then
// "overdue" is simply dueAt < now everywhere, and a date shown in Stockholm time is the one chosen.
const zone = 'Europe/Stockholm';

const parts = new Intl.DateTimeFormat('en-GB', {
  timeZone: zone,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

function local(date: Date) {
  const p = Object.fromEntries(parts.formatToParts(date).map((x) => [x.type, x.value]));
  return {
    y: Number(p.year),
    m: Number(p.month),
    d: Number(p.day),
    h: Number(p.hour),
    min: Number(p.minute),
    s: Number(p.second),
  };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The calendar day ("yyyy-mm-dd") it is in Stockholm at `date`. */
export function stockholmDay(date: Date): string {
  const { y, m, d } = local(date);
  return `${y}-${pad(m)}-${pad(d)}`;
}

export const isDay = (value: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(value) &&
  !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) &&
  new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);

/** The day `n` days after `day` (calendar arithmetic, no time zone involved). */
export function addDays(day: string, n: number): string {
  const t = new Date(`${day}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + n);
  return t.toISOString().slice(0, 10);
}

/** The last millisecond of `day` in Stockholm, as an instant. */
export function endOfStockholmDay(day: string): Date {
  const guess = Date.parse(`${day}T23:59:59.999Z`);
  // Stockholm is UTC+1 or +2; measure the offset at the guess and once more at the result,
  // which is enough because clocks change at night, never near midnight.
  let result = guess;
  for (let i = 0; i < 2; i++) {
    const l = local(new Date(result));
    const asUtc = Date.UTC(l.y, l.m - 1, l.d, l.h, l.min, l.s, 999);
    result -= asUtc - guess;
  }
  return new Date(result);
}

/** A due date as a day is "in the past" only when the whole day has passed in Stockholm. */
export function isPastDay(day: string, now: Date): boolean {
  return day < stockholmDay(now);
}

/** ISO week ("2026-W48") of the Stockholm day at `date`: one weekly digest per key. */
export function isoWeek(date: Date): string {
  const day = new Date(`${stockholmDay(date)}T00:00:00Z`);
  const weekday = (day.getUTCDay() + 6) % 7;
  day.setUTCDate(day.getUTCDate() - weekday + 3);
  const week = Math.floor((day.getTime() - Date.UTC(day.getUTCFullYear(), 0, 1)) / 86_400_000 / 7) + 1;
  return `${day.getUTCFullYear()}-W${pad(week)}`;
}

const shortDate = new Intl.DateTimeFormat('sv-SE', { dateStyle: 'long', timeZone: zone });

/** "31 december 2026", for mail and pages. */
export const formatDay = (date: Date) => shortDate.format(date);
