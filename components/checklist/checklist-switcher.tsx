import Link from 'next/link';
import { useLocale, useTranslations } from 'next-intl';
import type { Locale } from '@/lib/i18n/config';
import { passageLang } from '@/lib/i18n/passage';
import type { NamedRef } from '@/lib/data/checklist-view';

/** The organisation's checklists (the whole organisation and any administration's own). */
export function ChecklistSwitcher({ all, current }: { all: NamedRef[]; current: string }) {
  const t = useTranslations('checklist.switcher');
  const locale = useLocale() as Locale;
  if (all.length < 2) return null;
  return (
    <nav aria-label={t('label')} className="mb-6">
      <ul className="flex flex-wrap gap-2">
        {all.map((c, i) => (
          <li key={c.id}>
            <Link
              href={i === 0 ? '/checklista' : `/checklista?lista=${encodeURIComponent(c.id)}`}
              aria-current={c.id === current ? 'page' : undefined}
              className={`block rounded border px-3 py-1.5 text-sm no-underline ${c.id === current ? 'border-brand-800 bg-brand-800 text-white hover:text-white' : 'border-brand-700'}`}
            >
              {c.unitName ?? t('whole')}
              <span className="sr-only">
                : <span lang={passageLang(locale, c.lang)}>{c.title}</span>
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
