import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ActionPlanView } from '@/components/checklist/action-plan-view';
import { PrintButton } from '@/components/checklist/print-button';
import { requirePermission } from '@/lib/auth/guards';
import { actionPlanOf, checklistHref, loadChecklistView } from '@/lib/data/checklist-view';

export const metadata: Metadata = { title: 'Handlingsplan' };

type Props = { searchParams: Promise<{ lista?: string }> };

export default async function ActionPlanPage({ searchParams }: Props) {
  const viewer = await requirePermission('checklist:read', '/checklista/handlingsplan');
  const view = await loadChecklistView(viewer, (await searchParams).lista);
  if (!view) notFound();
  return (
    <>
      <div className="mb-6 flex flex-wrap items-center gap-x-6 gap-y-2 print:hidden">
        <Link href={checklistHref(view, '/checklista')}>Tillbaka till checklistan</Link>
        <PrintButton />
        <a href={checklistHref(view, '/checklista/handlingsplan.pdf')} download>
          Ladda ner som PDF
        </a>
        <a href={checklistHref(view, '/checklista/handlingsplan.csv')} download>
          Ladda ner som CSV
        </a>
      </div>
      <ActionPlanView plan={actionPlanOf(view)} />
    </>
  );
}
