import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { listScoreTemplates } from '@/lib/data/checklist-scores';
import type { Locale } from '@/lib/i18n/config';
import { passageLang } from '@/lib/i18n/passage';

/** From the checklist to the administrations' self-assessments against SKR's steps. */
export async function ScoreTemplatesLink() {
  const templates = await listScoreTemplates();
  if (templates.length === 0) return null;
  const [t, locale] = await Promise.all([getTranslations('checklist'), getLocale() as Promise<Locale>]);
  // The self-assessment templates (SKR's steps) are written in Swedish only.
  return (
    <ul className="mt-3 flex flex-wrap gap-x-6 gap-y-2" aria-label={t('scoresLabel')}>
      {templates.map((template) => (
        <li key={template.key}>
          <Link href={`/checklista/skattning?mall=${template.key}`} lang={passageLang(locale)}>
            {template.title}
          </Link>
        </li>
      ))}
    </ul>
  );
}
