import Link from 'next/link';
import { useLocale, useTranslations } from 'next-intl';
import { formatScore } from '@/components/needs/format';
import type { Attention } from '@/lib/data/attention';
import { formatTags } from '@/lib/i18n/config';
import { passageLang } from '@/lib/i18n/passage';

/** A manager's or strategist's start: where people need most support, and plans behind their goals. */
export function AttentionPanel({ attention }: { attention: Attention }) {
  const t = useTranslations('myPage');
  const locale = useLocale();
  const list = (items: string[]) => new Intl.ListFormat(formatTags[locale], { type: 'conjunction' }).format(items);
  // The self-assessment's areas and the courses are written in Swedish.
  const swedish = passageLang(locale);
  const { needs, plans } = attention;
  return (
    <section aria-labelledby="attention-heading" className="mb-10 rounded-lg border border-amber-300 bg-amber-50 p-4">
      <h2 id="attention-heading" className="text-xl font-semibold">
        {t('attentionHeading')}
      </h2>
      {needs.length === 0 && plans.length === 0 ? <p className="mt-2">{t('attentionNothing')}</p> : null}
      {needs.length > 0 ? (
        <div className="mt-3">
          <h3 className="font-semibold">{t('needsHeading')}</h3>
          <ul className="mt-1 list-disc space-y-1 pl-6">
            {needs.map((need) => (
              <li key={need.key}>
                <span lang={swedish}>{need.title}</span>
                {need.mean !== null ? ` ${t('needScore', { score: formatScore(need.mean, locale) })}` : ''}
                {need.units.length > 0 ? `, ${t('lowestIn', { units: list(need.units) })}` : ''}
              </li>
            ))}
          </ul>
          <p className="mt-1">
            <Link href="/statistik/behov">{t('needsLink')}</Link>
          </p>
        </div>
      ) : null}
      {plans.length > 0 ? (
        <div className="mt-4">
          <h3 className="font-semibold">{t('plansHeading')}</h3>
          <ul className="mt-1 space-y-2">
            {plans.map((plan) => (
              <li key={plan.id}>
                <Link href={`/kompetensplaner/${plan.id}`}>
                  {plan.unitName} {plan.year}
                </Link>
                <ul className="list-disc pl-6">
                  {plan.behind.map((goal) => (
                    <li key={goal.courseTitle}>
                      <span lang={swedish}>{goal.courseTitle}</span>:{' '}
                      {t('goalBehind', { target: goal.targetPercent, expected: goal.expected })}{' '}
                      {goal.columns
                        .map((c) => t('columnPercent', { column: t(`column.${c.column}`), percent: c.percent }))
                        .join(', ')}
                      .
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <p className="mt-4">
        <Link href="/kompetensplaner">{t('allPlans')}</Link>
      </p>
    </section>
  );
}
