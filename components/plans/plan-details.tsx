import { useLocale, useTranslations } from 'next-intl';
import { formatDay } from '@/lib/dates';
import type { PlanView } from '@/lib/data/competence-plans';
import type { Locale } from '@/lib/i18n/config';
import { passageLang } from '@/lib/i18n/passage';
import { monthName } from '@/lib/plans/format';
import { formatCount } from '@/lib/numbers';

/** The courses' titles in the reader's language where they have one, by id; `lang` says which. */
export type CourseTitles = ReadonlyMap<string, { title: string; lang: Locale }>;

/** What was decided: resources, goals and planned activities. */
export function PlanDetails({ plan, titles }: { plan: PlanView; titles: CourseTitles }) {
  const t = useTranslations('plans');
  const locale = useLocale() as Locale;
  const course = (id: string | null, stored: string | undefined) => {
    const shown = id ? titles.get(id) : undefined;
    return <span lang={passageLang(locale, shown?.lang)}>{shown?.title ?? stored}</span>;
  };
  const year = String(plan.year);
  return (
    <div className="space-y-8">
      <section aria-labelledby="resources">
        <h2 id="resources" className="mb-3 text-xl font-semibold">
          {t('resources')}
        </h2>
        <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
          <dt className="font-medium">{t('timePerEmployee')}</dt>
          <dd>
            {plan.hoursPerEmployee !== null
              ? t('hoursDuring', { hours: t('hours', { hours: plan.hoursPerEmployee }), year })
              : t('notGiven')}
          </dd>
          <dt className="font-medium">{t('budget')}</dt>
          <dd>
            {plan.budgetKronor !== null
              ? t('kronor', { amount: formatCount(plan.budgetKronor, locale) })
              : t('notGiven')}
          </dd>
          <dt className="font-medium">{t('decision')}</dt>
          <dd>
            {[plan.decisionDate ? formatDay(plan.decisionDate, locale) : null, plan.decisionReference || null]
              .filter(Boolean)
              .join(', ') || t('notGivenDecision')}
          </dd>
        </dl>
      </section>
      <section aria-labelledby="goals">
        <h2 id="goals" className="mb-3 text-xl font-semibold">
          {t('goals')}
        </h2>
        {plan.goals.length === 0 ? (
          <p>{t('noGoals')}</p>
        ) : (
          <ul className="list-disc space-y-1 pl-6">
            {plan.goals.map((g, i) => (
              <li key={i}>
                {t.rich('goalLine', {
                  percent: String(g.targetPercent),
                  group: t(`group.${g.audience ?? 'alla'}`),
                  course: () => course(g.courseId, g.course.title),
                })}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="activities">
        <h2 id="activities" className="mb-3 text-xl font-semibold">
          {t('activities')}
        </h2>
        {plan.activities.length === 0 ? (
          <p>{t('noActivities')}</p>
        ) : (
          <ul className="list-disc space-y-1 pl-6">
            {plan.activities.map((a, i) => (
              <li key={i}>
                {a.title} ({t(`kind.${a.kind}`)}
                {a.month ? `, ${monthName(a.month, locale)}` : ''}
                {a.course ? <>, {t.rich('theCourse', { course: () => course(a.courseId, a.course?.title) })}</> : null})
              </li>
            ))}
          </ul>
        )}
      </section>
      {plan.notes ? (
        <section aria-labelledby="notes">
          <h2 id="notes" className="mb-3 text-xl font-semibold">
            {t('notes')}
          </h2>
          <p className="whitespace-pre-line">{plan.notes}</p>
        </section>
      ) : null}
    </div>
  );
}
