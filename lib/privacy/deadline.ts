import { addMonths, daysBetween, formatDay, stockholmDay, type Day } from '@/lib/dates';

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

const days = (n: number) => (n === 1 ? '1 dag' : `${n} dagar`);

/** "I dag", "1 dag", "12 dagar". */
export const ageText = ({ ageDays }: Pick<Deadline, 'ageDays'>) => (ageDays <= 0 ? 'I dag' : days(ageDays));

/** The deadline in words; an overdue one says so in text, not only in colour. */
export function deadlineText({ answerBy, daysLeft, overdue }: Deadline): string {
  if (overdue) return `Försenad: skulle ha besvarats senast ${formatDay(answerBy)}`;
  if (daysLeft === 0) return `Senast i dag, ${formatDay(answerBy)}`;
  return `Senast ${formatDay(answerBy)} (${days(daysLeft)} kvar)`;
}
