import type { Metadata } from 'next';
import Link from 'next/link';
import { Pager } from '@/components/admin/pager';
import { PeopleFilters } from '@/components/admin/people-filters';
import { PeopleTable } from '@/components/people/people-table';
import { PageHeader } from '@/components/ui/page-header';
import { requirePermission } from '@/lib/auth/guards';
import { listPeople } from '@/lib/data/admin-people';
import { listUnitOptions } from '@/lib/data/admin-units';
import { firstValues, peopleFilterSchema } from '@/lib/validation/admin';
import { formatCount } from '@/lib/numbers';

export const metadata: Metadata = { title: 'Administration: personer' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AdminPeoplePage({ searchParams }: Props) {
  const viewer = await requirePermission('admin:people', '/admin');
  const params = firstValues(await searchParams);
  const filter = peopleFilterSchema.parse(params);
  const [{ people, total, page, pageCount }, units] = await Promise.all([
    listPeople(viewer, filter),
    listUnitOptions(viewer),
  ]);
  const kept = Object.fromEntries(Object.entries(params).filter(([key]) => key !== 'sida'));
  const exportQuery = new URLSearchParams(kept).toString();
  return (
    <>
      <PageHeader title="Administration" lead={`Personer i ${viewer.organisationName}.`}>
        <div className="mt-4 flex flex-wrap gap-3">
          <Link href="/admin/personer/ny" className="btn-primary no-underline hover:text-white">
            Lägg till person
          </Link>
          <a
            href={`/admin/export${exportQuery ? `?${exportQuery}` : ''}`}
            className="btn-secondary no-underline"
            download
          >
            Exportera listan (CSV)
          </a>
        </div>
      </PageHeader>
      <PeopleFilters filter={filter} units={units} />
      {people.length === 0 ? (
        <p>Inga personer matchar filtret.</p>
      ) : (
        <PeopleTable
          people={people}
          caption={`${formatCount(total)} personer${pageCount > 1 ? `, sida ${page} av ${pageCount}` : ''}`}
          linkBase="/admin/personer"
        />
      )}
      <Pager basePath="/admin" params={kept} page={page} pageCount={pageCount} total={total} noun="personer" />
    </>
  );
}
