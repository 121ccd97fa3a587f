// The plan's follow-up as figures for women, men and everyone, each through the disclosure rule
// (lib/stats/protection.ts) with the organisation's protection blocks, exactly like the
// checklist's training figures: a figure is shown only when the group it is about is made of
// whole blocks of at least MIN_GROUP people, so nothing about fewer than five people can be read
// or worked out by subtraction, here or together with /statistik. Blocks never mix women and men,
// so the two columns are hidden only for these reasons and stay comparable.
import { genderGroup, hiddenReasonLabels } from '@/lib/labels';
import { atomKey, verdict, type Protection } from '@/lib/stats/protection';
import { inGroup, onTrack, type FollowUpAtom, type PlanGoalRef } from './follow-up';

export const planColumns = ['KVINNA', 'MAN', 'total'] as const;
/** Each column's heading in the catalogues' statistics words (`stats.women` …). */
export const columnWords = { KVINNA: 'women', MAN: 'men', total: 'everyone' } as const;
export type PlanColumn = (typeof planColumns)[number];
export type HiddenCell = { hidden: true; reason: keyof typeof hiddenReasonLabels };

export type HoursCell =
  HiddenCell | { hidden: false; people: number; hours: number; perPerson: number | null; decided: number | null };
export type GoalCell = HiddenCell | { hidden: false; people: number; completed: number; percent: number | null };

export type GoalFollowUp<G extends PlanGoalRef = PlanGoalRef> = G & {
  cells: Record<PlanColumn, GoalCell>;
  /** Null when the figure for everyone is hidden or nobody is in the group. */
  reached: boolean | null;
  onTrack: boolean | null;
};

export type PlanFollowUp<G extends PlanGoalRef = PlanGoalRef> = {
  hours: Record<PlanColumn, HoursCell>;
  goals: GoalFollowUp<G>[];
  /** Share of the plan year gone, 0–1. */
  gone: number;
};

/** The goal's status: reached, on track, behind plan, or hidden (the figure for everyone is hidden, or nobody is in the group). */
export const goalStatus = (g: { reached: boolean | null; onTrack: boolean | null }) =>
  g.reached === null ? 'hidden' : g.reached ? 'reached' : g.onTrack ? 'onTrack' : 'behind';

/** Why a figure is hidden, in the page's words (as on /statistik). */
export const planHiddenLabels = hiddenReasonLabels;

const columnAtoms = (atoms: readonly FollowUpAtom[], column: PlanColumn) =>
  column === 'total' ? atoms : atoms.filter((a) => genderGroup(a.gender) === column);

const shown = (protection: Protection, atoms: readonly FollowUpAtom[]) =>
  verdict(
    protection,
    atoms.map((a) => ({ key: atomKey(a), people: a.people })),
  );

const round1 = (x: number) => Math.round(x * 10) / 10;

function hoursCell(protection: Protection, atoms: readonly FollowUpAtom[], perEmployee: number | null): HoursCell {
  const v = shown(protection, atoms);
  if (!v.show) return { hidden: true, reason: v.reason };
  const people = atoms.reduce((n, a) => n + a.people, 0);
  const hours = atoms.reduce((n, a) => n + a.minutes, 0) / 60;
  return {
    hidden: false,
    people,
    hours: round1(hours),
    perPerson: people === 0 ? null : round1(hours / people),
    decided: perEmployee === null ? null : round1(perEmployee * people),
  };
}

function goalCell(protection: Protection, atoms: readonly FollowUpAtom[], index: number): GoalCell {
  const v = shown(protection, atoms);
  if (!v.show) return { hidden: true, reason: v.reason };
  const people = atoms.reduce((n, a) => n + a.people, 0);
  const completed = atoms.reduce((n, a) => n + (a.completed[index] ?? 0), 0);
  return { hidden: false, people, completed, percent: people === 0 ? null : Math.round((completed / people) * 100) };
}

export function planFollowUp<G extends PlanGoalRef>(input: {
  atoms: readonly FollowUpAtom[];
  protection: Protection;
  goals: readonly G[];
  hoursPerEmployee: number | null;
  gone: number;
}): PlanFollowUp<G> {
  const { atoms, protection } = input;
  const per = <T>(cell: (column: readonly FollowUpAtom[]) => T) =>
    Object.fromEntries(planColumns.map((c) => [c, cell(columnAtoms(atoms, c))])) as Record<PlanColumn, T>;
  return {
    gone: input.gone,
    hours: per((group) => hoursCell(protection, group, input.hoursPerEmployee)),
    goals: input.goals.map((goal, i) => {
      const group = atoms.filter((a) => inGroup(goal, a.audience));
      const cells = Object.fromEntries(
        planColumns.map((c) => [c, goalCell(protection, columnAtoms(group, c), i)]),
      ) as Record<PlanColumn, GoalCell>;
      const all = cells.total;
      const percent = all.hidden ? null : all.percent;
      return {
        ...goal,
        cells,
        reached: percent === null ? null : percent >= goal.targetPercent,
        onTrack: percent === null ? null : onTrack(percent, goal.targetPercent, input.gone),
      };
    }),
  };
}
