import Link from 'next/link';
import { useLocale, useTranslations } from 'next-intl';
import { formatDay } from '@/lib/dates';
import type { Locale } from '@/lib/i18n/config';
import { passageLang } from '@/lib/i18n/passage';

type Props = {
  kind: 'course' | 'path';
  name: string;
  title: string;
  /** The language the title is written in, when the course or path has no version in the reader's. */
  titleLang?: Locale;
  organisationName: string;
  completedAt: Date;
  certificateNo: string;
  /** The path's courses, in order, each with the language its title is in. */
  courses?: readonly { title: string; lang: Locale }[];
  pdfHref: string;
  verifyHref: string;
};

/** The certificate as a web page: the same facts as the PDF, for screen readers and small screens. */
export function CertificateView(p: Props) {
  const t = useTranslations('certificate');
  const locale = useLocale();
  return (
    <article aria-labelledby="certificate-title" className="max-w-2xl rounded-lg border-4 border-brand-600 p-6">
      <h1 id="certificate-title" className="text-3xl font-bold tracking-tight">
        {t('title')}
      </h1>
      <p className="mt-4 text-2xl font-semibold break-words">{p.name}</p>
      <p className="mt-2">{t(p.kind === 'path' ? 'completedPath' : 'completedCourse')}</p>
      <p className="mt-2 text-xl font-semibold" lang={p.titleLang && passageLang(locale, p.titleLang)}>
        {p.title}
      </p>
      <p className="mt-2">{t('portalOf', { organisation: p.organisationName })}</p>
      <p className="mt-2">{t('completed', { date: formatDay(p.completedAt, locale) })}</p>
      {p.courses?.length ? (
        <section aria-labelledby="courses-heading" className="mt-6">
          <h2 id="courses-heading" className="font-semibold">
            {t('pathCourses')}
          </h2>
          <ol className="mt-2 list-decimal pl-6">
            {p.courses.map((course) => (
              <li key={course.title} lang={passageLang(locale, course.lang)}>
                {course.title}
              </li>
            ))}
          </ol>
        </section>
      ) : null}
      <p className="mt-6 text-sm">
        {t('number')} <span className="font-mono break-all">{p.certificateNo}</span>
      </p>
      <p className="mt-1 text-sm">{t.rich('verify', { link: (text) => <Link href={p.verifyHref}>{text}</Link> })}</p>
      <p className="mt-6">
        <a href={p.pdfHref} download>
          {t('download')}
        </a>
      </p>
    </article>
  );
}
