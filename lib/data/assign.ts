import 'server-only';
import { db } from '@/lib/db';
import {
  canAssign,
  canAssignToPerson,
  canAssignToUnit,
  managesUnits,
  personScopeWhere,
  type Viewer,
} from '@/lib/auth/permissions';
import { endOfStockholmDay, isPastDay } from '@/lib/dates';
import { summarisePlan } from '@/lib/assignments/plan';
import { describeAssignment, type Where } from '@/lib/assignments/feedback';
import { defaultLocale, type Locale } from '@/lib/i18n/config';
import { inChunks } from '@/lib/collections';
import { forbidden, invalid } from '@/lib/errors';
import { serverMessage } from '@/lib/i18n/messages';
import type { AssignInput } from '@/lib/validation/assignments';
import { recordAudit } from './audit';
import { resolveItem } from './assignable';
import { writeAssignments } from './assignment-writer';
import { isUniqueViolation, TX_OPTIONS, type Tx } from './tx';
import { changingStatistics } from './stats-cache';
import { courseTitlesIn, pathTitlesIn } from './learning';

// A manager assigns a course or path to people, a unit or an audience within their units. All
// checks come first and everything is written in one transaction: one bad person in a group
// means nothing is written for anyone.

type Assigner = Viewer & { name: string };
type Target = { id: string; name: string; email: string | null; locale: string | null };

const outside =
  'En eller flera av de valda personerna finns inte eller hör inte till dina enheter. Inget har tilldelats.';

/** The people the input names, each checked against the viewer's units; throws on the first problem. */
export async function resolveTargets(
  tx: Tx,
  viewer: Viewer,
  input: Pick<AssignInput, 'target' | 'userIds' | 'unitId' | 'includeSubunits' | 'audience'>,
): Promise<Target[]> {
  const select = {
    id: true,
    name: true,
    email: true,
    locale: true,
    active: true,
    organisationId: true,
    unit: { select: { path: true } },
  } as const;
  if (input.target === 'people') {
    const ids = [...new Set(input.userIds)];
    const people = await inChunks(ids, (batch) =>
      tx.user.findMany({ where: { id: { in: batch }, organisationId: viewer.organisationId }, select }),
    );
    // Someone unknown, in another organisation or outside the viewer's units gets the same answer.
    if (
      people.length !== ids.length ||
      people.some(
        (p) => !canAssignToPerson(viewer, { organisationId: p.organisationId, unitPath: p.unit?.path ?? null }),
      )
    ) {
      throw forbidden(outside);
    }
    const inactive = people.find((p) => !p.active);
    if (inactive) throw invalid(await serverMessage('personInactive', { name: inactive.name }));
    return people;
  }
  if (input.target === 'unit') {
    const unit = await tx.orgUnit.findFirst({
      where: { id: input.unitId ?? '', organisationId: viewer.organisationId },
      select: { id: true, path: true, organisationId: true },
    });
    if (!unit || !canAssignToUnit(viewer, unit))
      throw forbidden('Enheten finns inte eller hör inte till dina enheter. Inget har tilldelats.');
    return tx.user.findMany({
      where: {
        organisationId: viewer.organisationId,
        active: true,
        ...(input.includeSubunits ? { unit: { path: { startsWith: unit.path } } } : { unitId: unit.id }),
      },
      select: { id: true, name: true, email: true, locale: true },
    });
  }
  if (!managesUnits(viewer)) throw forbidden('Du är inte chef för någon enhet. Inget har tilldelats.');
  return tx.user.findMany({
    where: { ...personScopeWhere(viewer), active: true, audience: input.audience },
    select: { id: true, name: true, email: true, locale: true },
  });
}

