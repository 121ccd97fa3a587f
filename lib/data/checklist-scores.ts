import 'server-only';
import { cache } from 'react';
import { db } from '@/lib/db';
import { canScoreAdministration, type Viewer } from '@/lib/auth/permissions';
import { forbidden, invalid, notFound } from '@/lib/errors';
import {
  NOTE_MAX,
  NOTE_MAX_REFUSAL,
  readScores,
  roundTotal,
  totalChange,
  type RoundTotal,
} from '@/lib/checklist/score';
import type { TemplateSnapshot } from '@/lib/validation/checklist';
import { recordAudit } from './audit';
import { parseSnapshot } from './checklist-templates';
import { getHostOrganisationId } from './host';

// Score templates (kind SCORE, e.g. SKR's step 4): each administration's management scores its
// organisation in rounds. The rounds are the organisation's own assessment of how it works, not
// figures about people, so they are shown as they are. Every round keeps the template revision it
// answered, so an old round reads with the items it was asked.

type Template = { id: string; key: string; revisionNumber: number; snapshot: TemplateSnapshot };

/** The host's published score templates, in the order of their step. */
export const listScoreTemplates = cache(async () => {
  const hostId = await getHostOrganisationId();
  return db.checklistTemplate.findMany({
    where: { organisationId: hostId ?? '', kind: 'SCORE', publishedRevisionId: { not: null } },
    orderBy: [{ article: 'asc' }, { key: 'asc' }],
    select: { key: true, title: true },
  });
});

/** A published score template by key (the first when no key is given), or null. */
export const getScoreTemplate = cache(async (key?: string): Promise<Template | null> => {
  const hostId = await getHostOrganisationId();
  const template = await db.checklistTemplate.findFirst({
    where: { organisationId: hostId ?? '', kind: 'SCORE', publishedRevisionId: { not: null }, ...(key ? { key } : {}) },
    orderBy: [{ article: 'asc' }, { key: 'asc' }],
    select: { id: true, key: true, publishedRevisionId: true },
  });
  if (!template?.publishedRevisionId) return null;
  const revision = await db.checklistTemplateRevision.findUnique({
    where: { id: template.publishedRevisionId },
    select: { number: true, snapshot: true },
  });
  if (!revision) return null;
  return {
    id: template.id,
    key: template.key,
    revisionNumber: revision.number,
    snapshot: parseSnapshot(revision.snapshot),
  };
});

async function revisionsOf(templateId: string, numbers: readonly number[]) {
  const rows = await db.checklistTemplateRevision.findMany({
    where: { templateId, number: { in: [...new Set(numbers)] } },
    select: { number: true, snapshot: true },
  });
  return new Map(rows.map((r) => [r.number, parseSnapshot(r.snapshot)]));
}

export type ScoredRound = { id: string; createdAt: Date; total: RoundTotal; change: number | null };
export type AdministrationScores = {
  id: string;
  name: string;
  mayScore: boolean;
  rounds: ScoredRound[];
  latest: ScoredRound | null;
};

/** Every administration of the viewer's organisation with its rounds (oldest first) and totals. */
export async function loadScoreOverview(viewer: Viewer, template: Template): Promise<AdministrationScores[]> {
  const [units, rounds] = await Promise.all([
    db.orgUnit.findMany({
      where: { organisationId: viewer.organisationId, parentId: null },
      orderBy: { name: 'asc' },
      select: { id: true, name: true, path: true, organisationId: true },
    }),
    db.checklistScoreRound.findMany({
      where: { organisationId: viewer.organisationId, templateId: template.id },
      orderBy: { createdAt: 'asc' },
      select: {
        id: true,
        unitId: true,
        createdAt: true,
        revisionNumber: true,
        scores: { select: { itemKey: true, score: true } },
      },
    }),
  ]);
  const snapshots = await revisionsOf(
    template.id,
    rounds.map((r) => r.revisionNumber),
  );
  return units.map((unit) => {
    let before: number | null = null;
    const scored = rounds
      .filter((r) => r.unitId === unit.id)
      .map((r) => {
        const total = roundTotal(snapshots.get(r.revisionNumber) ?? template.snapshot, r.scores);
        const change = totalChange(total.mean, before);
        before = total.mean;
        return { id: r.id, createdAt: r.createdAt, total, change };
      });
    return {
      id: unit.id,
      name: unit.name,
      mayScore: canScoreAdministration(viewer, unit),
      rounds: scored,
      latest: scored.at(-1) ?? null,
    };
  });
}

