// Duplicate handling for assignments, shared by managers' assignments and rules. A person has at
// most one assignment per course (the unique (userId, courseId) index); assigning again never
// adds a row, and when both name a due date the earliest one wins. A manager's choice outranks a
// rule's: a rule leaves a withdrawn assignment withdrawn and a changed due date as it was, while a
// manager assigning a withdrawn course again gives it afresh.

export type WantedAssignment = {
  userId: string;
  courseId: string;
  pathId: string | null;
  dueAt: Date | null;
  ruleId?: string | null;
};

export type ExistingAssignment = {
  id: string;
  userId: string;
  courseId: string;
  dueAt: Date | null;
  withdrawnAt?: Date | null;
  dueChangedAt?: Date | null;
};

export type AssignmentPlan = {
  create: WantedAssignment[];
  /** Withdrawn assignments given again: the old row makes way for the new one in `create`. */
  replace: ExistingAssignment[];
  /** Existing assignments whose due date moves earlier. */
  moveEarlier: { id: string; userId: string; courseId: string; dueAt: Date }[];
  unchanged: ExistingAssignment[];
};

const key = (a: { userId: string; courseId: string }) => `${a.userId}\u0000${a.courseId}`;

/** No due date means "no deadline", which is later than any date. */
export function isEarlier(a: Date | null, b: Date | null): boolean {
  if (!a) return false;
  return !b || a.getTime() < b.getTime();
}

export function planAssignments(
  wanted: readonly WantedAssignment[],
  existing: readonly ExistingAssignment[],
  source: 'MANAGER' | 'RULE' = 'MANAGER',
): AssignmentPlan {
  const merged = new Map<string, WantedAssignment>();
  for (const w of wanted) {
    const prev = merged.get(key(w));
    if (!prev || isEarlier(w.dueAt, prev.dueAt)) merged.set(key(w), w);
  }
  const current = new Map(existing.map((e) => [key(e), e]));
  const plan: AssignmentPlan = { create: [], replace: [], moveEarlier: [], unchanged: [] };
  const byRule = source === 'RULE';
  for (const w of merged.values()) {
    const e = current.get(key(w));
    if (!e) plan.create.push(w);
    else if (e.withdrawnAt && !byRule) {
      plan.replace.push(e);
      plan.create.push(w);
    } else if (e.withdrawnAt || (byRule && e.dueChangedAt)) plan.unchanged.push(e);
    else if (w.dueAt && isEarlier(w.dueAt, e.dueAt))
      plan.moveEarlier.push({ id: e.id, userId: e.userId, courseId: e.courseId, dueAt: w.dueAt });
    else plan.unchanged.push(e);
  }
  return plan;
}

export type PlanSummary = {
  /** People who got at least one new assignment. */
  assigned: number;
  /** People who already had everything. */
  already: number;
  /** People whose existing assignment got an earlier due date. */
  movedEarlier: number;
};

export function summarisePlan(plan: AssignmentPlan, userIds: readonly string[]): PlanSummary {
  const created = new Set(plan.create.map((c) => c.userId));
  const moved = new Set(plan.moveEarlier.map((m) => m.userId));
  const people = new Set(userIds);
  return {
    assigned: [...people].filter((id) => created.has(id)).length,
    already: [...people].filter((id) => !created.has(id)).length,
    movedEarlier: [...people].filter((id) => moved.has(id)).length,
  };
}
