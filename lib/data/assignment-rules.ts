import 'server-only';
import { db } from '@/lib/db';
import type { Audience } from '@/lib/audiences';
import { can } from '@/lib/auth/permissions';
import { isUnitInScope, type Viewer } from '@/lib/auth/scope';
import { summarisePlan, type WantedAssignment } from '@/lib/assignments/plan';
import { matchingRules, ruleDueAt, type RuleTarget } from '@/lib/assignments/rules';
import { inChunks } from '@/lib/collections';
import { forbidden, notFound } from '@/lib/errors';
import type { RuleInput } from '@/lib/validation/assignments';
import { resolveItem, type ResolvedItem } from './assignable';
import { writeAssignments } from './assignment-writer';
import { recordAudit } from './audit';
import { TX_OPTIONS, type Tx } from './tx';
import { changingStatistics } from './stats-cache';

export type ApplyResult = { assigned: number; created: number; movedEarlier: number; mailIds: string[] };

/**
 * Gives the listed people every course that the organisation's current rules say they should
 * have. Call it, in the same transaction, whenever people are created, moved to another unit or
 * given another audience (the admin pages and the HR import), and deliver the returned mail ids
 * after commit (or leave them to the reminder job). Safe to call again: nothing is duplicated,
 * and an earlier due date wins. Inactive people and removed rules are skipped.
 */
export async function applyRulesForPeople(
  tx: Tx,
  organisationId: string,
  userIds: readonly string[],
  options: { ruleIds?: readonly string[]; now?: Date } = {},
): Promise<ApplyResult> {
  const none: ApplyResult = { assigned: 0, created: 0, movedEarlier: 0, mailIds: [] };
  const now = options.now ?? new Date();
  if (userIds.length === 0) return none;
  const rules = await tx.assignmentRule.findMany({
    where: { organisationId, removedAt: null, ...(options.ruleIds ? { id: { in: [...options.ruleIds] } } : {}) },
    select: { id: true, unitId: true, includeSubunits: true, audience: true, courseId: true, pathId: true, dueDays: true },
  });
  if (rules.length === 0) return none;
  const unitIds = rules.flatMap((r) => (r.unitId ? [r.unitId] : []));
  const units = new Map((await tx.orgUnit.findMany({ where: { id: { in: unitIds }, organisationId }, select: { id: true, path: true } })).map((u) => [u.id, u.path]));
  const items = await resolveRuleItems(tx, rules);
  const targets = rules
    .filter((r) => items.has(r.id))
    .map((r) => ({ ...r, unitPath: r.unitId ? (units.get(r.unitId) ?? null) : null, audience: r.audience as Audience | null }) satisfies RuleTarget & { dueDays: number });
  const people = await inChunks([...new Set(userIds)], (ids) =>
    tx.user.findMany({
      where: { id: { in: ids }, organisationId },
      select: { id: true, name: true, email: true, active: true, audience: true, joinedAt: true, unitId: true, unit: { select: { path: true } } },
    }),
  );
  const wanted: WantedAssignment[] = [];
  for (const p of people) {
    for (const rule of matchingRules(targets, { ...p, unitPath: p.unit?.path ?? null })) {
      const item = items.get(rule.id)!;
      const dueAt = ruleDueAt({ dueDays: rule.dueDays, joinedAt: p.joinedAt, now });
      for (const c of item.courses) wanted.push({ userId: p.id, courseId: c.id, pathId: item.pathId, dueAt, ruleId: rule.id });
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
    pathTitle: null,
  });
  const summary = summarisePlan(plan, [...new Set(wanted.map((w) => w.userId))]);
  return { assigned: summary.assigned, created: plan.create.length, movedEarlier: plan.moveEarlier.length, mailIds };
}

