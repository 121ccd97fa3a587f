import { useLocale, useTranslations } from 'next-intl';
import type { Heading } from '@/lib/markdown';
import { passageLang } from '@/lib/i18n/passage';

/** The page's ## and ### headings as in-page links (the guide's own words, marked Swedish where the page is not). */
export function GuideToc({ headings, className = '' }: { headings: Heading[]; className?: string }) {
  const t = useTranslations('guide');
  const written = passageLang(useLocale());
  return (
    <nav
      aria-label={t('tocLabel')}
      className={`rounded-lg border border-slate-200 bg-slate-50 p-4 text-sm ${className}`}
    >
      <p className="mb-2 font-semibold text-slate-900">{t('toc')}</p>
      <ul className="space-y-1" lang={written}>
        {headings.map((h) => (
          <li key={h.id} className={h.depth === 3 ? 'pl-4' : undefined}>
            <a href={`#${h.id}`}>{h.text}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
