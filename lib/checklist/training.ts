// Live training figures for checklist items linked to courses: the share of staff who have
// completed ALL linked courses, for women, men and everyone, and for elected politicians as their
// own group. Every figure goes through the same disclosure control as the statistics
// (lib/stats/protection.ts), with the organisation's protection blocks, so nothing here can be
// combined with a statistics download to reveal a group under MIN_GROUP people.
import { genderGroup } from '@/lib/labels';
import { atomKey, verdict, type Atom, type Protection } from '@/lib/stats/protection';

export { MIN_GROUP } from '@/lib/stats/protection';

/** One group from the database (unit × gender × audience) and how many of them completed. */
export type TrainingRow = Atom & { completed: number };

export type Cell =
  | { suppressed: true; reason: 'small' | 'protects' }
  | { suppressed: false; total: number; completed: number; percent: number };

export type TrainingFigures = {
  groups: { KVINNA: Cell; MAN: Cell };
  /** All staff: women, men and the third group (annat, vill inte ange, not stated). */
  total: Cell;
  /** Elected politicians, counted as their own group (never part of the staff total). */
  politicians: Cell;
};

function cell(rows: readonly TrainingRow[], protection: Protection): Cell {
  const shown = verdict(
    protection,
    rows.map((r) => ({ key: atomKey(r), people: r.people })),
  );
  if (!shown.show) return { suppressed: true, reason: shown.reason };
  const total = rows.reduce((n, r) => n + r.people, 0);
  const completed = rows.reduce((n, r) => n + r.completed, 0);
  return { suppressed: false, total, completed, percent: total === 0 ? 0 : Math.round((completed / total) * 100) };
}

export function trainingFigures(rows: readonly TrainingRow[], protection: Protection): TrainingFigures {
  const staff = rows.filter((r) => r.audience !== 'POLITICIAN');
  return {
    groups: {
      KVINNA: cell(
        staff.filter((r) => genderGroup(r.gender) === 'KVINNA'),
        protection,
      ),
      MAN: cell(
        staff.filter((r) => genderGroup(r.gender) === 'MAN'),
        protection,
      ),
    },
    total: cell(staff, protection),
    politicians: cell(
      rows.filter((r) => r.audience === 'POLITICIAN'),
      protection,
    ),
  };
}
