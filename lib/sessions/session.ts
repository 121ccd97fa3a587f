// What a group session covers, read from its stored JSON lists. No `server-only`: pages and the
// calendar file use it too.
import { parseList } from '@/lib/collections';

/** The lesson ids a session covers: the chosen ones, or every lesson of the course when none was chosen. */
export function coveredLessons<L extends { id: string }>(session: { lessonIds: string }, lessons: readonly L[]): L[] {
  const chosen = parseList(session.lessonIds);
  return chosen.length === 0 ? [...lessons] : lessons.filter((l) => chosen.includes(l.id));
}

export const DIGITAL_PLACE = 'Digitalt';