/** " i Förskolan Solrosen", " i Förskola och enheterna under den", " med målgruppen chefer i dina enheter". */
async function describeTarget(tx: Tx, viewer: Viewer, input: AssignInput): Promise<Where> {
  if (input.target === 'audience' && input.audience) return { audience: input.audience };
  if (input.target !== 'unit' || !input.unitId) return null;
  const unit = await tx.orgUnit.findFirst({
    where: { id: input.unitId, organisationId: viewer.organisationId },
    select: { name: true, path: true },
  });
  if (!unit) return null;
  const below = input.includeSubunits
    ? await tx.orgUnit.count({
        where: { organisationId: viewer.organisationId, path: { startsWith: unit.path, not: unit.path } },
      })
    : 0;
  return { unit: unit.name, below: below > 0 };
}

/** The course's or path's title in the manager's language where it has one. */
async function titleIn(locale: Locale, item: AssignInput['item'], swedish: string): Promise<string> {
  if (locale === defaultLocale) return swedish;
  const titles = item.kind === 'course' ? await courseTitlesIn([item.id], locale) : await pathTitlesIn(locale);
  return titles.get(item.id)?.title ?? swedish;
}

export type AssignResult = { message: string; assigned: number; already: number; mailIds: string[] };

/** Assigns, and says what was done in the manager's language (`locale`), with the title in it where it has one. */
export async function assignItems(
  viewer: Assigner,
  input: AssignInput,
  now = new Date(),
  locale: Locale = defaultLocale,
): Promise<AssignResult> {
  if (!canAssign(viewer)) throw forbidden();
  if (input.dueDate && isPastDay(input.dueDate, now))
    throw invalid('Slutdatumet har redan passerat. Välj i dag eller ett senare datum.');
  const dueAt = input.dueDate ? endOfStockholmDay(input.dueDate) : null;
  const run = () =>
    db.$transaction(async (tx) => {
      const resolved = await resolveItem(tx, input.item);
      const people = await resolveTargets(tx, viewer, input);
      if (people.length === 0)
        throw invalid('Det finns ingen aktiv person att tilldela i det du valde. Inget har tilldelats.');
      const { plan, mailIds } = await writeAssignments(tx, {
        organisationId: viewer.organisationId,
        wanted: people.flatMap((p) =>
          resolved.courses.map((c) => ({ userId: p.id, courseId: c.id, pathId: resolved.pathId, dueAt })),
        ),
        source: 'MANAGER',
        assignedBy: { id: viewer.id, name: viewer.name },
        message: input.message ?? null,
        people: new Map(people.map((p) => [p.id, p])),
        courses: new Map(resolved.courses.map((c) => [c.id, c])),
        path: resolved.pathTitle ? { title: resolved.pathTitle, translations: resolved.pathTranslations } : null,
      });
      const summary = summarisePlan(
        plan,
        people.map((p) => p.id),
      );
      await recordAudit(
        {
          organisationId: viewer.organisationId,
          actorId: viewer.id,
          action: 'assignment.created',
          entityType: input.item.kind === 'course' ? 'Course' : 'LearningPath',
          entityId: input.item.id,
          after: {
            target: input.target,
            unitId: input.unitId ?? null,
            audience: input.audience ?? null,
            people: people.length,
            dueDate: input.dueDate ?? null,
            ...summary,
          },
        },
        tx,
      );
      const item = {
        kind: input.item.kind,
        title: await titleIn(locale, input.item, resolved.pathTitle ?? resolved.courses[0]!.title),
      };
      return {
        message: describeAssignment(
          {
            summary,
            item,
            where: await describeTarget(tx, viewer, input),
            onePerson: input.target === 'people' && people.length === 1 ? people[0]!.name : null,
            dueDate: input.dueDate ?? null,
          },
          locale,
        ),
        assigned: summary.assigned,
        already: summary.already,
        mailIds,
      };
    }, TX_OPTIONS);
  try {
    return await changingStatistics(viewer.organisationId, run());
  } catch (error) {
    // Someone else assigned the same course to the same person at this very moment: the unique
    // index stopped the duplicate, and a second try sees their row and keeps the earliest date.
    if (isUniqueViolation(error)) return changingStatistics(viewer.organisationId, run());
    throw error;
  }
}
