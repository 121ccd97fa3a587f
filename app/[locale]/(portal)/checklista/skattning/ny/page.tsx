import type { Metadata } from 'next';
import Link from 'next/link';
import { forbidden, notFound } from 'next/navigation';
import { ScoreForm } from '@/components/checklist-scores/score-form';
import { LevelScale } from '@/components/ui/level-scale';
import { PageHeader } from '@/components/ui/page-header';
import { requirePermission } from '@/lib/auth/guards';
import { canScoreAdministration } from '@/lib/auth/permissions';
import { findAdministration, getScoreTemplate } from '@/lib/data/checklist-scores';

export const metadata: Metadata = { title: 'Ny självskattning' };

type Props = { searchParams: Promise<{ mall?: string; forvaltning?: string }> };

export default async function NewScoreRoundPage({ searchParams }: Props) {
  const viewer = await requirePermission('checklist:read', '/checklista/skattning');
  const { mall, forvaltning } = await searchParams;
  const template = await getScoreTemplate(typeof mall === 'string' ? mall : undefined);
  if (!template || typeof forvaltning !== 'string') notFound();
  const unit = await findAdministration(viewer, forvaltning);
  if (!unit) notFound();
  if (!canScoreAdministration(viewer, unit)) forbidden();
  return (
    <>
      <PageHeader
        title={`Ny skattning: ${unit.name}`}
        lead={`${template.snapshot.title}. Välj för varje påstående den nivå som stämmer bäst för förvaltningen i dag. Allt sparas på en gång när du är klar.`}
      >
        <p className="mt-3">
          <Link href={`/checklista/skattning?mall=${template.key}`}>Tillbaka till självskattningen</Link>
        </p>
      </PageHeader>
      <LevelScale levels={template.snapshot.scale ?? []} heading="Nivåerna" />
      <ScoreForm
        templateKey={template.key}
        unitId={unit.id}
        version={template.revisionNumber}
        template={template.snapshot}
      />
    </>
  );
}
