import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { Markdown } from '@/components/content/markdown';
import type { DiscussionGuide } from '@/lib/data/discussion-guides';
import { formatDay } from '@/lib/dates';
import { qrSvg } from '@/lib/discussion-guides/qr';
import type { Locale } from '@/lib/i18n/config';
import { passageLang } from '@/lib/i18n/passage';

// The guide on one page that prints well: black on white, no meaning in colour alone, and tables
// that wrap their text at 390 px instead of scrolling sideways. The same content as the PDF.
// No <header> or <footer> inside: print rules that hide the site's header match any header.
// The guides are written in Swedish: inside an English page the words around them are English and
// the guide's own text is marked `lang="sv"`.

type Words = Awaited<ReturnType<typeof getTranslations<'discussionGuide'>>>;

const headingClass = 'mb-2 text-xl font-semibold text-slate-900 print:text-black';
const linkClass = 'print:text-black';

function TimePlan({
  minutes,
  steps,
  t,
  lang,
}: {
  minutes: number;
  steps: DiscussionGuide['plan30'];
  t: Words;
  lang: Locale | undefined;
}) {
  return (
    <div className="max-w-3xl break-inside-avoid">
      <table className="w-full table-fixed border-collapse text-left">
        <caption className="mb-1 text-left text-lg font-semibold">{t('timePlan', { minutes })}</caption>
        <thead>
          <tr className="border-b-2 border-slate-700">
            <th scope="col" className="w-20 py-1 pr-3 align-bottom">
              {t('time')}
            </th>
            <th scope="col" className="py-1 align-bottom">
              {t('whatYouDo')}
            </th>
          </tr>
        </thead>
        <tbody>
          {steps.map((step, i) => (
            <tr key={i} className="break-inside-avoid border-b border-slate-400 align-top">
              <th scope="row" className="py-2 pr-3 font-semibold">
                {t('minutes', { minutes: step.minutes })}
              </th>
              <td className="py-2 break-words" lang={lang}>
                {step.activity}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The discussion guide; `children` (print hint, PDF link) are left off the paper. */
export async function DiscussionGuideView({ guide, children }: { guide: DiscussionGuide; children?: React.ReactNode }) {
  const [t, locale] = await Promise.all([getTranslations('discussionGuide'), getLocale()]);
  const qr = await qrSvg(guide.url, t('qrLabel', { url: guide.url }));
  const lang = passageLang(locale as Locale);
  return (
    <article data-printable className="space-y-8 text-slate-900 print:space-y-5 print:text-black">
      <div>
        <h1 className="text-3xl font-bold tracking-tight break-words hyphens-auto" lang={lang}>
          {guide.title}
        </h1>
        <p className="mt-2 text-sm text-slate-700 print:text-black">
          {t('byline', { date: formatDay(guide.updated, locale as Locale) })}
        </p>
        {lang ? <p className="mt-2">{t('onlySwedish')}</p> : null}
        {children ? <div className="mt-4 print:hidden">{children}</div> : null}
      </div>
      <section aria-labelledby="guide-purpose" className="max-w-3xl">
        <h2 id="guide-purpose" className={headingClass}>
          {t('purpose')}
        </h2>
        <p lang={lang}>{guide.purpose}</p>
      </section>
      <section aria-labelledby="guide-show" className="max-w-3xl">
        <h2 id="guide-show" className={headingClass}>
          {t('show')}
        </h2>
        <ol className="space-y-3">
          {guide.show.map(({ lesson, note }) => (
            <li key={lesson.slug} className="break-inside-avoid">
              <Link href={`/kurser/${guide.course.slug}/${lesson.slug}`} className={`font-semibold ${linkClass}`}>
                {t('lesson', { position: lesson.position })} <span lang={lang}>{lesson.title}</span>
              </Link>
              <p className="mt-1" lang={lang}>
                {note}
              </p>
            </li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="guide-plans" className="space-y-6">
        <h2 id="guide-plans" className={headingClass}>
          {t('timePlans')}
        </h2>
        <TimePlan minutes={30} steps={guide.plan30} t={t} lang={lang} />
        <TimePlan minutes={60} steps={guide.plan60} t={t} lang={lang} />
      </section>
      <section aria-labelledby="guide-questions" className="max-w-3xl break-inside-avoid">
        <h2 id="guide-questions" className={headingClass}>
          {t('questions')}
        </h2>
        <ol className="list-decimal space-y-2 pl-6" lang={lang}>
          {guide.questions.map((question) => (
            <li key={question}>{question}</li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="guide-exercise" className="max-w-3xl break-inside-avoid">
        <h2 id="guide-exercise" className={headingClass}>
          {t('exercise')}
        </h2>
        <p lang={lang}>{guide.exercise}</p>
      </section>
      <section aria-labelledby="guide-write-down" className="max-w-3xl break-inside-avoid">
        <h2 id="guide-write-down" className={headingClass}>
          {t('writeDown')}
        </h2>
        <ul className="list-disc space-y-1 pl-6" lang={lang}>
          {guide.writeDown.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="guide-tips">
        <h2 id="guide-tips" className={headingClass}>
          {t('tips')}
        </h2>
        {/* One level down, so the tips' own headings sit under this section's heading. */}
        <div lang={lang}>
          <Markdown source={guide.tips.replace(/^(#{1,5}) /gm, '#$1 ')} className="prose-portal print:text-black" />
        </div>
      </section>
      <div className="flex max-w-3xl flex-wrap items-center gap-4 border-t border-slate-400 pt-6 break-inside-avoid">
        <div className="w-32 shrink-0 bg-white" dangerouslySetInnerHTML={{ __html: qr }} />
        <p className="min-w-0 flex-1 basis-56">
          {t.rich('goOnLine', { strong: (words) => <strong>{words}</strong> })}{' '}
          <a href={guide.url} className={`break-all ${linkClass}`}>
            {guide.url}
          </a>
        </p>
      </div>
    </article>
  );
}
