import { useLocale, useTranslations } from 'next-intl';
import type { ActionPlanDeadline } from '@/lib/checklist/deadline';
import { formatDay } from '@/lib/dates';
import type { Locale } from '@/lib/i18n/config';

/** The Charter's deadline for the equality action plan: two years from signing. */
export function DeadlineNotice({ deadline }: { deadline: ActionPlanDeadline | null }) {
  const t = useTranslations('checklist.deadline');
  const locale = useLocale() as Locale;
  if (!deadline) return <p>{t('unknown')}</p>;
  const status = deadline.passed
    ? t('passed', { days: -deadline.daysLeft })
    : deadline.daysLeft === 0
      ? t('lastDay')
      : t('left', { days: deadline.daysLeft });
  return (
    <>
      <p>
        {t.rich('due', {
          deadline: formatDay(deadline.deadline, locale),
          signed: formatDay(deadline.signedOn, locale),
          strong: (chunks) => <strong>{chunks}</strong>,
        })}
      </p>
      <p className="mt-2 font-semibold">{status}</p>
    </>
  );
}
