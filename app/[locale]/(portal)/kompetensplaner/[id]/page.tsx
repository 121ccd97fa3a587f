import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { PlanDetails } from '@/components/plans/plan-details';
import { PlanFollowUpTables } from '@/components/plans/plan-follow-up';
import { Alert } from '@/components/ui/alert';
import { requireUser } from '@/lib/auth/guards';
import { getPlan, loadPlanFollowUp } from '@/lib/data/competence-plans';

export const metadata: Metadata = { title: 'Kompetensplan' };

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** One plan and its follow-up; printable (navigation is left off the paper). */
export default async function PlanPage({ params, searchParams }: Props) {
  const { id } = await params;
  const viewer = await requireUser(`/kompetensplaner/${id}`);
  const plan = await getPlan(viewer, id);
  if (!plan) notFound();
  const [followUp, query] = await Promise.all([loadPlanFollowUp(plan), searchParams]);
  const saved = query.skapad ? 'Planen är sparad.' : query.sparad ? 'Ändringarna är sparade.' : null;
  return (
    <article data-printable className="space-y-8 text-slate-900 print:text-black">
      {saved ? <Alert tone="success">{saved}</Alert> : null}
      <header className="border-b border-slate-200 pb-6">
        <h1 className="text-3xl font-bold tracking-tight break-words">
          Kompetensplan {plan.year}: {plan.unit.name}
        </h1>
        <p className="mt-2 text-lg">{viewer.organisationName}</p>
        <p className="mt-4 flex flex-wrap gap-x-6 gap-y-2 print:hidden">
          <Link href={`/kompetensplaner?ar=${plan.year}`}>Alla planer {plan.year}</Link>
          {plan.canEdit ? <Link href={`/kompetensplaner/${plan.id}/andra`}>Ändra planen</Link> : null}
          <a href={`/kompetensplaner/${plan.id}/pdf`}>Öppna som PDF</a>
        </p>
        <p className="mt-2 text-sm text-slate-700 print:hidden">
          Vill du skriva ut? Tryck Ctrl + P (på Mac Cmd + P); menyer och länkar kommer inte med på papperet.
        </p>
      </header>
      <PlanDetails plan={plan} />
      <PlanFollowUpTables followUp={followUp} year={plan.year} />
    </article>
  );
}