/** One round with the items it was asked, inside the viewer's organisation. */
export async function getScoreRound(viewer: Viewer, id: string) {
  const round = await db.checklistScoreRound.findFirst({
    where: { id, organisationId: viewer.organisationId },
    select: {
      id: true,
      templateId: true,
      revisionNumber: true,
      createdAt: true,
      createdById: true,
      note: true,
      unit: { select: { name: true } },
      template: { select: { key: true } },
      scores: { select: { itemKey: true, score: true, comment: true } },
    },
  });
  if (!round) return null;
  const [snapshots, author] = await Promise.all([
    revisionsOf(round.templateId, [round.revisionNumber]),
    round.createdById ? db.user.findUnique({ where: { id: round.createdById }, select: { name: true } }) : null,
  ]);
  const snapshot = snapshots.get(round.revisionNumber);
  if (!snapshot) return null;
  return { ...round, snapshot, authorName: author?.name ?? null, total: roundTotal(snapshot, round.scores) };
}

/** An administration (a top unit) of the viewer's organisation, or null. */
export const findAdministration = cache(async (viewer: Viewer, unitId: string) =>
  db.orgUnit.findFirst({
    where: { id: unitId, organisationId: viewer.organisationId, parentId: null },
    select: { id: true, name: true, path: true, organisationId: true },
  }),
);

/** The administration a new round is for, if the viewer may score it. */
async function administrationToScore(viewer: Viewer, unitId: string) {
  const unit = await findAdministration(viewer, unitId);
  if (!unit) throw notFound('Förvaltningen finns inte.');
  if (!canScoreAdministration(viewer, unit))
    throw forbidden('Bara förvaltningens ledning, en strateg eller en administratör kan skatta förvaltningen.');
  return unit;
}

type SaveInput = {
  templateKey: string;
  unitId: string;
  revision: number;
  note: string;
  values: Record<string, unknown>;
};
export type SaveScoresResult = { ok: true; roundId: string } | { ok: false; errors: Record<string, string> };

/** Saves a whole round at once, or nothing: every item scored, against the revision the form showed. */
export async function saveScoreRound(viewer: Viewer, input: SaveInput): Promise<SaveScoresResult> {
  const template = await getScoreTemplate(input.templateKey);
  if (!template) throw notFound('Självskattningen finns inte.');
  const unit = await administrationToScore(viewer, input.unitId);
  if (template.revisionNumber !== input.revision)
    throw invalid('Påståendena har ändrats sedan du öppnade sidan. Ladda om sidan och skatta igen. Inget är sparat.');
  if (input.note.length > NOTE_MAX) throw invalid(NOTE_MAX_REFUSAL);
  const read = readScores(template.snapshot, input.values);
  if (!read.ok) return read;
  const round = await db.$transaction(async (tx) => {
    const created = await tx.checklistScoreRound.create({
      data: {
        organisationId: viewer.organisationId,
        templateId: template.id,
        revisionNumber: template.revisionNumber,
        unitId: unit.id,
        createdById: viewer.id,
        note: input.note,
        scores: { create: read.scores },
      },
      select: { id: true },
    });
    await recordAudit(
      {
        organisationId: viewer.organisationId,
        actorId: viewer.id,
        action: 'checklist-score.created',
        entityType: 'ChecklistScoreRound',
        entityId: created.id,
        after: { template: template.key, unit: unit.name, mean: roundTotal(template.snapshot, read.scores).mean },
      },
      tx,
    );
    return created;
  });
  return { ok: true, roundId: round.id };
}
