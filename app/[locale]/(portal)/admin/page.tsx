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
import { getTranslations } from 'next-intl/server';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('adminPeople.people'))('metaTitle') };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AdminPeoplePage({ searchParams }: Props) {
  const viewer = await requirePermission('admin:people', '/admin');
  const params = firstValues(await searchParams);
  const filter = peopleFilterSchema.parse(params);
  const [{ people, total, page, pageCount }, units, t] = await Promise.all([
    listPeople(viewer, filter),
    listUnitOptions(viewer),
    getTranslations('adminPeople.people'),
  ]);
  const kept = Object.fromEntries(Object.entries(params).filter(([key]) => key !== 'sida'));
  const exportQuery = new URLSearchParams(kept).toString();
  return (
    <>
      <PageHeader title={t('title')} lead={t('lead', { organisation: viewer.organisationName })}>
        <div className="mt-4 flex flex-wrap gap-3">
          <Link href="/admin/personer/ny" className="btn-primary no-underline hover:text-white">
            {t('add')}
          </Link>
          <a
            href={`/admin/export${exportQuery ? `?${exportQuery}` : ''}`}
            className="btn-secondary no-underline"
            download
          >
            {t('export')}
          </a>
        </div>
      </PageHeader>
      <PeopleFilters filter={filter} units={units} />
      {people.length === 0 ? (
        <p>{t('noMatch')}</p>
      ) : (
        <PeopleTable
          people={people}
          caption={pageCount > 1 ? t('captionPaged', { total, page, pages: pageCount }) : t('caption', { total })}
          linkBase="/admin/personer"
        />
      )}
      <Pager basePath="/admin" params={kept} page={page} pageCount={pageCount} total={total} noun={t('noun')} />
    </>
  );
}
