import { actionPlanFileName } from '@/lib/checklist/action-plan';
import { actionPlanPdf } from '@/lib/checklist/action-plan-pdf';
import { authorize } from '@/lib/auth/guards';
import { actionPlanOf, loadChecklistView } from '@/lib/data/checklist-view';
import { notFound } from '@/lib/errors';
import { handle } from '@/lib/http';
import { localeOf } from '@/lib/i18n/config';

type Params = { params: Promise<{ locale: string }> };

/** The action plan as a PDF in the reader's language, to attach to a political decision document. */
export const GET = handle(async (request: Request, { params }: Params) => {
  const viewer = await authorize('checklist:read');
  const locale = localeOf((await params).locale);
  const view = await loadChecklistView(viewer, new URL(request.url).searchParams.get('lista') ?? undefined, locale);
  if (!view) throw notFound('Checklistan finns inte.');
  const plan = actionPlanOf(view);
  return new Response(Buffer.from(await actionPlanPdf(plan, locale)), {
    headers: {
      'content-type': 'application/pdf',
      'content-disposition': `attachment; filename="${actionPlanFileName(plan, locale)}.pdf"`,
      'cache-control': 'private, no-store',
    },
  });
});
