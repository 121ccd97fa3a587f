import 'server-only';
import type { Audience } from '@/lib/audiences';
import { summarisePlan, type WantedAssignment } from '@/lib/assignments/plan';
import { matchingRules, ruleDueAt, type RuleTarget } from '@/lib/assignments/rules';
import { inChunks } from '@/lib/collections';
import { resolveItem, type ResolvedItem } from './assignable';
import { writeAssignments } from './assignment-writer';
import type { Tx } from './tx';

export type ApplyResult = { assigned: number; created: number; movedEarlier: number; mailIds: string[] };

/** The organisation's current rules with their unit paths and courses, ready to match people. */
export type LoadedRules = {
  targets: (RuleTarget & { id: string; dueDays: number })[];
  items: Map<string, ResolvedItem>;
};

export async function loadRules(tx: Tx, organisationId: string, ruleIds?: readonly string[]): Promise<LoadedRules> {
  const rules = await tx.assignmentRule.findMany({
    where: { organisationId, removedAt: null, ...(ruleIds ? { id: { in: [...ruleIds] } } : {}) },
    select: {
      id: true,
      unitId: true,
      includeSubunits: true,
      audience: true,
      courseId: true,
      pathId: true,
      dueDays: true,
    },
  });
  if (rules.length === 0) return { targets: [], items: new Map() };
  const unitIds = rules.flatMap((r) => (r.unitId ? [r.unitId] : []));
  const units = new Map(
    (
      await tx.orgUnit.findMany({ where: { id: { in: unitIds }, organisationId }, select: { id: true, path: true } })
    ).map((u) => [u.id, u.path]),
  );
  const items = await resolveRuleItems(tx, rules);
  const targets = rules
    .filter((r) => items.has(r.id))
    .map((r) => ({
      ...r,
      unitPath: r.unitId ? (units.get(r.unitId) ?? null) : null,
      audience: r.audience as Audience | null,
    }));
  return { targets, items };
}

/**
 * Gives the listed people every course that the organisation's current rules say they should
 * have. Call it, in the same transaction, whenever people are created, moved to another unit or
 * given another audience (the admin pages and the HR import), and deliver the returned mail ids
 * after commit (or leave them to the reminder job). Safe to call again: nothing is duplicated,
 * and an earlier due date wins. Inactive people and removed rules are skipped. A caller that
 * applies rules many times over (the import, batch by batch) loads them once with loadRules.
 */
export async function applyRulesForPeople(
  tx: Tx,
  organisationId: string,
  userIds: readonly string[],
  options: { ruleIds?: readonly string[]; now?: Date; rules?: LoadedRules } = {},
): Promise<ApplyResult> {
  const none: ApplyResult = { assigned: 0, created: 0, movedEarlier: 0, mailIds: [] };
  const now = options.now ?? new Date();
  if (userIds.length === 0) return none;
  const { targets, items } = options.rules ?? (await loadRules(tx, organisationId, options.ruleIds));
  if (targets.length === 0) return none;
  const people = await inChunks([...new Set(userIds)], (ids) =>
    tx.user.findMany({
      where: { id: { in: ids }, organisationId },
      select: {
        id: true,
        name: true,
        email: true,
        locale: true,
        active: true,
        audience: true,
        joinedAt: true,
        unitId: true,
        unit: { select: { path: true } },
      },
    }),
  );
  const wanted: WantedAssignment[] = [];
  // People imported together joined at the same moment: each due date is worked out once.
  const dueAts = new Map<string, Date>();
  const dueAtOf = (dueDays: number, joinedAt: Date) => {
    const key = `${dueDays}:${joinedAt.getTime()}`;
    const known = dueAts.get(key);
    if (known) return known;
    const dueAt = ruleDueAt({ dueDays, joinedAt, now });
    dueAts.set(key, dueAt);
    return dueAt;
  };
  for (const p of people) {
    for (const rule of matchingRules(targets, { ...p, unitPath: p.unit?.path ?? null })) {
      const item = items.get(rule.id)!;
      const dueAt = dueAtOf(rule.dueDays, p.joinedAt);
      for (const c of item.courses)
        wanted.push({ userId: p.id, courseId: c.id, pathId: item.pathId, dueAt, ruleId: rule.id });
    }
  }
  if (wanted.length === 0) return none;
  const { plan, mailIds } = await writeAssignments(tx, {
    organisationId,
    wanted,
    source: 'RULE',
    assignedBy: null,
    message: null,
    people: new Map(people.map((p) => [p.id, p])),
    courses: new Map([...items.values()].flatMap((i) => i.courses.map((c) => [c.id, c] as const))),
    path: null,
  });
  const summary = summarisePlan(plan, [...new Set(wanted.map((w) => w.userId))]);
  return { assigned: summary.assigned, created: plan.create.length, movedEarlier: plan.moveEarlier.length, mailIds };
}

/** Each rule's courses now; a rule whose course or path is gone or unpublished assigns nothing. */
async function resolveRuleItems(tx: Tx, rules: { id: string; courseId: string | null; pathId: string | null }[]) {
  const out = new Map<string, ResolvedItem>();
  const seen = new Map<string, ResolvedItem | null>();
  for (const rule of rules) {
    const ref = rule.courseId
      ? { kind: 'course' as const, id: rule.courseId }
      : rule.pathId
        ? { kind: 'path' as const, id: rule.pathId }
        : null;
    if (!ref) continue;
    const key = `${ref.kind}:${ref.id}`;
    if (!seen.has(key)) seen.set(key, await resolveItem(tx, ref).catch(() => null));
    const item = seen.get(key);
    if (item) out.set(rule.id, item);
  }
  return out;
}
