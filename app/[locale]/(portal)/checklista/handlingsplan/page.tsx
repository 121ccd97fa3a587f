import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { ActionPlanView } from '@/components/checklist/action-plan-view';
import { PrintButton } from '@/components/checklist/print-button';
import { requirePermission } from '@/lib/auth/guards';
import { actionPlanOf, checklistHref, loadChecklistView } from '@/lib/data/checklist-view';
import type { Locale } from '@/lib/i18n/config';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('checklist.plan'))('title') };
}

type Props = { searchParams: Promise<{ lista?: string }> };

export default async function ActionPlanPage({ searchParams }: Props) {
  const viewer = await requirePermission('checklist:read', '/checklista/handlingsplan');
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations('checklist');
  const view = await loadChecklistView(viewer, (await searchParams).lista, locale);
  if (!view) notFound();
  return (
    <>
      <div className="mb-6 flex flex-wrap items-center gap-x-6 gap-y-2 print:hidden">
        <Link href={checklistHref(view, '/checklista')}>{t('back')}</Link>
        <PrintButton />
        <a href={checklistHref(view, '/checklista/handlingsplan.pdf')} download>
          {t('exports.pdf')}
        </a>
        <a href={checklistHref(view, '/checklista/handlingsplan.csv')} download>
          {t('exports.csvShort')}
        </a>
      </div>
      <ActionPlanView plan={actionPlanOf(view)} />
    </>
  );
}
