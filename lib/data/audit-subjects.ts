import 'server-only';
import { db } from '@/lib/db';
import { groupBy } from '@/lib/collections';

// The names of the things audit events are about ("Förskolan Solrosen", not "OrgUnit cmx57…"),
// read as they are now and only within the viewer's organisation. Something deleted since has no
// name here; the log then falls back to the title kept in the event itself.

type Ref = { entityType: string; entityId: string | null };
type Named = { id: string; name: string }[];

const lookups: Record<string, (organisationId: string, ids: string[]) => Promise<Named>> = {
  User: (organisationId, ids) =>
    db.user.findMany({ where: { id: { in: ids }, organisationId }, select: { id: true, name: true } }),
  OrgUnit: (organisationId, ids) =>
    db.orgUnit.findMany({ where: { id: { in: ids }, organisationId }, select: { id: true, name: true } }),
  Course: async (organisationId, ids) =>
    titled(await db.course.findMany({ where: { id: { in: ids }, organisationId }, select: { id: true, title: true } })),
  LearningPath: async (organisationId, ids) =>
    titled(
      await db.learningPath.findMany({ where: { id: { in: ids }, organisationId }, select: { id: true, title: true } }),
    ),
  LearningExample: async (organisationId, ids) =>
    titled(
      await db.learningExample.findMany({
        where: { id: { in: ids }, organisationId },
        select: { id: true, title: true },
      }),
    ),
  ChecklistTemplate: async (organisationId, ids) =>
    titled(
      await db.checklistTemplate.findMany({
        where: { id: { in: ids }, organisationId },
        select: { id: true, title: true },
      }),
    ),
  // A guidance page's title lives in its revisions: the newest one names it.
  GuidePage: async (organisationId, ids) => {
    const revisions = await db.guideRevision.findMany({
      where: { pageId: { in: ids }, page: { organisationId } },
      orderBy: { number: 'desc' },
      select: { pageId: true, title: true },
    });
    return [...groupBy(revisions, (r) => r.pageId)].map(([id, rows]) => ({ id, name: rows[0]!.title }));
  },
};

const titled = (rows: { id: string; title: string }[]): Named => rows.map((r) => ({ id: r.id, name: r.title }));

export const subjectKey = (ref: Ref) => `${ref.entityType}:${ref.entityId ?? ''}`;

/** The current name of each event's subject, keyed by subjectKey, for the types that have one. */
export async function auditSubjects(organisationId: string, refs: readonly Ref[]): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  const byType = groupBy(
    refs.filter((r) => r.entityId && lookups[r.entityType]),
    (r) => r.entityType,
  );
  await Promise.all(
    [...byType].map(async ([type, rows]) => {
      const ids = [...new Set(rows.map((r) => r.entityId!))];
      for (const { id, name } of await lookups[type]!(organisationId, ids))
        names.set(subjectKey({ entityType: type, entityId: id }), name);
    }),
  );
  return names;
}
