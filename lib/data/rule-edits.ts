import 'server-only';
import { db } from '@/lib/db';
import { canManageRule, type Viewer } from '@/lib/auth/permissions';
import { forbidden, notFound } from '@/lib/errors';
import type { RuleInput } from '@/lib/validation/assignments';
import { resolveItem } from './assignable';
import { applyRulesForPeople } from './assignment-rules';
import { recordAudit } from './audit';
import { TX_OPTIONS, type Tx } from './tx';
import { changingStatistics } from './stats-cache';

// Managers' and strategists' changes to assignment rules (the list is rule-list.ts): a new rule
// reaches the people it covers today at once; applying rules to people is assignment-rules.ts.

async function ruleUnit(tx: Tx, viewer: Viewer, unitId: string | undefined | null) {
  if (!unitId) return null;
  const unit = await tx.orgUnit.findFirst({
    where: { id: unitId, organisationId: viewer.organisationId },
    select: { id: true, path: true, organisationId: true },
  });
  if (!unit) throw forbidden('Enheten finns inte eller hör inte till dina enheter.');
  return unit;
}

export async function createRule(viewer: Viewer, input: RuleInput, now = new Date()) {
  return changingStatistics(
    viewer.organisationId,
    db.$transaction(async (tx) => {
      const unit = await ruleUnit(tx, viewer, input.unitId);
      if (!canManageRule(viewer, unit)) {
        throw forbidden(
          unit
            ? 'Enheten finns inte eller hör inte till dina enheter.'
            : 'Bara strateger och administratörer gör regler för hela organisationen. Välj en av dina enheter.',
        );
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
          ...(unit
            ? input.includeSubunits
              ? { unit: { path: { startsWith: unit.path } } }
              : { unitId: unit.id }
            : {}),
        },
        select: { id: true },
      });
      const result = await applyRulesForPeople(
        tx,
        viewer.organisationId,
        present.map((p) => p.id),
        { ruleIds: [rule.id], now },
      );
      await recordAudit(
        {
          organisationId: viewer.organisationId,
          actorId: viewer.id,
          action: 'assignment-rule.created',
          entityType: 'AssignmentRule',
          entityId: rule.id,
          after: { ...input, ...result, mailIds: undefined },
        },
        tx,
      );
      return { ruleId: rule.id, ...result };
    }, TX_OPTIONS),
  );
}

/** Stops the rule for the future; every assignment it made, and all progress, stays. */
export async function removeRule(viewer: Viewer, ruleId: string, now = new Date()) {
  return db.$transaction(async (tx) => {
    const rule = await tx.assignmentRule.findFirst({
      where: { id: ruleId, organisationId: viewer.organisationId, removedAt: null },
      select: { id: true, unitId: true },
    });
    if (!rule) throw notFound('Regeln finns inte eller är redan borttagen.');
    const unit = rule.unitId
      ? await tx.orgUnit.findFirst({
          where: { id: rule.unitId, organisationId: viewer.organisationId },
          select: { path: true, organisationId: true },
        })
      : null;
    if (!canManageRule(viewer, unit)) throw notFound('Regeln finns inte eller är redan borttagen.');
    await tx.assignmentRule.update({ where: { id: rule.id }, data: { removedAt: now } });
    await recordAudit(
      {
        organisationId: viewer.organisationId,
        actorId: viewer.id,
        action: 'assignment-rule.removed',
        entityType: 'AssignmentRule',
        entityId: rule.id,
      },
      tx,
    );
  });
}
