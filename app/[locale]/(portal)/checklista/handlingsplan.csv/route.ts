import { actionPlanCsv, actionPlanFileName } from '@/lib/checklist/action-plan';
import { authorize } from '@/lib/auth/guards';
import { actionPlanOf, loadChecklistView } from '@/lib/data/checklist-view';
import { notFound } from '@/lib/errors';
import { handle } from '@/lib/http';
import { localeOf } from '@/lib/i18n/config';

type Params = { params: Promise<{ locale: string }> };

/** The action plan as CSV (UTF-8 with BOM) in the reader's language, for everyone in the organisation who reads the checklist. */
export const GET = handle(async (request: Request, { params }: Params) => {
  const viewer = await authorize('checklist:read');
  const locale = localeOf((await params).locale);
  const view = await loadChecklistView(viewer, new URL(request.url).searchParams.get('lista') ?? undefined, locale);
  if (!view) throw notFound('Checklistan finns inte.');
  const plan = actionPlanOf(view);
  return new Response(actionPlanCsv(plan, locale), {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${actionPlanFileName(plan, locale)}.csv"`,
      'cache-control': 'private, no-store',
    },
  });
});
