import type { Metadata } from 'next';
import { actionLabel, entityLabel } from '@/components/admin/audit-labels';
import { AuditTable } from '@/components/admin/audit-table';
import { Pager } from '@/components/admin/pager';
import { Field } from '@/components/ui/field';
import { PageHeader } from '@/components/ui/page-header';
import { SelectField } from '@/components/ui/select-field';
import { requirePermission } from '@/lib/auth/guards';
import { listAuditEvents, listAuditVocabulary } from '@/lib/data/admin-audit';
import { auditFilterSchema, firstValues } from '@/lib/validation/admin';
import { formatCount } from '@/lib/numbers';

export const metadata: Metadata = { title: 'Händelselogg' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AuditLogPage({ searchParams }: Props) {
  const viewer = await requirePermission('audit:view', '/admin/logg');
  const params = firstValues(await searchParams);
  const filter = auditFilterSchema.parse(params);
  const [{ rows, total, page, pageCount }, vocabulary] = await Promise.all([
    listAuditEvents(viewer, filter),
    listAuditVocabulary(viewer),
  ]);
  const kept = Object.fromEntries(Object.entries(params).filter(([key]) => key !== 'sida'));
  return (
    <>
      <PageHeader
        title="Händelselogg"
        lead="Varje ändring av personer, enheter och inställningar, och varje publicering och ändring i checklistan: vem, när och vad."
      />
      <form
        method="get"
        action="/admin/logg"
        role="search"
        aria-label="Filtrera händelser"
        className="mb-6 grid gap-4 rounded-lg border border-slate-200 p-4 sm:grid-cols-2 lg:grid-cols-5"
      >
        <SelectField
          label="Händelse"
          name="handling"
          options={vocabulary.actions.map((a) => ({ value: a, label: actionLabel(a) }))}
          emptyLabel="Alla"
          defaultValue={filter.handling}
        />
        <SelectField
          label="Gäller"
          name="typ"
          options={vocabulary.entityTypes.map((e) => ({ value: e, label: entityLabel(e) }))}
          emptyLabel="Alla"
          defaultValue={filter.typ}
        />
        <Field label="Vem (e-postadress)" name="vem" type="email" defaultValue={filter.vem} />
        <Field label="Från och med" name="fran" type="date" defaultValue={filter.fran} />
        <Field label="Till och med" name="till" type="date" defaultValue={filter.till} />
        <div className="flex items-end gap-3">
          <button type="submit" className="btn-primary">
            Visa
          </button>
          <a href="/admin/logg">Rensa filter</a>
        </div>
      </form>
      {rows.length === 0 ? (
        <p>Inga händelser matchar filtret.</p>
      ) : (
        <AuditTable rows={rows} caption={`${formatCount(total)} händelser, nyast först`} />
      )}
      <Pager basePath="/admin/logg" params={kept} page={page} pageCount={pageCount} total={total} noun="händelser" />
    </>
  );
}
