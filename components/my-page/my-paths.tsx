import Link from 'next/link';
import { useLocale, useTranslations } from 'next-intl';
import { ProgressBar } from '@/components/learning/progress-bar';
import type { PathProgress } from '@/lib/data/path-progress';
import { audienceToKey } from '@/lib/audiences';
import { formatShortDay } from '@/lib/dates';
import type { Locale } from '@/lib/i18n/config';
import { passageLang } from '@/lib/i18n/passage';
import { CertificateLinks } from './my-courses';

// Links not prefetched, as in my-courses.tsx.
/** The person's learning paths: how many of the courses are done, and the certificate once all are. */
export function MyPaths({ paths }: { paths: (PathProgress & { lang?: Locale })[] }) {
  const t = useTranslations('myPage');
  const locale = useLocale();
  if (paths.length === 0) return <p>{t('noPaths')}</p>;
  return (
    <ul className="space-y-3">
      {paths.map((p) => (
        <li key={p.pathId} className="rounded-lg border border-slate-200 p-4">
          <h3 className="font-semibold">
            <Link
              prefetch={false}
              href={`/larvagar/${audienceToKey[p.audience]}`}
              lang={p.lang && passageLang(locale, p.lang)}
            >
              {p.title}
            </Link>
          </h3>
          {p.completedAt ? (
            <p className="flex flex-wrap items-baseline gap-x-3 text-sm">
              <span>{t('pathDone', { date: formatShortDay(p.completedAt, locale) })}</span>
              {p.revoked ? (
                <span>{t('revoked')}</span>
              ) : (
                <CertificateLinks title={p.title} lang={p.lang} pdfHref={`/min-sida/intyg/larvag/${p.pathId}`} />
              )}
            </p>
          ) : (
            <ProgressBar done={p.done} total={p.total} label={t('pathCourses')} />
          )}
        </li>
      ))}
    </ul>
  );
}
