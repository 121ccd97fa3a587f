import { useLocale, useTranslations } from 'next-intl';
import type { ActionPlan } from '@/lib/checklist/action-plan';
import { formatDay } from '@/lib/dates';
import { sectionNumbers, stateSymbols } from '@/lib/checklist/status';
import type { Locale } from '@/lib/i18n/config';
import { passageLang } from '@/lib/i18n/passage';
import { SectionHeading } from './item-list';
import { TableRegion } from '@/components/ui/table-region';

/** The printable action plan: the same rows as the CSV and the PDF. Print rules: globals.css. */
export function ActionPlanView({ plan }: { plan: ActionPlan }) {
  const t = useTranslations('checklist');
  const states = useTranslations('labels.checklistState');
  const locale = useLocale() as Locale;
  const day = (d: string) => formatDay(d, locale);
  const numbers = sectionNumbers(plan.sections);
  return (
    <article data-printable className="space-y-8">
      <div>
        <h1 className="text-3xl font-bold">{t('plan.title')}</h1>
        <p className="mt-2 text-xl font-semibold" lang={passageLang(locale, plan.titleLang)}>
          {plan.title}
        </p>
        <p className="mt-1 text-lg">
          {plan.scopeName ? `${plan.organisationName}, ${plan.scopeName}` : plan.organisationName}
        </p>
        <p className="mt-1 text-slate-700">{t('plan.printed', { date: day(plan.generatedOn) })}.</p>
        <p className="mt-3 max-w-3xl">
          {plan.deadline
            ? t('plan.deadline', { deadline: day(plan.deadline.deadline), signed: day(plan.deadline.signedOn) })
            : t('plan.noSigned')}
        </p>
      </div>
      {plan.sections.map((section, index) => {
        const lang = passageLang(locale, section.lang);
        const heading = <SectionHeading number={numbers[index] ?? null} title={section.title} lang={lang} />;
        return (
          <section key={section.key} aria-labelledby={`plan-${section.key}`} className="break-inside-avoid-page">
            <h2 id={`plan-${section.key}`} className="text-xl font-semibold">
              {heading}
            </h2>
            <p className="mt-1 mb-3 max-w-3xl italic text-slate-700" lang={lang}>
              {section.commitment}
            </p>
            <TableRegion labelledBy={`plan-${section.key}-tabell`}>
              <table className="w-full border-collapse text-sm">
                <caption id={`plan-${section.key}-tabell`} className="sr-only">
                  {heading}
                </caption>
                <thead>
                  <tr className="border-b-2 border-slate-400 text-left">
                    <th scope="col" className="w-1/3 py-1 pr-3">
                      {t('plan.item')}
                    </th>
                    <th scope="col" className="py-1 pr-3">
                      {t('status')}
                    </th>
                    <th scope="col" className="py-1 pr-3">
                      {t('responsible')}
                    </th>
                    <th scope="col" className="py-1 pr-3">
                      {t('dueOn')}
                    </th>
                    <th scope="col" className="py-1">
                      {t('evidence')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {section.items.map((item) => (
                    <tr key={item.key} className="break-inside-avoid border-b border-slate-300 align-top">
                      <th scope="row" className="py-2 pr-3 text-left font-medium" lang={passageLang(locale, item.lang)}>
                        {item.title}
                      </th>
                      <td className="py-2 pr-3 whitespace-nowrap">
                        <span aria-hidden="true">{stateSymbols[item.status]} </span>
                        {states(item.status)}
                        {item.status === 'NOT_APPLICABLE' && item.reason ? (
                          <span className="block whitespace-normal">{t('reason', { reason: item.reason })}</span>
                        ) : null}
                      </td>
                      <td className="py-2 pr-3">{item.responsible ?? '–'}</td>
                      <td className="py-2 pr-3 whitespace-nowrap">{item.dueOn ? day(item.dueOn) : '–'}</td>
                      <td className="py-2">
                        <span className="whitespace-pre-line">{item.evidenceText || '–'}</span>
                        {item.evidenceLinks.map((link) => (
                          <span key={link} className="block break-all">
                            {link}
                          </span>
                        ))}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableRegion>
          </section>
        );
      })}
    </article>
  );
}
