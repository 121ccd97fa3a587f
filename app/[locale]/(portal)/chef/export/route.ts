import { stockholmDay } from '@/lib/dates';
import { filterAndSort } from '@/lib/assignments/status';
import { authorize } from '@/lib/auth/guards';
import { toCsv } from '@/lib/csv';
import { getTeam } from '@/lib/data/team';
import { handle } from '@/lib/http';
import { assignmentStatusLabels, audienceLabels } from '@/lib/labels';
import { parseTeamQuery } from '@/lib/validation/assignments';

const columns = [
  { key: 'name', header: 'Namn' },
  { key: 'email', header: 'E-post' },
  { key: 'unit', header: 'Enhet' },
  { key: 'audience', header: 'Målgrupp' },
  { key: 'course', header: 'Kurs' },
  { key: 'status', header: 'Status' },
  { key: 'done', header: 'Klara lektioner' },
  { key: 'total', header: 'Lektioner totalt' },
  { key: 'due', header: 'Slutdatum' },
  { key: 'completed', header: 'Klar datum' },
];

/** The team view as a file for Excel: one row per person and assigned course, with the filters of the page. */
export const GET = handle(async (request: Request) => {
  const viewer = await authorize('team:view');
  const query = parseTeamQuery(Object.fromEntries(new URL(request.url).searchParams));
  const rows = filterAndSort(await getTeam(viewer), query).flatMap((r) => {
    const person = { name: r.name, email: r.email, unit: r.unitName ?? '', audience: audienceLabels[r.audience] };
    if (r.items.length === 0) return [{ ...person, status: assignmentStatusLabels.none }];
    return r.items.map((i) => ({
      ...person,
      course: i.title,
      status: assignmentStatusLabels[i.status],
      done: i.done,
      total: i.total,
      due: i.dueAt ? stockholmDay(i.dueAt) : '',
      completed: i.completedAt ? stockholmDay(i.completedAt) : '',
    }));
  });
  return new Response(toCsv(rows, columns), {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="team-${stockholmDay(new Date())}.csv"`,
      'cache-control': 'private, no-store',
    },
  });
});
