// What a manager is told after assigning, withdrawing or moving a due date: a sentence that names
// the course, the people and the date, so nobody has to guess what "1 tilldelade." meant.
import { createTranslator } from 'use-intl/core';
import type { Audience } from '@/lib/audiences';
import { formatDay, type Day } from '@/lib/dates';
import { messages, type Messages } from '@/lib/i18n';
import { defaultLocale, type Locale } from '@/lib/i18n/config';
import type { PlanSummary } from './plan';

export type AssignedItem = { kind: 'course' | 'path'; title: string };

const words = (locale: Locale) => createTranslator({ locale, messages: messages(locale), namespace: 'assignFeedback' });

/**
 * "kursen Könsstereotyper" or "lärvägen Att leda jämställt"; a path titled "Lärväg för chefer"
 * keeps its own title, which already says what it is ("lärvägen Lärväg för chefer" reads wrong).
 */
export function itemName(item: AssignedItem, locale: Locale = defaultLocale): string {
  if (item.kind === 'course') return words(locale)('course', { title: item.title });
  return /^(lärväg|learning path)/i.test(item.title) ? item.title : words(locale)('path', { title: item.title });
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Who a unit or audience assignment reached, beyond the people chosen by name. */
export type Where = { unit: string; below: boolean } | { audience: Audience } | null;

export type AssignmentFeedback = {
  summary: PlanSummary;
  item: AssignedItem;
  /** The unit (and the units under it) or the audience; null for chosen people. */
  where: Where;
  /** Set when exactly one chosen person was named: the sentence uses the name instead of a count. */
  onePerson?: string | null;
  dueDate?: Day | null;
};

function whereIn(where: Where, locale: Locale): string {
  const t = words(locale);
  if (!where) return '';
  if ('audience' in where)
    return t('audience', { audience: messages(locale).labels.audiencePlural[where.audience].toLowerCase() });
  return t(where.below ? 'unitAndBelow' : 'unit', { unit: where.unit });
}

/**
 * "Kursen Könsstereotyper tilldelades 12 personer i Förskolan Solrosen, klart senast 31 januari 2027. 2 hade den redan.",
 * in the manager's language.
 */
export function describeAssignment(
  { summary, item, where, onePerson, dueDate }: AssignmentFeedback,
  locale: Locale = defaultLocale,
): string {
  const t = words(locale);
  const people = (count: number) => t('people', { count });
  const place = whereIn(where, locale);
  const name = itemName(item, locale);
  const sentences: string[] = [];
  if (summary.assigned > 0) {
    const who = onePerson && summary.assigned === 1 ? onePerson : people(summary.assigned);
    const due = dueDate ? t('due', { date: formatDay(dueDate, locale) }) : '';
    sentences.push(capitalised(t('assigned', { item: name, who, where: place, due })));
    if (summary.already > 0)
      sentences.push(t(item.kind === 'course' ? 'alreadyCourse' : 'alreadyPath', { count: summary.already }));
  } else {
    const who = onePerson ?? (summary.already === 1 ? t('onePerson') : t('all', { count: summary.already }));
    sentences.push(
      t('noneNew', { item: name, where: place, who, had: t(item.kind === 'course' ? 'hadCourse' : 'hadPath') }),
    );
  }
  if (summary.movedEarlier > 0) {
    const moved = people(summary.movedEarlier);
    sentences.push(
      dueDate && summary.assigned === 0
        ? t('earlierOn', { people: moved, date: formatDay(dueDate, locale) })
        : t('earlier', { people: moved }),
    );
  }
  return sentences.join(' ');
}

/** Why a person gets no mail about a change to their assignment. */
export type NoMailReason = keyof Messages['person']['noMailReason'];

/** The words of the manager's answers about one person's assignments. */
export const personWords = (locale: Locale) =>
  createTranslator({ locale, messages: messages(locale), namespace: 'person' });

/** Whether the person is told by mail, and if not, why not. */
const mailNote = (noMail: NoMailReason | null, t: ReturnType<typeof personWords>) =>
  noMail ? t('notMailed', { reason: t(`noMailReason.${noMail}`) }) : t('mailed');

/** After a withdrawal: "Kursen Könsstereotyper är återkallad för Moa Medarbetare. ...", in the manager's language. */
export function describeWithdrawal(
  o: { courseTitle: string; personName: string; noMail: NoMailReason | null },
  locale: Locale = defaultLocale,
): string {
  const t = personWords(locale);
  return [t('withdrawn', { title: o.courseTitle, name: o.personName }), t('withdrawnKept'), mailNote(o.noMail, t)].join(
    ' ',
  );
}

/** After a new due date: "Nytt slutdatum för kursen Könsstereotyper för Moa Medarbetare: 31 januari 2027." */
export function describeDueChange(
  o: {
    courseTitle: string;
    personName: string;
    dueDate: Day | null;
    noMail: NoMailReason | null;
    fromRule: boolean;
  },
  locale: Locale = defaultLocale,
): string {
  const t = personWords(locale);
  const names = { title: o.courseTitle, name: o.personName };
  return [
    o.dueDate ? t('dueChanged', { ...names, date: formatDay(o.dueDate, locale) }) : t('dueRemoved', names),
    o.fromRule ? t('dueFromRule') : '',
    mailNote(o.noMail, t),
  ]
    .filter(Boolean)
    .join(' ');
}
