import { useLocale, useTranslations } from 'next-intl';
import { formatDay } from '@/lib/dates';
import type { GuideMeta } from '@/lib/validation/guide';
import { passageLang } from '@/lib/i18n/passage';

/** A guide's sources, as their publishers name them (mostly Swedish, marked so where the page is not). */
export function GuideSources({ sources }: { sources: GuideMeta['sources'] }) {
  const t = useTranslations('guide');
  const locale = useLocale();
  const written = passageLang(locale);
  return (
    <section aria-labelledby="sources-heading" className="mt-10 border-t border-slate-200 pt-6">
      <h2 id="sources-heading" className="mb-3 text-xl font-semibold">
        {t('sources')}
      </h2>
      <ul className="space-y-2 text-slate-800">
        {sources.map((s) => (
          <li key={`${s.title}-${s.publisher}`}>
            <span lang={written}>
              {s.url ? <a href={s.url}>{s.title}</a> : <span className="italic">{s.title}</span>}
              <span className="text-slate-700"> – {s.publisher}</span>
            </span>
            <span className="text-slate-700">{s.date ? `, ${formatDay(s.date, locale)}` : null}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
