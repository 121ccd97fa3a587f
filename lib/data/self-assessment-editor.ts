import 'server-only';
import { cache } from 'react';
import { canEditContent, type Viewer } from '@/lib/auth/permissions';
import { db } from '@/lib/db';
import { stockholmDay } from '@/lib/dates';
import { conflict, forbidden, invalid, notFound } from '@/lib/errors';
import { translator } from '@/lib/i18n';
import { inLanguage, readerLocale } from '@/lib/i18n/messages';
import { statementKeys } from '@/lib/self-assessment/edit';
import type { Questionnaire } from '@/lib/self-assessment/questionnaire';
import { atomKey, verdict, type Verdict } from '@/lib/stats/protection';
import { selfAssessmentFrontmatterSchema } from '@/lib/validation/content';
import { recordAudit } from './audit';
import { listLinkableCourses } from './checklist-templates';
import { listPublishedGuides } from './guides';
import { getHostOrganisationId } from './host';
import { protectionFor } from './protection';
import { isUniqueViolation } from './tx';

// The write side of the self-assessment (issue 17, part 1): strategists of the host organisation
// edit the questionnaire, and every save is the next SelfAssessmentVersion. A save names the
// version it started from; the unique (organisation, version) index decides a race, so two
// editors can never both turn version n into n + 1. Rounds keep the version they answered.

type Editor = Pick<Viewer, 'id' | 'organisationId' | 'role'>;

export const STALE_QUESTIONNAIRE =
  'Någon annan har sparat en ny version av självskattningen medan du arbetade. Din ändring är inte sparad. Ladda om sidan och gör om ändringen.';

const parse = (definition: string) => JSON.parse(definition) as Questionnaire;

/** Why a change is refused, in the reader's language (the schema's reason is a fixed message). */
async function notSaved(reason: string | undefined) {
  const locale = await readerLocale();
  const t = translator(locale);
  return t('editorTemplates.questionnaireActions.notSaved', {
    reason: reason ? inLanguage(reason, locale) : t('editorTemplates.questionnaireActions.fallback'),
  });
}

async function hostOf(editor: Editor): Promise<string> {
  const hostId = await getHostOrganisationId();
  if (!hostId || !canEditContent(editor, hostId))
    throw forbidden('Bara värdorganisationens strateger och administratörer kan ändra självskattningen.');
  return hostId;
}

export type VersionRow = {
  version: number;
  savedAt: Date;
  /** Rounds answered by the host organisation's staff; hidden when the figure may not be shown. */
  rounds: { hidden: false; count: number } | { hidden: true; reason: Exclude<Verdict, { show: true }>['reason'] };
};

// The round counts are figures about people, so they follow the disclosure rule as the needs
// page's "answered" counts do: they count the statistics' people (active, with a unit) and are
// shown only when that whole group passes the verdict.
const counted = (organisationId: string) => ({ organisationId, active: true, unitId: { not: null } });

async function staffVerdict(organisationId: string): Promise<Verdict> {
  const [protection, atoms] = await Promise.all([
    protectionFor(organisationId),
    db.user.groupBy({ by: ['unitId', 'gender', 'audience'], where: counted(organisationId), _count: { _all: true } }),
  ]);
  return verdict(
    protection,
    atoms.map((a) => ({ key: atomKey(a), people: a._count._all })),
  );
}

/** The newest version to edit, and every version, newest first, with how many rounds answered it. */
export const getQuestionnaireForEditor = cache(async (organisationId: string) => {
  const versions = await db.selfAssessmentVersion.findMany({
    where: { organisationId },
    orderBy: { version: 'desc' },
    select: { id: true, version: true, createdAt: true },
  });
  const latest = versions[0];
  if (!latest) return null;
  const [row, counts, shown] = await Promise.all([
    db.selfAssessmentVersion.findUniqueOrThrow({ where: { id: latest.id }, select: { definition: true } }),
    db.selfAssessmentRound.groupBy({
      by: ['versionId'],
      where: { organisationId, user: counted(organisationId) },
      _count: { _all: true },
    }),
    staffVerdict(organisationId),
  ]);
  const countOf = new Map(counts.map((c) => [c.versionId, c._count._all]));
  const history: VersionRow[] = versions.map((v) => ({
    version: v.version,
    savedAt: v.createdAt,
    rounds: shown.show ? { hidden: false, count: countOf.get(v.id) ?? 0 } : { hidden: true, reason: shown.reason },
  }));
  return { version: latest.version, savedAt: latest.createdAt, questionnaire: parse(row.definition), history };
});

