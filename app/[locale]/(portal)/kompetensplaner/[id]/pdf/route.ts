import { authorize } from '@/lib/auth/guards';
import { getPlan, loadPlanFollowUp, planCourseTitles } from '@/lib/data/competence-plans';
import { notFound } from '@/lib/errors';
import { handle } from '@/lib/http';
import { translator } from '@/lib/i18n';
import { localeOf } from '@/lib/i18n/config';
import { planPdf } from '@/lib/plans/plan-pdf';

type Params = { params: Promise<{ id: string; locale: string }> };

/** The plan and its follow-up as a PDF for the politicians, in the reader's language; opens in the browser. */
export const GET = handle(async (_request: Request, { params }: Params) => {
  const viewer = await authorize();
  const { id, locale: asked } = await params;
  const locale = localeOf(asked);
  const plan = await getPlan(viewer, id);
  if (!plan) throw notFound('Planen finns inte.');
  const followUp = await loadPlanFollowUp(plan);
  // The courses by their titles in the reader's language where they have one.
  const titles = await planCourseTitles(plan, locale);
  const titleOf = (id: string | null, stored: string) => (id ? titles.get(id)?.title : undefined) ?? stored;
  const pdf = await planPdf({
    ...plan,
    activities: plan.activities.map((a) => ({
      ...a,
      course: a.course ? { title: titleOf(a.courseId, a.course.title) } : null,
    })),
    organisationName: viewer.organisationName,
    unitName: plan.unit.name,
    goals: followUp.goals.map((g) => ({ ...g, courseTitle: titleOf(g.courseId, g.courseTitle) })),
    followUp: {
      ...followUp,
      goals: followUp.goals.map((g) => ({ ...g, courseTitle: titleOf(g.courseId, g.courseTitle) })),
    },
    printedAt: new Date(),
    locale,
  });
  const fileName = translator(locale)('plans.fileName');
  const name = `${fileName}-${plan.year}-${plan.unit.name}`
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
