import 'server-only';
import { keyToAudience } from '@/lib/audiences';
import { canEditPlan, canEditPlanFor, type Viewer } from '@/lib/auth/permissions';
import { endOfStockholmDay } from '@/lib/dates';
import { db } from '@/lib/db';
import { conflict, forbidden, invalid, notFound } from '@/lib/errors';
import type { PlanInput } from '@/lib/validation/competence-plan';
import { recordAudit } from './audit';
import { listPlanCourses } from './competence-plans';
import { isUniqueViolation, type Tx } from './tx';

// Making and changing a competence plan: the administration must be the viewer's to plan for
// (checked here as well as in the action), one plan per administration and year, and a save names
// the version it started from, so nobody overwrites another person's changes unseen. Each save is
// one transaction with its audit event: a refusal leaves nothing half-saved.

// One fixed sentence (the form shows the year beside it), so the reader gets it in their language (lib/i18n/messages-en.ts).
const yearTaken = () =>
  conflict('Förvaltningen har redan en plan för det året. Öppna den planen och ändra den i stället.');
const NOT_YOURS = 'Du kan bara göra och ändra planer för förvaltningar du är chef för. Inget har sparats.';

function rowsFrom(input: PlanInput) {
  return {
    goals: input.goals.map((g, position) => ({
      position,
      courseId: g.courseId,
      audience: g.audience === 'alla' ? null : keyToAudience[g.audience],
      targetPercent: g.targetPercent,
    })),
    activities: input.activities.map((a, position) => ({
      position,
      kind: a.kind,
      title: a.title,
      month: a.month ?? null,
      courseId: a.courseId ?? null,
    })),
  };
}

const fieldsFrom = (input: PlanInput) => ({
  year: input.year,
  hoursPerEmployee: input.hoursPerEmployee ?? null,
  budgetKronor: input.budgetKronor ?? null,
  decisionDate: input.decisionDate ? endOfStockholmDay(input.decisionDate) : null,
  decisionReference: input.decisionReference,
  notes: input.notes,
});

/** What the audit log keeps of a plan: the decided resources and how many goals and activities. */
const summary = (input: PlanInput) => ({
  ...fieldsFrom(input),
  notes: undefined,
  goals: input.goals.length,
  activities: input.activities.length,
});

async function checkCourses(input: PlanInput) {
  const known = new Set((await listPlanCourses()).map((c) => c.id));
  const named = [...input.goals.map((g) => g.courseId), ...input.activities.flatMap((a) => a.courseId ?? [])];
  if (named.some((id) => !known.has(id)))
    throw invalid('En vald kurs finns inte eller är inte publicerad. Inget har sparats.');
}

async function freeYear(tx: Tx, unitId: string, year: number, except?: string) {
  const other = await tx.competencePlan.findFirst({
    where: { unitId, year, ...(except ? { id: { not: except } } : {}) },
    select: { id: true },
  });
  if (other) throw yearTaken();
}

async function uniqueYear<T>(write: Promise<T>): Promise<T> {
  try {
    return await write;
  } catch (error) {
    // Two saves for the same administration and year at once: the unique index stopped one whole.
    if (isUniqueViolation(error)) throw yearTaken();
    throw error;
  }
}

export async function createPlan(viewer: Viewer, input: PlanInput): Promise<{ id: string }> {
  const unit = await db.orgUnit.findFirst({
    where: { id: input.unitId ?? '', organisationId: viewer.organisationId },
    select: { id: true, path: true, parentId: true, organisationId: true },
  });
  if (!unit || unit.parentId !== null) throw invalid('Välj en förvaltning i er organisation. Inget har sparats.');
  if (!canEditPlanFor(viewer, unit)) throw forbidden(NOT_YOURS);
  await checkCourses(input);
  const { goals, activities } = rowsFrom(input);
  const write = db.$transaction(async (tx) => {
    await freeYear(tx, unit.id, input.year);
    const plan = await tx.competencePlan.create({
      data: {
        organisationId: viewer.organisationId,
        unitId: unit.id,
        createdById: viewer.id,
        ...fieldsFrom(input),
        goals: { create: goals },
        activities: { create: activities },
      },
      select: { id: true },
    });
    await recordAudit(
      {
        organisationId: viewer.organisationId,
        actorId: viewer.id,
        action: 'plan.created',
        entityType: 'CompetencePlan',
        entityId: plan.id,
        after: { unitId: unit.id, ...summary(input) },
      },
      tx,
    );
    return plan;
  });
  return uniqueYear(write);
}

export async function updatePlan(viewer: Viewer, input: PlanInput): Promise<{ id: string; version: number }> {
  const plan = await db.competencePlan.findFirst({
    where: { id: input.planId ?? '', organisationId: viewer.organisationId },
    select: {
      id: true,
      organisationId: true,
      year: true,
      version: true,
      unit: { select: { id: true, path: true, parentId: true, organisationId: true } },
    },
  });
  if (!plan) throw notFound('Planen finns inte.');
  if (!canEditPlan(viewer, plan)) throw forbidden(NOT_YOURS);
  await checkCourses(input);
  const { goals, activities } = rowsFrom(input);
  const write = db.$transaction(async (tx) => {
    if (input.year !== plan.year) await freeYear(tx, plan.unit.id, input.year, plan.id);
    const saved = await tx.competencePlan.updateMany({
      where: { id: plan.id, version: input.version },
      data: { ...fieldsFrom(input), version: { increment: 1 } },
    });
    if (saved.count === 0)
      throw conflict(
        'Någon annan har sparat planen sedan du öppnade den. Ladda om sidan för att se ändringarna. Inget har sparats.',
        'STALE_VERSION',
      );
    await tx.competencePlanGoal.deleteMany({ where: { planId: plan.id } });
    await tx.competencePlanActivity.deleteMany({ where: { planId: plan.id } });
    if (goals.length) await tx.competencePlanGoal.createMany({ data: goals.map((g) => ({ ...g, planId: plan.id })) });
    if (activities.length)
      await tx.competencePlanActivity.createMany({ data: activities.map((a) => ({ ...a, planId: plan.id })) });
    await recordAudit(
      {
        organisationId: viewer.organisationId,
        actorId: viewer.id,
        action: 'plan.updated',
        entityType: 'CompetencePlan',
        entityId: plan.id,
        before: { year: plan.year, version: plan.version },
        after: summary(input),
      },
      tx,
    );
    return { id: plan.id, version: (input.version ?? plan.version) + 1 };
  });
  return uniqueYear(write);
}
