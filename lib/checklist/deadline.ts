import { addYears, daysBetween, stockholmDay, type Day } from '@/lib/dates';

export type ActionPlanDeadline = { signedOn: Day; deadline: Day; daysLeft: number; passed: boolean };

/**
 * The Charter asks a signatory for an equality action plan within two years of signing. Counted
 * in Stockholm calendar days; the deadline day itself still counts as in time.
 */
export function actionPlanDeadline(signedAt: Date | null, now: Date): ActionPlanDeadline | null {
  if (!signedAt) return null;
  const signedOn = stockholmDay(signedAt);
  const deadline = addYears(signedOn, 2);
  const daysLeft = daysBetween(stockholmDay(now), deadline);
  return { signedOn, deadline, daysLeft, passed: daysLeft < 0 };
}
