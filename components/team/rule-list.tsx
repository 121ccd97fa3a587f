import { useLocale, useTranslations } from 'next-intl';
import { TitleIn, type Titles } from '@/components/learning/title-in';
import { formatDay } from '@/lib/dates';
import type { RuleSummary } from '@/lib/data/rule-list';
import type { Locale } from '@/lib/i18n/config';
import { RemoveRuleButton } from './remove-rule-button';

type Words = ReturnType<typeof useTranslations<'rules'>>;
type Labels = ReturnType<typeof useTranslations<'labels'>>;

/** Who a rule gives its course to: "Förskola och enheterna under: chefer". */
function ruleWho(r: RuleSummary, t: Words, labels: Labels): string {
  const unit = r.unitRemoved ? t('removedUnit') : r.unitName;
  const where = unit ? (r.includeSubunits ? t('unitAndBelow', { unit }) : unit) : t('wholeOrganisation');
  return r.audience
    ? t('whoAudience', { where, audience: labels(`audiencePlural.${r.audience}`).toLowerCase() })
    : t('whoAll', { where });
}

export function RuleList({ rules, titles }: { rules: RuleSummary[]; titles?: Titles }) {
  const t = useTranslations('rules');
  const labels = useTranslations('labels');
  const locale = useLocale() as Locale;
  if (rules.length === 0) return <p>{t('none')}</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="mb-2 text-left text-slate-700">{t('caption', { count: rules.length })}</caption>
        <thead>
          <tr className="border-b-2 border-slate-300">
            <th scope="col" className="py-2 pr-4">
              {t('colWho')}
            </th>
            <th scope="col" className="py-2 pr-4">
              {t('colGets')}
            </th>
            <th scope="col" className="py-2 pr-4">
              {t('colWithin')}
            </th>
            <th scope="col" className="py-2 pr-4">
              {t('colCreated')}
            </th>
            <th scope="col" className="py-2 pr-4">
              <span className="sr-only">{t('colAction')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rules.map((r) => {
            const swedish = r.itemTitle ?? t(r.itemKind === 'path' ? 'removedPath' : 'removedCourse');
            const title = r.itemTitle ? <TitleIn id={r.itemId} title={r.itemTitle} titles={titles} /> : swedish;
            return (
              <tr key={r.id} className="border-b border-slate-200 align-top">
                <th scope="row" className="py-2 pr-4 font-normal">
                  {ruleWho(r, t, labels)}
                </th>
                <td className="py-2 pr-4">
                  {r.itemKind === 'path' && r.itemTitle ? t.rich('path', { title: () => title }) : title}
                </td>
                <td className="py-2 pr-4">{t('days', { count: r.dueDays })}</td>
                <td className="py-2 pr-4">
                  {r.createdBy
                    ? t('createdBy', { date: formatDay(r.createdAt, locale), name: r.createdBy })
                    : formatDay(r.createdAt, locale)}
                </td>
                <td className="py-2 pr-4">
                  <RemoveRuleButton
                    ruleId={r.id}
                    description={t('removeWhich', {
                      who: ruleWho(r, t, labels),
                      title: titles?.get(r.itemId)?.title ?? swedish,
                    })}
                  />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
