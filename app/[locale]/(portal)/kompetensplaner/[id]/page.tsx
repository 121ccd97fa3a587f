import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { PlanDetails } from '@/components/plans/plan-details';
import { PlanFollowUpTables } from '@/components/plans/plan-follow-up';
import { Alert } from '@/components/ui/alert';
import { requireUser } from '@/lib/auth/guards';
import { getPlan, loadPlanFollowUp, planCourseTitles } from '@/lib/data/competence-plans';
import type { Locale } from '@/lib/i18n/config';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('plans'))('planTitle') };
}

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
  const locale = (await getLocale()) as Locale;
  const [followUp, query, t, titles] = await Promise.all([
    loadPlanFollowUp(plan),
    searchParams,
    getTranslations('plans'),
    planCourseTitles(plan, locale),
  ]);
  const saved = query.skapad ? t('created') : query.sparad ? t('changed') : null;
  const year = String(plan.year);
  return (
    <article data-printable className="space-y-8 text-slate-900 print:text-black">
      {saved ? <Alert tone="success">{saved}</Alert> : null}
      <header className="border-b border-slate-200 pb-6">
        <h1 className="text-3xl font-bold tracking-tight break-words">
          {t('heading', { year, unit: plan.unit.name })}
        </h1>
        <p className="mt-2 text-lg">{viewer.organisationName}</p>
        <p className="mt-4 flex flex-wrap gap-x-6 gap-y-2 print:hidden">
          <Link href={`/kompetensplaner?ar=${plan.year}`}>{t('allForYear', { year })}</Link>
          {plan.canEdit ? <Link href={`/kompetensplaner/${plan.id}/andra`}>{t('edit')}</Link> : null}
          <a href={`/kompetensplaner/${plan.id}/pdf`}>{t('openPdf')}</a>
        </p>
        <p className="mt-2 text-sm text-slate-700 print:hidden">{t('printHint')}</p>
      </header>
      <PlanDetails plan={plan} titles={titles} />
      <PlanFollowUpTables followUp={followUp} year={plan.year} titles={titles} />
    </article>
  );
}
