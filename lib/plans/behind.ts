// Which goals of a plan are behind, for the start of a manager's or strategist's day. A goal is
// behind in a column (women, men, everyone) whose figure may be shown and whose share is below
// the straight line to the target. Hidden figures are never used, so the list reveals nothing the
// plan page does not show.
import { onTrack } from './follow-up';
import { planColumns, type GoalFollowUp, type PlanColumn } from './follow-up-cells';

export type BehindGoal = {
  courseTitle: string;
  targetPercent: number;
  /** Where the line is today, in percent. */
  expected: number;
  columns: { column: PlanColumn; percent: number }[];
};

export function goalsBehind<G extends { courseTitle: string }>(
  goals: readonly GoalFollowUp<G & { courseId: string; audience: string | null; targetPercent: number }>[],
  gone: number,
): BehindGoal[] {
  return goals.flatMap((goal) => {
    const columns = planColumns.flatMap((column) => {
      const cell = goal.cells[column];
      if (cell.hidden || cell.percent === null) return [];
      return onTrack(cell.percent, goal.targetPercent, gone) ? [] : [{ column, percent: cell.percent }];
    });
    if (columns.length === 0) return [];
    return [
      {
        courseTitle: goal.courseTitle,
        targetPercent: goal.targetPercent,
        expected: Math.round(goal.targetPercent * gone),
        columns,
      },
    ];
  });
}
