import Link from 'next/link';
import { useLocale, useTranslations } from 'next-intl';
import { TableRegion } from '@/components/ui/table-region';
import type { DeletionRequestDetail, Holdings } from '@/lib/data/deletion-requests';
import { formatDateTime, formatDay } from '@/lib/dates';
import type { Locale } from '@/lib/i18n/config';
import { formatCount } from '@/lib/numbers';
import { ageText, deadlineText } from '@/lib/privacy/deadline';

// One request for deletion as the administrator reads it before deciding: who asked, when, why,
// how long is left, and what the portal holds about the person and what erasure does with each.

function Fact({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <div className="sm:grid sm:grid-cols-[14rem_1fr] sm:gap-4">
      <dt className="font-medium">{term}</dt>
      <dd className="mb-3 break-words">{children}</dd>
    </div>
  );
}

export function RequestFacts({ request }: { request: DeletionRequestDetail }) {
  const { person, deadline } = request;
  const t = useTranslations('adminRecords.deletionRequest');
  const queue = useTranslations('adminRecords.deletion');
  const labels = useTranslations('labels');
  const locale = useLocale() as Locale;
  return (
    <dl>
      <Fact term={queue('person')}>
        <Link href={`/admin/personer/${person.id}`}>{person.name}</Link>
        {person.erasedAt ? t('erasedOn', { day: formatDay(person.erasedAt, locale) }) : null}
        {!person.erasedAt && !person.active ? t('inactive') : null}
      </Fact>
      <Fact term={t('email')}>{person.email ?? t('noEmail')}</Fact>
      <Fact term={t('role')}>{labels(`role.${person.role}`)}</Fact>
      <Fact term={queue('received')}>
        {formatDateTime(request.createdAt, locale)}
        {deadline.ageDays > 0 ? t('ago', { age: ageText(deadline, locale) }) : null}
      </Fact>
      {request.handledAt ? null : (
        <Fact term={queue('answerBy')}>
          <span className={deadline.overdue ? 'font-semibold text-red-800' : undefined}>
            {deadlineText(deadline, locale)}
          </span>
        </Fact>
      )}
      <Fact term={t('reason')}>
        <span className="whitespace-pre-line">
          {request.reason ?? (person.erasedAt ? t('erasedReason') : t('noReason'))}
        </span>
      </Fact>
    </dl>
  );
}

export function HandledFacts({ request }: { request: DeletionRequestDetail }) {
  const t = useTranslations('adminRecords.deletionRequest');
  const queue = useTranslations('adminRecords.deletion');
  const locale = useLocale() as Locale;
  return (
    <dl>
      <Fact term={queue('handledOn')}>{request.handledAt ? formatDateTime(request.handledAt, locale) : '–'}</Fact>
      <Fact term={queue('by')}>{request.handledByName ?? '–'}</Fact>
      <Fact term={queue('outcome')}>{request.outcome ? queue(`outcomes.${request.outcome}`) : '–'}</Fact>
      <Fact term={queue('answer')}>
        <span className="whitespace-pre-line">{request.answer ?? t('noAnswer')}</span>
      </Fact>
    </dl>
  );
}

// The holdings in the order the table lists them, and what erasure does with each.
const rows: { key: Exclude<keyof Holdings, 'publishedExamples'>; erasure: 'kept' | 'erased' | 'examples' }[] = [
  { key: 'lessonProgress', erasure: 'kept' },
  { key: 'quizAttempts', erasure: 'erased' },
  { key: 'reflections', erasure: 'erased' },
  { key: 'selfAssessmentRounds', erasure: 'erased' },
  { key: 'completions', erasure: 'kept' },
  { key: 'assignments', erasure: 'kept' },
  { key: 'learningExamples', erasure: 'examples' },
  { key: 'sessionAttendance', erasure: 'kept' },
];

export function HoldingsTable({ holdings }: { holdings: Holdings }) {
  const t = useTranslations('adminRecords.deletionRequest');
  const locale = useLocale() as Locale;
  const erasure = (what: (typeof rows)[number]['erasure']) =>
    what === 'kept'
      ? t('keptWithoutName')
      : what === 'erased'
        ? t('erased')
        : holdings.publishedExamples > 0
          ? t('publishedKept', { count: holdings.publishedExamples })
          : t('nonePublished');
  return (
    <TableRegion labelledBy="holdings-caption">
      <table className="w-full border-collapse text-left text-sm">
        <caption id="holdings-caption" className="mb-2 text-left text-slate-700">
          {t('holdingsCaption')}
        </caption>
        <thead>
          <tr className="border-b-2 border-slate-300">
            <th scope="col" className="py-2 pr-4">
              {t('data')}
            </th>
            <th scope="col" className="py-2 pr-4 text-right">
              {t('count')}
            </th>
            <th scope="col" className="py-2 pr-4">
              {t('onErasure')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} className="border-b border-slate-200 align-top">
              <th scope="row" className="py-2 pr-4 font-normal">
                {t(`holdings.${row.key}`)}
              </th>
              <td className="py-2 pr-4 text-right tabular-nums">{formatCount(holdings[row.key], locale)}</td>
              <td className="py-2 pr-4">{erasure(row.erasure)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}