/** Each rule's courses now; a rule whose course or path is gone or unpublished assigns nothing. */
async function resolveRuleItems(tx: Tx, rules: { id: string; courseId: string | null; pathId: string | null }[]) {
  const out = new Map<string, ResolvedItem>();
  const seen = new Map<string, ResolvedItem | null>();
  for (const rule of rules) {
    const ref = rule.courseId ? { kind: 'course' as const, id: rule.courseId } : rule.pathId ? { kind: 'path' as const, id: rule.pathId } : null;
    if (!ref) continue;
    const key = `${ref.kind}:${ref.id}`;
    if (!seen.has(key)) seen.set(key, await resolveItem(tx, ref).catch(() => null));
    const item = seen.get(key);
    if (item) out.set(rule.id, item);
  }
  return out;
}

/** Strategists and admins manage every rule of their organisation; managers those on their units. */
export function canManageRule(viewer: Viewer, unit: { organisationId: string; path: string } | null): boolean {
  if (can(viewer.role, 'rules:manage-organisation')) return true;
  return unit !== null && can(viewer.role, 'rules:manage-units') && isUnitInScope(viewer, unit);
}

async function ruleUnit(tx: Tx, viewer: Viewer, unitId: string | undefined | null) {
  if (!unitId) return null;
  const unit = await tx.orgUnit.findFirst({ where: { id: unitId, organisationId: viewer.organisationId }, select: { id: true, path: true, organisationId: true } });
  if (!unit) throw forbidden('Enheten finns inte eller hör inte till dina enheter.');
  return unit;
}

export async function createRule(viewer: Viewer, input: RuleInput, now = new Date()) {
  return changingStatistics(db.$transaction(async (tx) => {
    const unit = await ruleUnit(tx, viewer, input.unitId);
    if (!canManageRule(viewer, unit)) {
      throw forbidden(unit ? 'Enheten finns inte eller hör inte till dina enheter.' : 'Bara strateger och administratörer gör regler för hela organisationen. Välj en av dina enheter.');
    }
    await resolveItem(tx, input.item);
    const rule = await tx.assignmentRule.create({
      data: {
        organisationId: viewer.organisationId,
        unitId: unit?.id ?? null,
        includeSubunits: unit ? input.includeSubunits : false,
        audience: input.audience ?? null,
        courseId: input.item.kind === 'course' ? input.item.id : null,
        pathId: input.item.kind === 'path' ? input.item.id : null,
        dueDays: input.dueDays,
        createdById: viewer.id,
      },
      select: { id: true },
    });
    // The people the rule reaches today; later arrivals get it through applyRulesForPeople.
    const present = await tx.user.findMany({
      where: {
        organisationId: viewer.organisationId,
        active: true,
        ...(input.audience ? { audience: input.audience } : {}),
        ...(unit ? (input.includeSubunits ? { unit: { path: { startsWith: unit.path } } } : { unitId: unit.id }) : {}),
      },
      select: { id: true },
    });
    const result = await applyRulesForPeople(tx, viewer.organisationId, present.map((p) => p.id), { ruleIds: [rule.id], now });
    await recordAudit({ organisationId: viewer.organisationId, actorId: viewer.id, action: 'assignment-rule.created', entityType: 'AssignmentRule', entityId: rule.id, after: { ...input, ...result, mailIds: undefined } }, tx);
    return { ruleId: rule.id, ...result };
  }, TX_OPTIONS));
}

/** Stops the rule for the future; every assignment it made, and all progress, stays. */
export async function removeRule(viewer: Viewer, ruleId: string, now = new Date()) {
  return db.$transaction(async (tx) => {
    const rule = await tx.assignmentRule.findFirst({ where: { id: ruleId, organisationId: viewer.organisationId, removedAt: null }, select: { id: true, unitId: true } });
    if (!rule) throw notFound('Regeln finns inte eller är redan borttagen.');
    const unit = rule.unitId ? await tx.orgUnit.findFirst({ where: { id: rule.unitId, organisationId: viewer.organisationId }, select: { path: true, organisationId: true } }) : null;
    if (!canManageRule(viewer, unit)) throw notFound('Regeln finns inte eller är redan borttagen.');
    await tx.assignmentRule.update({ where: { id: rule.id }, data: { removedAt: now } });
    await recordAudit({ organisationId: viewer.organisationId, actorId: viewer.id, action: 'assignment-rule.removed', entityType: 'AssignmentRule', entityId: rule.id }, tx);
  });
}
