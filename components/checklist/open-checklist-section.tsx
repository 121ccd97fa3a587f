import { getLocale, getTranslations } from 'next-intl/server';
import type { SessionUser } from '@/lib/auth/guards';
import { canOpenChecklist } from '@/lib/auth/permissions';
import { localizeTemplate } from '@/lib/checklist/translations';
import { getPublishedTemplate, listTemplates } from '@/lib/data/checklist-templates';
import type { Locale } from '@/lib/i18n/config';
import { passageLang } from '@/lib/i18n/passage';
import { listAdministrations } from '@/lib/data/checklists';
import { OpenChecklistForm } from './open-checklist-form';

/** For strategists and admins: open a checklist for the organisation or one administration. */
export async function OpenChecklistSection({ viewer, first }: { viewer: SessionUser; first?: boolean }) {
  if (!canOpenChecklist(viewer)) return null;
  const [templates, administrations] = await Promise.all([listTemplates(), listAdministrations(viewer.organisationId)]);
  const [t, locale] = await Promise.all([getTranslations('checklist.open'), getLocale() as Promise<Locale>]);
  // Each template by its title in the reader's language where it has one.
  const published = await Promise.all(
    templates
      .filter((template) => template.published !== null && template.kind === 'STATUS')
      .map(async (template) => {
        const snapshot = await getPublishedTemplate(template.id);
        const shown = snapshot ? localizeTemplate(snapshot, locale) : { title: template.title, lang: undefined };
        return { id: template.id, name: shown.title, lang: passageLang(locale, shown.lang) };
      }),
  );
  if (published.length === 0) return <p>{t('noTemplate')}</p>;
  return (
    <section aria-labelledby="open-heading" className={first ? '' : 'mt-12 border-t border-slate-200 pt-6'}>
      <h2 id="open-heading" className="mb-2 text-xl font-semibold">
        {first ? t('headingFirst') : t('heading')}
      </h2>
      <p className="mb-3 max-w-3xl">{t('lead')}</p>
      <OpenChecklistForm templates={published} administrations={administrations} />
    </section>
  );
}
