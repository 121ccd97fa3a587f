import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { AssignmentChanges } from '@/components/team/assignment-changes';
import { PathProgressList } from '@/components/team/path-progress';
import { PersonAssignments, PersonCompletions, PersonWithdrawals } from '@/components/team/person-follow-up';
import { ReminderForm } from '@/components/team/reminder-form';
import { PageHeader } from '@/components/ui/page-header';
import type { Audience } from '@/lib/audiences';
import { requirePermission } from '@/lib/auth/guards';
import { itemTitlesIn } from '@/lib/data/learning';
import { getPersonFollowUp } from '@/lib/data/team';
import { addYears, stockholmDay } from '@/lib/dates';
import { pageLocale, type LocaleParams } from '@/lib/i18n/page-locale';
import { DUE_YEARS_AHEAD } from '@/lib/validation/assignments';
import { ExpectedError } from '@/lib/errors';

type Params = Promise<{ locale: string; id: string }>;

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: 'person' });
  return { title: t('metaTitle') };
}

export default async function PersonPage({ params }: { params: Params }) {
  const { id } = await params;
  const viewer = await requirePermission('team:view', `/chef/personer/${id}`);
  const locale = await pageLocale(params);
  const [t, labels] = await Promise.all([
    getTranslations({ locale, namespace: 'person' }),
    getTranslations({ locale, namespace: 'labels' }),
  ]);
  const { person, row, completed, withdrawn, paths } = await getPersonFollowUp(viewer, id).catch((error: unknown) => {
    if (error instanceof ExpectedError && error.code === 'NOT_FOUND') notFound();
    throw error;
  });
  // Course and path titles in the manager's language where they have one.
  const courseIds = [...row.items, ...completed, ...withdrawn].map((c) => c.courseId);
  const titles = await itemTitlesIn(courseIds, locale);
  const open = row.items.some((i) => i.status !== 'done');
  const today = stockholmDay(new Date());
  return (
    <>
      <PageHeader title={person.name} lead={person.unitName ?? undefined}>
        <p className="mt-4">
          <Link href={`/chef/tilldela?person=${person.id}`}>{t('assign', { name: person.name })}</Link>
        </p>
      </PageHeader>
      <dl className="mb-8 grid max-w-xl grid-cols-[max-content_1fr] gap-x-6 gap-y-2">
        <dt className="font-medium">{t('email')}</dt>
        <dd>{person.email ?? t('noEmail')}</dd>
        <dt className="font-medium">{t('audience')}</dt>
        <dd>
          {labels(`audience.${person.audience as Audience}`)}
          <span className="block text-sm text-slate-600">{t('audienceHint')}</span>
        </dd>
      </dl>
      <section aria-labelledby="assigned-heading" className="mb-8 space-y-4">
        <h2 id="assigned-heading" className="text-xl font-semibold">
          {t('assignedHeading')}
        </h2>
        <PersonAssignments name={person.name} items={row.items} titles={titles} />
        {open ? <ReminderForm single={{ id: person.id, name: person.name }} /> : null}
      </section>
      {row.items.length > 0 || withdrawn.length > 0 ? (
        <section aria-labelledby="change-heading" className="mb-8 space-y-3">
          <h2 id="change-heading" className="text-xl font-semibold">
            {t('changeHeading')}
          </h2>
          <p>
            {person.email ? t('changeMail', { name: person.name }) : t('changeNoMail', { name: person.name })}{' '}
            {t('changeKept')}
          </p>
          <AssignmentChanges
            items={row.items.map((i) => ({
              assignmentId: i.assignmentId,
              title: titles.get(i.courseId)?.title ?? i.title,
              titleLang: titles.get(i.courseId)?.lang ?? 'sv',
              dueDay: i.dueAt ? stockholmDay(i.dueAt) : null,
              fromRule: i.source === 'RULE',
            }))}
            today={today}
            latest={addYears(today, DUE_YEARS_AHEAD)}
          />
        </section>
      ) : null}
      {paths.length > 0 ? (
        <section aria-labelledby="paths-heading" className="mb-8">
          <h2 id="paths-heading" className="mb-3 text-xl font-semibold">
            {t('pathsHeading')}
          </h2>
          <PathProgressList paths={paths} titles={titles} />
        </section>
      ) : null}
      <section aria-labelledby="completed-heading">
        <h2 id="completed-heading" className="mb-3 text-xl font-semibold">
          {t('completedHeading')}
        </h2>
        <PersonCompletions name={person.name} completed={completed} titles={titles} />
      </section>
      {withdrawn.length > 0 ? (
        <section aria-labelledby="withdrawn-heading" className="mt-8">
          <h2 id="withdrawn-heading" className="mb-3 text-xl font-semibold">
            {t('withdrawnHeading')}
          </h2>
          <PersonWithdrawals personId={person.id} withdrawn={withdrawn} titles={titles} />
        </section>
      ) : null}
    </>
  );
}
