import { authorize } from '@/lib/auth/guards';
import { getPlan, loadPlanFollowUp } from '@/lib/data/competence-plans';
import { notFound } from '@/lib/errors';
import { handle } from '@/lib/http';
import { planPdf } from '@/lib/plans/plan-pdf';

/** The plan and its follow-up as a PDF for the politicians; opens in the browser. */
export const GET = handle(async (_request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const viewer = await authorize();
  const plan = await getPlan(viewer, (await params).id);
  if (!plan) throw notFound('Planen finns inte.');
  const followUp = await loadPlanFollowUp(plan);
  const pdf = await planPdf({
    ...plan,
    organisationName: viewer.organisationName,
    unitName: plan.unit.name,
    goals: followUp.goals,
    followUp,
    printedAt: new Date(),
  });
  const name = `kompetensplan-${plan.year}-${plan.unit.name}`
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-');
  return new Response(Buffer.from(pdf), {
    headers: {
      'content-type': 'application/pdf',
      'content-disposition': `inline; filename="${name}.pdf"`,
      'cache-control': 'private, no-store',
    },
  });
});
