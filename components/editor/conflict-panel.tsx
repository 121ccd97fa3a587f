import { useLocale, useTranslations } from 'next-intl';
import type { GuideConflict } from '@/lib/actions/guides';
import type { Locale } from '@/lib/i18n/config';
import { formatDateTime } from '@/lib/dates';
import { TextDiff } from './text-diff';

/**
 * Shown when someone else saved the page first. The editor's text stays in the form below; they
 * can compare, then either copy what they need into a fresh copy of the page or save their version
 * on top (the other person's version stays in the history).
 */
export function ConflictPanel({ conflict, pageId }: { conflict: GuideConflict; pageId: string }) {
  const t = useTranslations('editorGuides.conflict');
  const locale = useLocale() as Locale;
  return (
    <section
      aria-labelledby="conflict-heading"
      className="mb-6 rounded border-l-4 border-amber-600 bg-amber-50 p-4 text-slate-900"
    >
      <h2 id="conflict-heading" className="mb-2 text-lg font-semibold">
        {t('heading')}
      </h2>
      <p className="mb-3">
        {t('lead', { author: conflict.authorName, time: formatDateTime(new Date(conflict.savedAt), locale) })}
      </p>
      <TextDiff blocks={conflict.blocks} />
      <p className="mt-3">{t('youCan')}</p>
      <ul className="mb-3 list-disc pl-6">
        <li>
          {t.rich('openSaved', {
            link: (chunks) => (
              <a href={`/redaktion/vagledning/${pageId}`} target="_blank" rel="noopener">
                {chunks}
              </a>
            ),
          })}
        </li>
        <li>{t('saveOnTop')}</li>
      </ul>
      <button type="submit" name="forceVersion" value={conflict.version} className="btn-secondary">
        {t('saveAnyway')}
      </button>
    </section>
  );
}
