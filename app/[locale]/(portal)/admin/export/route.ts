import { authorize } from '@/lib/auth/guards';
import { toCsv } from '@/lib/csv';
import { listPeopleForExport } from '@/lib/data/admin-people';
import { listUnitOptions } from '@/lib/data/admin-units';
import { stockholmDay } from '@/lib/dates';
import { handle } from '@/lib/http';
import { audienceLabels, genderLabels, roleLabels } from '@/lib/labels';
import { firstValues, peopleFilterSchema } from '@/lib/validation/admin';

// The people list as CSV, with the same filters as /admin. The first columns are those the staff
// import reads (audience and gender in lower case, as lib/import/values.ts reads them), so an
// exported file can be edited and imported again.
export const GET = handle(async (request: Request) => {
  const viewer = await authorize('admin:people');
  const filter = peopleFilterSchema.parse(firstValues(Object.fromEntries(new URL(request.url).searchParams)));
  const [people, units] = await Promise.all([listPeopleForExport(viewer, filter), listUnitOptions(viewer)]);
  const unitPaths = new Map(units.map((u) => [u.id, u.names.join('/')]));
  const csv = toCsv(people, [
    { header: 'Namn', value: (p) => p.name },
    { header: 'E-post', value: (p) => p.email },
    { header: 'Enhet', value: (p) => (p.unitId ? unitPaths.get(p.unitId) : '') },
    { header: 'Målgrupp', value: (p) => audienceLabels[p.audience as keyof typeof audienceLabels].toLowerCase() },
    {
      header: 'Kön',
      value: (p) => (p.gender ? genderLabels[p.gender as keyof typeof genderLabels].toLowerCase() : ''),
    },
    { header: 'Chef', value: (p) => (p.unitId !== null && p.managedUnitIds.includes(p.unitId) ? 'ja' : 'nej') },
    { header: 'Anställningsnummer', value: (p) => p.employeeNumber },
    { header: 'Behörighet', value: (p) => roleLabels[p.role as keyof typeof roleLabels] },
    { header: 'Status', value: (p) => (p.active ? 'aktiv' : 'inaktiv') },
  ]);
  const date = stockholmDay(new Date());
  return new Response(csv, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="personer-${date}.csv"`,
      'cache-control': 'no-store',
    },
  });
});
