import type { Metadata } from 'next';
import Link from 'next/link';
import { forbidden, notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { ScoreForm } from '@/components/checklist-scores/score-form';
import { LevelScale } from '@/components/ui/level-scale';
import { PageHeader } from '@/components/ui/page-header';
import { requirePermission } from '@/lib/auth/guards';
import { canScoreAdministration } from '@/lib/auth/permissions';
import { findAdministration, getScoreTemplate } from '@/lib/data/checklist-scores';
import type { Locale } from '@/lib/i18n/config';
import { passageLang } from '@/lib/i18n/passage';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('scores'))('newTitle') };
}

type Props = { searchParams: Promise<{ mall?: string; forvaltning?: string }> };

export default async function NewScoreRoundPage({ searchParams }: Props) {
  const viewer = await requirePermission('checklist:read', '/checklista/skattning');
  const { mall, forvaltning } = await searchParams;
  const template = await getScoreTemplate(typeof mall === 'string' ? mall : undefined);
  if (!template || typeof forvaltning !== 'string') notFound();
  const unit = await findAdministration(viewer, forvaltning);
  if (!unit) notFound();
  if (!canScoreAdministration(viewer, unit)) forbidden();
  const [t, locale] = await Promise.all([getTranslations('scores'), getLocale() as Promise<Locale>]);
  // The statements and levels are written in Swedish only.
  const sv = passageLang(locale);
  return (
    <>
      <PageHeader
        title={t('newHeading', { unit: unit.name })}
        lead={
          <>
            <span lang={sv}>{template.snapshot.title}</span>. {t('newLead')}
            {sv ? ` ${t('inSwedish')}` : null}
          </>
        }
      >
        <p className="mt-3">
          <Link href={`/checklista/skattning?mall=${template.key}`}>{t('backToScores')}</Link>
        </p>
      </PageHeader>
      <LevelScale levels={template.snapshot.scale ?? []} heading={t('levelsHeading')} lang={sv} />
      <ScoreForm
        templateKey={template.key}
        unitId={unit.id}
        version={template.revisionNumber}
        template={template.snapshot}
      />
    </>
  );
}
