// Dates as the organisation sees them: calendar days in Europe/Stockholm, whatever the server's
// time zone. A due date is stored as 00:00 UTC of the chosen day.
const stockholm = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Stockholm',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});
const longDate = new Intl.DateTimeFormat('sv-SE', { dateStyle: 'long', timeZone: 'UTC' });

/** The calendar day (YYYY-MM-DD) in Stockholm at the given instant. */
export function stockholmDate(instant: Date): string {
  return stockholm.format(instant);
}

/** A form's YYYY-MM-DD as the stored instant, and back. */
export const dateToInstant = (day: string) => new Date(`${day}T00:00:00.000Z`);
export const instantToDay = (instant: Date) => stockholmDate(instant);

/** "18 mars 2027" for a YYYY-MM-DD day. */
export const formatDay = (day: string) => longDate.format(dateToInstant(day));

/** Whole days from one YYYY-MM-DD to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((dateToInstant(to).getTime() - dateToInstant(from).getTime()) / 86_400_000);
}

/** The same day `years` later; 29 February becomes 28 February (the earlier, safe reading). */
export function addYears(day: string, years: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y + years, m - 1, d));
  if (target.getUTCMonth() !== m - 1) target.setUTCDate(0);
  return target.toISOString().slice(0, 10);
}

export type ActionPlanDeadline = { signedOn: string; deadline: string; daysLeft: number; passed: boolean };

/**
 * The Charter asks a signatory for an equality action plan within two years of signing. Counted
 * in Stockholm calendar days; the deadline day itself still counts as in time.
 */
export function actionPlanDeadline(signedAt: Date | null, now: Date): ActionPlanDeadline | null {
  if (!signedAt) return null;
  const signedOn = stockholmDate(signedAt);
  const deadline = addYears(signedOn, 2);
  const daysLeft = daysBetween(stockholmDate(now), deadline);
  return { signedOn, deadline, daysLeft, passed: daysLeft < 0 };
}
