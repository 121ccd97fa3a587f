import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { ScoreTemplatesLink } from '@/components/checklist-scores/score-templates-link';
import { ChecklistSwitcher } from '@/components/checklist/checklist-switcher';
import { DeadlineNotice } from '@/components/checklist/deadline-notice';
import { ExportLinks } from '@/components/checklist/export-links';
import { ItemList } from '@/components/checklist/item-list';
import { OpenChecklistSection } from '@/components/checklist/open-checklist-section';
import { OverdueList } from '@/components/checklist/overdue-list';
import { ProgressTable } from '@/components/checklist/progress-table';
import { ProgressBar } from '@/components/learning/progress-bar';
import { PageHeader } from '@/components/ui/page-header';
import { requirePermission } from '@/lib/auth/guards';
import { actionPlanDeadline } from '@/lib/checklist/deadline';
import { checklistProgress, overdueItems } from '@/lib/checklist/progress';
import { checklistHref, loadChecklistView } from '@/lib/data/checklist-view';
import type { Locale } from '@/lib/i18n/config';
import { passageLang } from '@/lib/i18n/passage';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('checklist'))('title') };
}

type Props = { searchParams: Promise<{ lista?: string }> };

export default async function ChecklistPage({ searchParams }: Props) {
  const viewer = await requirePermission('checklist:read', '/checklista');
  const { lista } = await searchParams;
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations('checklist');
  const view = await loadChecklistView(viewer, lista, locale);
  if (!view && lista) notFound();
  if (!view) {
    return (
      <>
        <PageHeader title={t('title')} lead={t('noneLead')}>
          <ScoreTemplatesLink />
        </PageHeader>
        <OpenChecklistSection viewer={viewer} first />
      </>
    );
  }
  const now = new Date();
  const progress = checklistProgress(view.template.sections, view.items);
  const overdue = overdueItems(view.template.sections, view.items, now);
  const href = (key: string) => checklistHref(view, `/checklista/${key}`);
  return (
    <>
      <PageHeader
        title={<span lang={passageLang(locale, view.ref.lang)}>{view.ref.title}</span>}
        lead={
          <>
            {view.organisation.name}
            {view.ref.unitName ? `, ${view.ref.unitName}` : ''}.{' '}
            <span lang={passageLang(locale, view.template.lang)}>{view.template.summary}</span>
          </>
        }
      >
        <ExportLinks view={view} />
        <ScoreTemplatesLink />
      </PageHeader>
      <ChecklistSwitcher all={view.all} current={view.ref.id} />
      <div className="mb-10 grid grid-cols-1 gap-8 lg:grid-cols-[3fr_2fr]">
        <section aria-labelledby="progress-heading">
          <h2 id="progress-heading" className="mb-3 text-xl font-semibold">
            {t('progressHeading')}
          </h2>
          <div className="mb-4 max-w-md">
            <ProgressBar done={progress.overall.done} total={progress.overall.applicable} label={t('progressLabel')} />
          </div>
          <ProgressTable progress={progress} />
        </section>
        <div className="space-y-8">
          <section aria-labelledby="deadline-heading" className="rounded border border-brand-100 bg-brand-50 p-4">
            <h2 id="deadline-heading" className="mb-2 text-xl font-semibold">
              {t('planHeading')}
            </h2>
            <DeadlineNotice deadline={actionPlanDeadline(view.organisation.cemrSignedAt, now)} />
          </section>
          <section aria-labelledby="overdue-heading">
            <h2 id="overdue-heading" className="mb-2 text-xl font-semibold">
              {t('overdueHeading', { count: overdue.length })}
            </h2>
            <OverdueList
              items={overdue}
              href={href}
              responsibleOf={(key) => view.items.get(key)?.responsible?.name ?? null}
            />
          </section>
        </div>
      </div>
      <section aria-labelledby="items-heading">
        <h2 id="items-heading" className="mb-4 text-2xl font-semibold">
          {t('itemsHeading')}
        </h2>
        <ItemList
          sections={view.template.sections}
          items={view.items}
          href={href}
          overdue={new Set(overdue.map((o) => o.key))}
        />
      </section>
      <OpenChecklistSection viewer={viewer} />
    </>
  );
}
