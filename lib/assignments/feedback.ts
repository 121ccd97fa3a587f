// What a manager is told after assigning, withdrawing or moving a due date: a sentence that names
// the course, the people and the date, so nobody has to guess what "1 tilldelade." meant.
import { formatDay, type Day } from '@/lib/dates';
import type { PlanSummary } from './plan';

export type AssignedItem = { kind: 'course' | 'path'; title: string };

/** "1 person", "12 personer". */
export const peopleCount = (n: number) => `${n} ${n === 1 ? 'person' : 'personer'}`;

/**
 * "kursen Könsstereotyper" or "lärvägen Att leda jämställt"; a path titled "Lärväg för chefer"
 * keeps its own title, which already says what it is ("lärvägen Lärväg för chefer" reads wrong).
 */
export function itemName(item: AssignedItem): string {
  if (item.kind === 'course') return `kursen ${item.title}`;
  return /^lärväg/i.test(item.title) ? item.title : `lärvägen ${item.title}`;
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export type AssignmentFeedback = {
  summary: PlanSummary;
  item: AssignedItem;
  /** " i Förskolan Solrosen", " med målgruppen chefer i dina enheter", or '' for chosen people. */
  where: string;
  /** Set when exactly one chosen person was named: the sentence uses the name instead of a count. */
  onePerson?: string | null;
  dueDate?: Day | null;
};

/** "Kursen Könsstereotyper tilldelades 12 personer i Förskolan Solrosen, klart senast 31 januari 2027. 2 hade den redan." */
export function describeAssignment({ summary, item, where, onePerson, dueDate }: AssignmentFeedback): string {
  const due = dueDate ? `, klart senast ${formatDay(dueDate)}` : '';
  const already = item.kind === 'course' ? 'hade den redan' : 'hade redan alla kurser i lärvägen';
  const sentences: string[] = [];
  if (summary.assigned > 0) {
    const who = onePerson && summary.assigned === 1 ? onePerson : peopleCount(summary.assigned);
    sentences.push(`${capitalised(itemName(item))} tilldelades ${who}${where}${due}.`);
    if (summary.already > 0) sentences.push(`${summary.already} ${already}.`);
  } else {
    const who = onePerson ?? (summary.already === 1 ? 'Personen' : `Alla ${summary.already}`);
    sentences.push(`Ingen ny person fick ${itemName(item)}${where}: ${who} ${already}.`);
  }
  if (summary.movedEarlier > 0)
    sentences.push(
      `${summary.movedEarlier === 1 ? '1 person' : `${summary.movedEarlier} personer`} fick ett tidigare slutdatum${dueDate && summary.assigned === 0 ? `: ${formatDay(dueDate)}` : ''}.`,
    );
  return sentences.join(' ');
}

/** Whether the person is told by mail, and if not, why not. */
const mailNote = (noMail: string | null) =>
  noMail ? `Inget e-postmeddelande skickades: ${noMail}.` : 'Personen får ett e-postmeddelande om det.';

/** After a withdrawal: "Kursen Könsstereotyper är återkallad för Moa Medarbetare. ..." */
export function describeWithdrawal(o: { courseTitle: string; personName: string; noMail: string | null }): string {
  return [
    `Kursen ${o.courseTitle} är återkallad för ${o.personName}.`,
    'Det som redan är gjort i kursen finns kvar.',
    mailNote(o.noMail),
  ].join(' ');
}

/** After a new due date: "Nytt slutdatum för kursen Könsstereotyper för Moa Medarbetare: 31 januari 2027." */
export function describeDueChange(o: {
  courseTitle: string;
  personName: string;
  dueDate: Day | null;
  noMail: string | null;
  fromRule: boolean;
}): string {
  return [
    o.dueDate
      ? `Nytt slutdatum för kursen ${o.courseTitle} för ${o.personName}: ${formatDay(o.dueDate)}.`
      : `Kursen ${o.courseTitle} har inte längre något slutdatum för ${o.personName}.`,
    o.fromRule ? 'Regeln har kvar sitt eget slutdatum; det här gäller bara den här personen.' : '',
    mailNote(o.noMail),
  ]
    .filter(Boolean)
    .join(' ');
}
