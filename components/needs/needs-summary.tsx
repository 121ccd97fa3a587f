import Link from 'next/link';
import { useLocale, useTranslations } from 'next-intl';
import { TitleIn, type Titles } from '@/components/learning/title-in';
import { formatTags, type Locale } from '@/lib/i18n/config';
import { passageLang } from '@/lib/i18n/passage';
import { formatScore } from './format';

type Need = {
  key: string;
  title: string;
  mean: number | null;
  units: { key: string; label: string; mean: number }[];
  course: { id: string; slug: string; title: string } | null;
};
type Props = { needs: Need[]; canAssign: boolean; canPlan: boolean; titles?: Titles };

/** The rule form with the course and the unit already chosen (the manager still decides and saves). */
const ruleHref = (slug: string, unitId?: string) =>
  `/chef/regler?kurs=${encodeURIComponent(slug)}${unitId ? `&enhet=${encodeURIComponent(unitId)}` : ''}#ny-regel`;

/**
 * The largest needs in plain words, with what can be done about them. The areas are the
 * self-assessment's, written in Swedish; the course's title is in the reader's language where it
 * has one.
 */
export function NeedsSummary({ needs, canAssign, canPlan, titles }: Props) {
  const t = useTranslations('needs');
  const locale = useLocale() as Locale;
  const list = new Intl.ListFormat(formatTags[locale], { type: 'conjunction' });
  const unitText = (u: { label: string; mean: number }) => `${u.label} (${formatScore(u.mean, locale)})`;
  return (
    <section aria-labelledby="largest-needs" className="mb-10 rounded-lg border border-amber-300 bg-amber-50 p-4">
      <h2 id="largest-needs" className="text-xl font-semibold">
        {t('largest')}
      </h2>
      {needs.length === 0 ? (
        <p className="mt-2">{t('tooFew')}</p>
      ) : (
        needs.map((need) => {
          const area = () => <strong lang={passageLang(locale)}>{need.title}</strong>;
          const areaPlain = () => <span lang={passageLang(locale)}>{need.title}</span>;
          const course = need.course;
          const title = () => (course ? <TitleIn id={course.id} title={course.title} titles={titles} /> : null);
          return (
            <div key={need.key} className="mt-3 space-y-2">
              <p>
                {need.mean !== null
                  ? t.rich('lowestAreaMean', { area, mean: formatScore(need.mean, locale) })
                  : t.rich('lowestArea', { area })}
                {need.units.length > 0
                  ? ` ${t('lowestUnits', { units: list.format(need.units.map(unitText)) })}`
                  : null}
              </p>
              <ul className="flex flex-wrap gap-x-6 gap-y-2">
                {course ? (
                  <li>
                    <Link href={`/kurser/${course.slug}`}>{t.rich('courseLink', { title })}</Link>
                  </li>
                ) : null}
                {canAssign && course
                  ? (need.units.length > 0 ? need.units : [null]).map((unit) => (
                      <li key={unit?.key ?? 'all'}>
                        <Link href={ruleHref(course.slug, unit?.key)}>
                          {unit
                            ? t.rich('assignCourseTo', { title, unit: unit.label })
                            : t.rich('assignCourse', { title })}
                        </Link>
                      </li>
                    ))
                  : null}
                {canPlan ? (
                  <li>
                    <Link href="/chef/traffar/ny">{t.rich('planSession', { area: areaPlain })}</Link>
                  </li>
                ) : null}
              </ul>
            </div>
          );
        })
      )}
    </section>
  );
}
