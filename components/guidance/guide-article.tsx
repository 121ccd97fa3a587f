import Link from 'next/link';
import { useLocale, useTranslations } from 'next-intl';
import { formatDay } from '@/lib/dates';
import { headingsOf, renderMarkdownCached } from '@/lib/markdown';
import type { GuideLink } from '@/lib/data/guides';
import type { GuideContent } from '@/lib/validation/guide';
import { GuideSources } from './guide-sources';
import { GuideToc } from './guide-toc';
import type { Locale } from '@/lib/i18n/config';
import { passageLang } from '@/lib/i18n/passage';

type Props = GuideContent & {
  related: GuideLink[];
  banner?: React.ReactNode;
  /** The language the page's texts are written in (Swedish unless it has a version in the reader's). */
  lang?: Locale;
};

/** A guidance page as readers see it (also used for the editors' preview). */
export function GuideArticle({ title, summary, body, meta, related, banner, lang }: Props) {
  const t = useTranslations('guide');
  const labels = useTranslations('labels');
  const locale = useLocale() as Locale;
  // Guidance is written in Swedish unless it has a version in the reader's language: in another
  // language's frame its text says so (WCAG 3.1.2).
  const content = passageLang(locale, lang);
  // Sanitised on the server by lib/markdown.ts: no raw HTML, scripts, handlers or script URLs.
  const html = renderMarkdownCached(body);
  const headings = headingsOf(html);
  return (
    <article className="lg:grid lg:grid-cols-[minmax(0,1fr)_16rem] lg:gap-10">
      <div className="min-w-0">
        {banner}
        <header className="mb-6 border-b border-slate-200 pb-6">
          <p className="mb-2 text-sm font-medium text-brand-700">
            <Link href="/vagledning">{t('breadcrumb')}</Link>
          </p>
          <h1 className="text-3xl font-bold tracking-tight text-slate-900" lang={content}>
            {title}
          </h1>
          <p className="mt-3 max-w-prose text-lg text-slate-700" lang={content}>
            {summary}
          </p>
          {content ? <p className="mt-3 text-sm text-slate-700">{t('onlySwedish')}</p> : null}
          <dl className="mt-4 grid gap-x-6 gap-y-1 text-sm text-slate-700 sm:grid-cols-[auto_1fr]">
            <dt className="font-medium">{t('updated')}</dt>
            <dd>
              <time dateTime={meta.updated}>{formatDay(meta.updated, locale)}</time>
            </dd>
            <dt className="font-medium">{t('topics')}</dt>
            <dd>{meta.topics.map((topic) => labels(`topic.${topic}`)).join(', ')}</dd>
            <dt className="font-medium">{t('audiences')}</dt>
            <dd>{meta.audiences.map((audience) => labels(`audienceKey.${audience}`)).join(', ')}</dd>
            {meta.skrStep ? (
              <>
                <dt className="font-medium">{t('skrGuide')}</dt>
                <dd>
                  {meta.skrEdition
                    ? t('skrStepInEdition', { step: meta.skrStep, edition: meta.skrEdition })
                    : t('skrStep', { step: meta.skrStep })}
                </dd>
              </>
            ) : null}
          </dl>
        </header>
        {headings.length > 1 ? <GuideToc headings={headings} className="mb-8 lg:hidden" /> : null}
        <div className="prose-portal" lang={content} dangerouslySetInnerHTML={{ __html: html }} />
        <GuideSources sources={meta.sources} />
        {related.length > 0 ? (
          <section aria-labelledby="related-heading" className="mt-10 border-t border-slate-200 pt-6">
            <h2 id="related-heading" className="mb-3 text-xl font-semibold">
              {t('related')}
            </h2>
            <ul className="grid gap-2 sm:grid-cols-2">
              {related.map((r) => (
                <li key={r.slug} lang={passageLang(locale, r.lang)}>
                  <Link href={`/vagledning/${r.slug}`}>{r.title}</Link>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
      </div>
      {headings.length > 1 ? (
        <aside className="hidden lg:block">
          <GuideToc headings={headings} className="sticky top-4" />
        </aside>
      ) : null}
    </article>
  );
}
