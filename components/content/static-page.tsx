import { useLocale, useTranslations } from 'next-intl';
import { loadPage } from '@/lib/content/loader';
import { formatDay } from '@/lib/dates';
import { Markdown } from './markdown';

/**
 * A fixed page from content/pages (accessibility statement, privacy notice), in the reader's
 * language where it is written; a Swedish one inside another language's frame is marked so.
 */
export function StaticPage({ slug }: { slug: string }) {
  const locale = useLocale();
  const t = useTranslations('guide');
  const { data, body, locale: written } = loadPage(slug, undefined, locale);
  const marked = written === locale ? undefined : written;
  return (
    <article>
      <h1 className="mb-2 text-3xl font-bold tracking-tight" lang={marked}>
        {data.title}
      </h1>
      <p className="mb-6 text-sm text-slate-600">
        {t('updated')} {formatDay(data.updated, locale)}
      </p>
      {marked ? <p className="mb-6 text-sm text-slate-700">{t('onlySwedish')}</p> : null}
      <div lang={marked}>
        <Markdown source={body} />
      </div>
    </article>
  );
}
