import { useLocale, useTranslations } from 'next-intl';
import { formatDay } from '@/lib/dates';
import type { DeletionOutcome } from '@/lib/generated/sqlite/enums';

type Props = { requestedAt: Date; outcome: DeletionOutcome; answer: string | null };

/** The administrator's answer to the person's latest handled request for deletion. */
export function DeletionAnswer({ requestedAt, outcome, answer }: Props) {
  const t = useTranslations('myPage');
  const locale = useLocale();
  return (
    <div className="space-y-2 rounded border-l-4 border-brand-600 bg-brand-50 p-4">
      <p>{t('deletionHandled', { date: formatDay(requestedAt, locale), outcome: t(`outcome.${outcome}`) })}</p>
      {answer ? (
        <>
          <p className="font-medium">{t('adminAnswer')}</p>
          <p className="whitespace-pre-line">{answer}</p>
        </>
      ) : null}
      {outcome === 'ERASED' ? null : <p className="text-sm">{t('complain')}</p>}
    </div>
  );
}