/** What an area may link to: the host's published courses and guidance pages. */
export const listQuestionnaireChoices = cache(async () => {
  const [courses, guides] = await Promise.all([listLinkableCourses(), listPublishedGuides()]);
  return { courses, guides: guides.map((g) => ({ slug: g.slug, title: g.title })) };
});

export type SaveResult = { saved: boolean; version: number; added: string[]; removed: string[] };

/**
 * Applies `change` to the newest version and saves the result as the next version, in one
 * transaction with its audit event. Refused, with nothing saved, when `version` is no longer the
 * newest or the result breaks the content schema. `usedKeys` are the statement keys of every
 * version, so a new statement never reuses an old key.
 */
export async function saveQuestionnaire(input: {
  editor: Editor;
  version: number;
  change: (q: Questionnaire, usedKeys: readonly string[]) => Questionnaire;
  now?: Date;
}): Promise<SaveResult> {
  const hostId = await hostOf(input.editor);
  try {
    return await db.$transaction(async (tx) => {
      const versions = await tx.selfAssessmentVersion.findMany({
        where: { organisationId: hostId },
        orderBy: { version: 'desc' },
        select: { version: true, title: true, intro: true, definition: true },
      });
      const latest = versions[0];
      if (!latest) throw notFound('Självskattningen finns inte än.');
      if (latest.version !== input.version) throw conflict(STALE_QUESTIONNAIRE, 'STALE_VERSION');
      const before = parse(latest.definition);
      const usedKeys = [...new Set(versions.flatMap((v) => statementKeys(parse(v.definition))))];
      const number = latest.version + 1;
      const updated = stockholmDay(input.now ?? new Date());
      const parsed = selfAssessmentFrontmatterSchema.safeParse({
        ...input.change(before, usedKeys),
        version: number,
        updated,
      });
      if (!parsed.success) throw invalid(await notSaved(parsed.error.issues[0]?.message));
      const { title, levels, areas } = parsed.data;
      const was = selfAssessmentFrontmatterSchema.safeParse({ ...before, version: number, updated });
      const same = (x: unknown) => JSON.stringify(x) === JSON.stringify({ levels, areas });
      if (same(was.success ? { levels: was.data.levels, areas: was.data.areas } : before))
        return { saved: false, version: latest.version, added: [], removed: [] };
      const oldKeys = statementKeys(before);
      const newKeys = statementKeys({ areas });
      const added = newKeys.filter((k) => !oldKeys.includes(k));
      const removed = oldKeys.filter((k) => !newKeys.includes(k));
      const created = await tx.selfAssessmentVersion.create({
        data: {
          organisationId: hostId,
          version: number,
          title,
          intro: latest.intro,
          definition: JSON.stringify({ title, version: number, levels, areas }),
        },
        select: { id: true },
      });
      await recordAudit(
        {
          organisationId: hostId,
          actorId: input.editor.id,
          action: 'self-assessment.revised',
          entityType: 'SelfAssessmentVersion',
          entityId: created.id,
          before: { version: latest.version },
          after: { version: number, added, removed },
        },
        tx,
      );
      return { saved: true, version: number, added, removed };
    });
  } catch (error) {
    // Another save created the same version number first: the index refused ours.
    if (isUniqueViolation(error)) throw conflict(STALE_QUESTIONNAIRE, 'STALE_VERSION');
    throw error;
  }
}
