import Link from 'next/link';
import { useLocale, useTranslations } from 'next-intl';
import type { MyCompletion, MyCourse, MyWithdrawal } from '@/lib/data/my-learning';
import { formatDay, formatShortDay } from '@/lib/dates';
import type { Locale } from '@/lib/i18n/config';
import { passageLang } from '@/lib/i18n/passage';
import { ProgressBar } from '@/components/learning/progress-bar';

/** A course's title is in the reader's language where the course has one; `lang` says which. */
type Titled = { lang?: Locale };

// Min sida lists every course a person has: their links are not prefetched (a dozen page loads on a
// phone's data and CPU right after the page appears); each is fetched when followed.
export function MyCourses({ courses }: { courses: (MyCourse & Titled)[] }) {
  const t = useTranslations('myPage');
  const locale = useLocale();
  if (courses.length === 0)
    return (
      <p>
        {t.rich('noCourses', {
          link: (text) => (
            <Link prefetch={false} href="/larvagar">
              {text}
            </Link>
          ),
        })}
      </p>
    );
  return (
    <ul className="space-y-3">
      {courses.map((c) => (
        <li key={c.courseId} className="rounded-lg border border-slate-200 p-4">
          <h3 className="font-semibold">
            <Link
              prefetch={false}
              href={c.progress.next ? `/kurser/${c.slug}/${c.progress.next.slug}` : `/kurser/${c.slug}`}
              lang={c.lang && passageLang(locale, c.lang)}
            >
              {c.title}
            </Link>
          </h3>
          <p className="text-sm text-slate-700">
            {c.assigned ? t('assigned') : t('started')}
            {c.dueAt ? ` · ${t('dueBy', { date: formatShortDay(c.dueAt, locale) })}` : ''}
            {c.overdue ? <strong className="ml-2 text-red-800">{t('overdue')}</strong> : null}
          </p>
          <ProgressBar done={c.progress.done} total={c.progress.total} label={t('lessons')} />
        </li>
      ))}
    </ul>
  );
}

/** The two ways to a certificate: the PDF, and the same as a web page. */
export function CertificateLinks({ title, lang, pdfHref }: { title: string; lang?: Locale; pdfHref: string }) {
  const t = useTranslations('myPage');
  const locale = useLocale();
  const forTitle = (
    <span className="sr-only">
      {' '}
      {t('for')} <span lang={lang && passageLang(locale, lang)}>{title}</span>
    </span>
  );
  return (
    <>
      <a href={pdfHref} download>
        {t('downloadCertificate')}
        {forTitle}
      </a>
      <Link prefetch={false} href={`${pdfHref}/visa`}>
        {t('certificatePage')}
        {forTitle}
      </Link>
    </>
  );
}

export function MyCompletions({ completions }: { completions: (MyCompletion & Titled)[] }) {
  const t = useTranslations('myPage');
  const locale = useLocale();
  if (completions.length === 0) return <p>{t('noCompletions')}</p>;
  return (
    <ul className="space-y-2">
      {completions.map((c) => (
        <li key={c.courseId} className="flex flex-wrap items-baseline gap-x-3">
          <Link prefetch={false} href={`/kurser/${c.slug}`} lang={c.lang && passageLang(locale, c.lang)}>
            {c.title}
          </Link>
          <span className="text-sm text-slate-700">{t('doneOn', { date: formatShortDay(c.completedAt, locale) })}</span>
          {c.revokedAt ? (
            <span className="text-sm">{t('revoked')}</span>
          ) : (
            <CertificateLinks title={c.title} lang={c.lang} pdfHref={`/min-sida/intyg/${c.courseId}`} />
          )}
        </li>
      ))}
    </ul>
  );
}

/** Courses a manager took back: no longer required, with when and why; what was done stays. */
export function MyWithdrawals({ withdrawals }: { withdrawals: (MyWithdrawal & Titled)[] }) {
  const t = useTranslations('myPage');
  const locale = useLocale();
  return (
    <ul className="space-y-3">
      {withdrawals.map((w) => (
        <li key={w.courseId} className="rounded-lg border border-slate-200 p-4">
          <h4 className="font-semibold">
            <Link prefetch={false} href={`/kurser/${w.slug}`} lang={w.lang && passageLang(locale, w.lang)}>
              {w.title}
            </Link>
          </h4>
          <p className="text-sm text-slate-700">{t('withdrawnOn', { date: formatDay(w.withdrawnAt, locale) })}</p>
          {w.reason ? <p className="mt-1 text-sm">{t('reason', { reason: w.reason })}</p> : null}
        </li>
      ))}
    </ul>
  );
}
