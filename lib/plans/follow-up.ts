// The follow-up of a competence plan (issue 17, part 4): hours spent on gender-equality training
// in the plan year, and how far each goal has come. Pure: the data layer passes the
// administration's people, their completions and the group sessions they attended; the
// disclosure control is in lib/plans/follow-up-cells.ts.
//
// Hours, one rule so nothing counts twice:
// - A group session attended in the plan year counts its minutes (the meeting's length).
// - A course completed in the plan year counts the course's minutes once, less the minutes of
//   the sessions on that course the person attended up to the completion: that time is already
//   counted as meeting time. A course done wholly at a session adds nothing more; one finished
//   alone after a session on part of it adds the rest. Never below zero.
// - A goal counts everyone in its group who completed the course by the end of the plan year
//   (or by now), also before the year began: the goal is about the competence, not the year.
import type { Audience } from '@/lib/audiences';
import { startOfStockholmDay } from '@/lib/dates';
import { atomKey } from '@/lib/stats/protection';

export type PlanPerson = { id: string; unitId: string | null; gender: string | null; audience: string };
export type PlanCompletion = { userId: string; courseId: string; minutes: number; completedAt: Date };
/** A session the person attended (cancelled sessions are left out by the caller). */
export type PlanAttendance = { userId: string; courseId: string | null; minutes: number; startsAt: Date };
export type PlanGoalRef = { courseId: string; audience: string | null; targetPercent: number };
/** A goal as the page and the PDF show it. */
export type PlanGoal = PlanGoalRef & { courseTitle: string; audience: Audience | null };

/** People alike for every figure (unit × gender × audience), with what they did. */
export type FollowUpAtom = {
  unitId: string | null;
  gender: string | null;
  audience: string;
  people: number;
  minutes: number;
  /** Per goal (in the plan's order): how many of these people completed its course. */
  completed: number[];
};

export type YearWindow = { start: Date; end: Date };

const within = (t: Date, { start, end }: YearWindow) => t >= start && t < end;

/** Minutes each person spent in the year, by the rule above. */
export function minutesPerPerson(input: {
  completions: readonly PlanCompletion[];
  attendance: readonly PlanAttendance[];
  year: YearWindow;
}): Map<string, number> {
  const minutes = new Map<string, number>();
  const add = (userId: string, n: number) => minutes.set(userId, (minutes.get(userId) ?? 0) + n);
  for (const a of input.attendance) if (within(a.startsAt, input.year)) add(a.userId, a.minutes);
  for (const c of input.completions) {
    if (!within(c.completedAt, input.year)) continue;
    const atSessions = input.attendance
      .filter((a) => a.userId === c.userId && a.courseId === c.courseId && a.startsAt <= c.completedAt)
      .reduce((n, a) => n + a.minutes, 0);
    add(c.userId, Math.max(0, c.minutes - atSessions));
  }
  return minutes;
}

const inGroup = (goal: Pick<PlanGoalRef, 'audience'>, audience: string) =>
  goal.audience === null || goal.audience === audience;

/** Rolls people up into atoms: nothing about a single person leaves this function. */
export function followUpAtoms(input: {
  people: readonly PlanPerson[];
  completions: readonly PlanCompletion[];
  attendance: readonly PlanAttendance[];
  goals: readonly PlanGoalRef[];
  year: YearWindow;
  /** Completions up to this instant count for the goals (the year's end, or now if earlier). */
  cutoff: Date;
}): FollowUpAtom[] {
  const minutes = minutesPerPerson(input);
  const done = new Set(
    input.completions.filter((c) => c.completedAt < input.cutoff).map((c) => `${c.userId}|${c.courseId}`),
  );
  const atoms = new Map<string, FollowUpAtom>();
  for (const person of input.people) {
    const key = atomKey(person);
    const atom = atoms.get(key) ?? {
      unitId: person.unitId,
      gender: person.gender,
      audience: person.audience,
      people: 0,
      minutes: 0,
      completed: input.goals.map(() => 0),
    };
    atom.people += 1;
    atom.minutes += minutes.get(person.id) ?? 0;
    input.goals.forEach((goal, i) => {
      if (inGroup(goal, person.audience) && done.has(`${person.id}|${goal.courseId}`)) atom.completed[i]! += 1;
    });
    atoms.set(key, atom);
  }
  return [...atoms.values()];
}

/** How much of the plan year has gone at `now`: 0 before it, 1 after it. */
export function yearGone(year: YearWindow, now: Date): number {
  const span = year.end.getTime() - year.start.getTime();
  return Math.min(1, Math.max(0, (now.getTime() - year.start.getTime()) / span));
}

/**
 * A goal is on track when the share reached is at least the target times the share of the year
 * gone (a straight line from nothing on 1 January to the target on 31 December).
 */
export function onTrack(percent: number, target: number, gone: number): boolean {
  return percent >= target * gone;
}

export { inGroup };

/** The plan year in Swedish time: from 1 January 00:00 to the next 1 January 00:00 in Stockholm. */
export function planYearWindow(year: number): YearWindow {
  return { start: startOfStockholmDay(`${year}-01-01`), end: startOfStockholmDay(`${year + 1}-01-01`) };
}
