import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { CommentForm } from '@/components/checklist/comment-form';
import { ItemComments, ItemHistory } from '@/components/checklist/item-history';
import { ItemForm } from '@/components/checklist/item-form';
import { ItemState } from '@/components/checklist/item-state';
import { TrainingFigures } from '@/components/checklist/training-figures';
import { PageHeader } from '@/components/ui/page-header';
import { requirePermission } from '@/lib/auth/guards';
import { canAssignResponsible, canEditChecklistItem } from '@/lib/auth/permissions';
import { getItemComments, getItemHistory } from '@/lib/data/checklist-item-history';
import { getLinkedTraining } from '@/lib/data/checklist-training';
import { checklistHref, loadChecklistView } from '@/lib/data/checklist-view';
import { listAssignablePeople } from '@/lib/data/checklists';
import type { Locale } from '@/lib/i18n/config';
import { passageLang } from '@/lib/i18n/passage';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('checklist'))('itemTitle') };
}

type Props = { params: Promise<{ punkt: string }>; searchParams: Promise<{ lista?: string }> };

export default async function ChecklistItemPage({ params, searchParams }: Props) {
  const { punkt } = await params;
  const viewer = await requirePermission('checklist:read', `/checklista/${punkt}`);
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations('checklist');
  const view = await loadChecklistView(viewer, (await searchParams).lista, locale);
  const section = view?.template.sections.find((s) => s.items.some((i) => i.key === punkt));
  const item = section?.items.find((i) => i.key === punkt);
  if (!view || !section || !item) notFound();
  const saved = view.items.get(item.key);
  const mayEdit = canEditChecklistItem(viewer, view.ref, { responsibleId: saved?.responsible?.id ?? null });
  const [history, comments, training, people] = await Promise.all([
    getItemHistory(viewer, { checklistId: view.ref.id, itemKey: item.key }, locale),
    getItemComments(viewer, { checklistId: view.ref.id, itemKey: item.key }, locale),
    getLinkedTraining(viewer.organisationId, item.linkedCourses.join(','), locale),
    mayEdit && canAssignResponsible(viewer) ? listAssignablePeople(viewer.organisationId) : Promise.resolve([]),
  ]);
  return (
    <>
      <p className="mb-4">
        <Link href={checklistHref(view, '/checklista')}>{t('back')}</Link>
      </p>
      <PageHeader
        title={<span lang={passageLang(locale, item.lang)}>{item.title}</span>}
        lead={
          <>
            {section.optional ? t('optionalSection') : t('commitment')}:{' '}
            <span lang={passageLang(locale, section.lang)}>{section.title}</span>
          </>
        }
      >
        <p className="mt-2 max-w-3xl text-slate-700" lang={passageLang(locale, section.lang)}>
          {section.commitment}
        </p>
      </PageHeader>
      <div className="grid gap-10 lg:grid-cols-2">
        <section aria-labelledby="about-heading" className="space-y-4">
          <h2 id="about-heading" className="text-xl font-semibold">
            {t('aboutHeading')}
          </h2>
          {item.lang !== locale ? <p className="text-sm text-slate-700">{t('inSwedish')}</p> : null}
          <p className="max-w-prose" lang={passageLang(locale, item.lang)}>
            {item.explanation}
          </p>
          <div className="rounded border-l-4 border-brand-600 bg-brand-50 p-4">
            <h3 className="mb-1 font-semibold">{t('example')}</h3>
            <p className="max-w-prose" lang={passageLang(locale, item.lang)}>
              {item.example}
            </p>
          </div>
        </section>
        <section aria-labelledby="state-heading">
          <h2 id="state-heading" className="mb-3 text-xl font-semibold">
            {t('stateHeading')}
          </h2>
          <ItemState saved={saved} />
        </section>
      </div>
      {training ? (
        <section aria-labelledby="training-heading" className="mt-10">
          <h2 id="training-heading" className="mb-3 text-xl font-semibold">
            {t('trainingHeading')}
          </h2>
          <TrainingFigures training={training} />
        </section>
      ) : null}
      <section aria-labelledby="edit-heading" className="mt-10">
        <h2 id="edit-heading" className="mb-3 text-xl font-semibold">
          {t('editHeading')}
        </h2>
        {mayEdit ? (
          <ItemForm
            checklistId={view.ref.id}
            itemKey={item.key}
            mayAssign={canAssignResponsible(viewer)}
            people={people.map((p) => ({ id: p.id, label: p.unit ? `${p.name} (${p.unit.name})` : p.name }))}
            saved={{
              version: saved?.version ?? 0,
              status: saved?.status ?? 'NOT_STARTED',
              reason: saved?.reason ?? '',
              responsibleId: saved?.responsible?.id ?? '',
              responsibleName: saved?.responsible?.name ?? null,
              dueAt: saved?.dueOn ?? '',
              evidenceText: saved?.evidenceText ?? '',
              evidenceLinks: saved?.evidenceLinks.join('\n') ?? '',
            }}
          />
        ) : (
          <p className="max-w-prose">{t('readOnly')}</p>
        )}
      </section>
      <div className="mt-10 grid gap-10 lg:grid-cols-2">
        <section aria-labelledby="history-heading">
          <h2 id="history-heading" className="mb-3 text-xl font-semibold">
            {t('historyHeading')}
          </h2>
          <ItemHistory entries={history} />
        </section>
        <section aria-labelledby="comments-heading" className="space-y-4">
          <h2 id="comments-heading" className="text-xl font-semibold">
            {t('commentsHeading')}
          </h2>
          <ItemComments comments={comments} />
          {mayEdit ? <CommentForm checklistId={view.ref.id} itemKey={item.key} /> : null}
        </section>
      </div>
    </>
  );
}
