import { addMonths, daysBetween, formatDay, stockholmDay, type Day } from '@/lib/dates';
import { translator } from '@/lib/i18n';
import { defaultLocale, type Locale } from '@/lib/i18n/config';

// A request for deletion is answered "without undue delay and in any event within one month of
// receipt" (GDPR art. 12.3). The month runs from the day the request came in, in Stockholm.

export type Deadline = {
  receivedOn: Day;
  answerBy: Day;
  /** Whole days since the request came in (0 on its first day). */
  ageDays: number;
  /** Whole days left until answerBy; negative once it has passed. */
  daysLeft: number;
  overdue: boolean;
};

export function deletionDeadline(createdAt: Date, now: Date): Deadline {
  const receivedOn = stockholmDay(createdAt);
  const today = stockholmDay(now);
  const answerBy = addMonths(receivedOn, 1);
  const daysLeft = daysBetween(today, answerBy);
  return { receivedOn, answerBy, ageDays: daysBetween(receivedOn, today), daysLeft, overdue: daysLeft < 0 };
}

/** "I dag", "1 dag", "12 dagar" ("Today", "1 day", "12 days"). */
export function ageText({ ageDays }: Pick<Deadline, 'ageDays'>, locale: Locale = defaultLocale): string {
  const t = translator(locale);
  return ageDays <= 0 ? t('adminRecords.deletion.today') : t('adminRecords.deletion.days', { count: ageDays });
}

/** The deadline in words; an overdue one says so in text, not only in colour. */
export function deadlineText({ answerBy, daysLeft, overdue }: Deadline, locale: Locale = defaultLocale): string {
  const t = translator(locale);
  const day = formatDay(answerBy, locale);
  if (overdue) return t('adminRecords.deletion.overdue', { day });
  if (daysLeft === 0) return t('adminRecords.deletion.dueToday', { day });
  return t('adminRecords.deletion.dueIn', { day, left: t('adminRecords.deletion.days', { count: daysLeft }) });
}
