import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { actionLabel, entityLabel } from '@/components/admin/audit-labels';
import { AuditTable } from '@/components/admin/audit-table';
import { Pager } from '@/components/admin/pager';
import { Field } from '@/components/ui/field';
import { PageHeader } from '@/components/ui/page-header';
import { SelectField } from '@/components/ui/select-field';
import { requirePermission } from '@/lib/auth/guards';
import { listAuditEvents, listAuditVocabulary } from '@/lib/data/admin-audit';
import { auditFilterSchema, firstValues } from '@/lib/validation/admin';
import type { Locale } from '@/lib/i18n/config';
import { formatCount } from '@/lib/numbers';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('adminRecords.log'))('title') };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AuditLogPage({ searchParams }: Props) {
  const viewer = await requirePermission('audit:view', '/admin/logg');
  const params = firstValues(await searchParams);
  const filter = auditFilterSchema.parse(params);
  const [{ rows, total, page, pageCount }, vocabulary] = await Promise.all([
    listAuditEvents(viewer, filter),
    listAuditVocabulary(viewer),
  ]);
  const [t, locale] = await Promise.all([getTranslations('adminRecords.log'), getLocale() as Promise<Locale>]);
  const kept = Object.fromEntries(Object.entries(params).filter(([key]) => key !== 'sida'));
  return (
    <>
      <PageHeader title={t('title')} lead={t('lead')} />
      <form
        method="get"
        action="/admin/logg"
        role="search"
        aria-label={t('filter')}
        className="mb-6 grid gap-4 rounded-lg border border-slate-200 p-4 sm:grid-cols-2 lg:grid-cols-5"
      >
        <SelectField
          label={t('action')}
          name="handling"
          options={vocabulary.actions.map((a) => ({ value: a, label: actionLabel(a, locale) }))}
          emptyLabel={t('all')}
          defaultValue={filter.handling}
        />
        <SelectField
          label={t('subject')}
          name="typ"
          options={vocabulary.entityTypes.map((e) => ({ value: e, label: entityLabel(e, locale) }))}
          emptyLabel={t('all')}
          defaultValue={filter.typ}
        />
        <Field label={t('actor')} name="vem" type="email" defaultValue={filter.vem} />
        <Field label={t('from')} name="fran" type="date" defaultValue={filter.fran} />
        <Field label={t('to')} name="till" type="date" defaultValue={filter.till} />
        <div className="flex items-end gap-3">
          <button type="submit" className="btn-primary">
            {t('show')}
          </button>
          <a href="/admin/logg">{t('clear')}</a>
        </div>
      </form>
      {rows.length === 0 ? (
        <p>{t('none')}</p>
      ) : (
        <AuditTable rows={rows} caption={t('caption', { count: formatCount(total, locale) })} />
      )}
      <Pager basePath="/admin/logg" params={kept} page={page} pageCount={pageCount} total={total} noun={t('noun')} />
    </>
  );
}
