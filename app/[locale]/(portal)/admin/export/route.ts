import { authorize } from '@/lib/auth/guards';
import { toCsv } from '@/lib/csv';
import { listPeopleForExport } from '@/lib/data/admin-people';
import { listUnitOptions } from '@/lib/data/admin-units';
import { stockholmDay } from '@/lib/dates';
import { handle } from '@/lib/http';
import { translator } from '@/lib/i18n';
import { localeOf } from '@/lib/i18n/config';
import { genderLabels } from '@/lib/labels';
import type { Audience } from '@/lib/audiences';
import type { Role } from '@/lib/auth/permissions';
import { firstValues, peopleFilterSchema } from '@/lib/validation/admin';

type Params = { params: Promise<{ locale: string }> };

// The people list as CSV, with the same filters as /admin, headers and words in the reader's
// language. The first columns are those the staff import reads (its header names and audience
// words in either language, gender in the Swedish lower case lib/import/values.ts reads), so an
// exported file can be edited and imported again.
export const GET = handle(async (request: Request, { params }: Params) => {
  const viewer = await authorize('admin:people');
  const locale = localeOf((await params).locale);
  const t = translator(locale);
  const filter = peopleFilterSchema.parse(firstValues(Object.fromEntries(new URL(request.url).searchParams)));
  const [people, units] = await Promise.all([listPeopleForExport(viewer, filter), listUnitOptions(viewer)]);
  const unitPaths = new Map(units.map((u) => [u.id, u.names.join('/')]));
  const csv = toCsv(people, [
    { header: t('adminRecords.export.name'), value: (p) => p.name },
    { header: t('adminRecords.export.email'), value: (p) => p.email },
    { header: t('adminRecords.export.unit'), value: (p) => (p.unitId ? unitPaths.get(p.unitId) : '') },
    {
      header: t('adminRecords.export.audience'),
      value: (p) => t(`adminRecords.export.audienceValue.${p.audience as Audience}`),
    },
    {
      header: t('adminRecords.export.gender'),
      value: (p) => (p.gender ? genderLabels[p.gender as keyof typeof genderLabels].toLowerCase() : ''),
    },
    {
      header: t('adminRecords.export.manager'),
      value: (p) =>
        p.unitId !== null && p.managedUnitIds.includes(p.unitId)
          ? t('adminRecords.export.yes')
          : t('adminRecords.export.no'),
    },
    { header: t('adminRecords.export.employeeNumber'), value: (p) => p.employeeNumber },
    { header: t('adminRecords.export.role'), value: (p) => t(`labels.role.${p.role as Role}`) },
    {
      header: t('adminRecords.export.status'),
      value: (p) => (p.active ? t('adminRecords.export.active') : t('adminRecords.export.inactive')),
    },
  ]);
  const date = stockholmDay(new Date());
  return new Response(csv, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${t('adminRecords.export.fileName', { date })}"`,
      'cache-control': 'no-store',
    },
  });
});
