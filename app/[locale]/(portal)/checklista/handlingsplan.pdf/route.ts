import { actionPlanFileName } from '@/lib/checklist/action-plan';
import { actionPlanPdf } from '@/lib/checklist/action-plan-pdf';
import { authorize } from '@/lib/auth/guards';
import { actionPlanOf, loadChecklistView } from '@/lib/data/checklist-view';
import { notFound } from '@/lib/errors';
import { handle } from '@/lib/http';

/** The action plan as a PDF to attach to a political decision document. */
export const GET = handle(async (request: Request) => {
  const viewer = await authorize('checklist:read');
  const view = await loadChecklistView(viewer, new URL(request.url).searchParams.get('lista') ?? undefined);
  if (!view) throw notFound('Checklistan finns inte.');
  const plan = actionPlanOf(view);
  return new Response(Buffer.from(await actionPlanPdf(plan)), {
    headers: {
      'content-type': 'application/pdf',
      'content-disposition': `attachment; filename="${actionPlanFileName(plan)}.pdf"`,
      'cache-control': 'private, no-store',
    },
  });
});
