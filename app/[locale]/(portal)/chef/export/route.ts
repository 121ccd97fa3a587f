import { createTranslator } from 'next-intl';
import { stockholmDay } from '@/lib/dates';
import { filterAndSort } from '@/lib/assignments/status';
import { authorize } from '@/lib/auth/guards';
import { toCsv } from '@/lib/csv';
import { courseTitlesIn } from '@/lib/data/learning';
import { getTeam } from '@/lib/data/team';
import { handle } from '@/lib/http';
import { messages } from '@/lib/i18n';
import { localeOf } from '@/lib/i18n/config';
import { parseTeamQuery } from '@/lib/validation/assignments';

type Params = { params: Promise<{ locale: string }> };

const keys = ['name', 'email', 'unit', 'audience', 'course', 'status', 'done', 'total', 'due', 'completed'] as const;

/**
 * The team view as a file for Excel: one row per person and assigned course, with the filters of
 * the page, in the reader's language (headers, statuses, target groups and the courses' titles
 * where they have one).
 */
export const GET = handle(async (request: Request, { params }: Params) => {
  const viewer = await authorize('team:view');
  const locale = localeOf((await params).locale);
  const t = createTranslator({ locale, messages: messages(locale), namespace: 'team' });
  const labels = createTranslator({ locale, messages: messages(locale), namespace: 'labels' });
  const query = parseTeamQuery(Object.fromEntries(new URL(request.url).searchParams));
  const team = filterAndSort(await getTeam(viewer), query);
  const titles = await courseTitlesIn(
    team.flatMap((r) => r.items.map((i) => i.courseId)),
    locale,
  );
  const rows = team.flatMap((r) => {
    const person = { name: r.name, email: r.email, unit: r.unitName ?? '', audience: labels(`audience.${r.audience}`) };
    if (r.items.length === 0) return [{ ...person, status: t('statusLabel.none') }];
    return r.items.map((i) => ({
      ...person,
      course: titles.get(i.courseId)?.title ?? i.title,
      status: t(`statusLabel.${i.status}`),
      done: i.done,
      total: i.total,
      due: i.dueAt ? stockholmDay(i.dueAt) : '',
      completed: i.completedAt ? stockholmDay(i.completedAt) : '',
    }));
  });
  const columns = keys.map((key) => ({ key, header: t(`csvColumns.${key}`) }));
  return new Response(toCsv(rows, columns), {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="team-${stockholmDay(new Date())}.csv"`,
      'cache-control': 'private, no-store',
    },
  });
});
