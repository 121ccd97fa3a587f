import 'server-only';
import { db } from '@/lib/db';
import { conflict, forbidden, invalid, notFound } from '@/lib/errors';
import { canEditContent, type Viewer } from '@/lib/auth/permissions';
import type { Audience } from '@/lib/audiences';
import { pathSource, pathTextSchema, readTranslations, settleVersions, UNCONFIRMED } from '@/lib/learning/translations';
import { recordAudit } from './audit';
import { getHostOrganisationId } from './host';

export async function getPathForEditor(editor: Viewer, audience: Audience) {
  const hostId = await getHostOrganisationId();
  if (!canEditContent(editor, hostId)) throw forbidden();
  const [path, courses] = await Promise.all([
    db.learningPath.findUnique({
      where: { organisationId_audience: { organisationId: hostId!, audience } },
      select: {
        id: true,
        title: true,
        summary: true,
        intro: true,
        translations: true,
        version: true,
        courses: { orderBy: { position: 'asc' }, select: { courseId: true } },
      },
    }),
    db.course.findMany({
      where: { organisationId: hostId!, status: 'PUBLISHED' },
      orderBy: { title: 'asc' },
      select: { id: true, title: true },
    }),
  ]);
  if (!path) throw notFound('Lärvägen finns inte.');
  const { translations, ...rest } = path;
  const version = readTranslations(pathTextSchema, translations).en;
  // Every save settles the English against the Swedish saved with it (englishToStore), so what
  // readers get is what is stored: current unless marked outdated.
  const english = version
    ? { title: version.title, summary: version.summary, intro: version.intro, upToDate: !version.outdated }
    : null;
  return { path: { ...rest, english, courseIds: path.courses.map((c) => c.courseId) }, courses };
}

/** Saves the path if nobody else did since `version`; the course order is the order given. */
export async function savePath(
  editor: Viewer,
  input: {
    audience: Audience;
    version: number;
    title: string;
    summary: string;
    intro: string;
    courseIds: string[];
    /** The English version's texts; all empty for none. */
    enTitle?: string;
    enSummary?: string;
    enIntro?: string;
    /** The editor says the English matches the Swedish as saved now. */
    enUpToDate?: boolean;
  },
) {
  const hostId = await getHostOrganisationId();
  if (!canEditContent(editor, hostId)) throw forbidden();
  const unique = [...new Set(input.courseIds)];
  const known = await db.course.count({ where: { id: { in: unique }, organisationId: hostId!, status: 'PUBLISHED' } });
  if (known !== unique.length) throw invalid('En av kurserna finns inte eller är inte publicerad.');
  return db.$transaction(async (tx) => {
    const path = await tx.learningPath.findUnique({
      where: { organisationId_audience: { organisationId: hostId!, audience: input.audience } },
      select: { id: true, title: true, summary: true, intro: true, translations: true },
    });
    if (!path) throw notFound('Lärvägen finns inte.');
    const bumped = await tx.learningPath.updateMany({
      where: { id: path.id, version: input.version },
      data: {
        version: { increment: 1 },
        title: input.title,
        summary: input.summary,
        intro: input.intro,
        translations: englishToStore(input, path),
      },
    });
    if (bumped.count === 0)
      throw conflict('Någon annan har sparat lärvägen medan du arbetade. Ladda om sidan och gör ändringen igen.');
    await tx.learningPathCourse.deleteMany({ where: { pathId: path.id } });
    await tx.learningPathCourse.createMany({
      data: unique.map((courseId, i) => ({ pathId: path.id, courseId, position: i + 1 })),
    });
    await recordAudit(
      {
        organisationId: hostId!,
        actorId: editor.id,
        action: 'path.published',
        entityType: 'LearningPath',
        entityId: path.id,
        after: { title: input.title, courseIds: unique },
      },
      tx,
    );
  });
}

/**
 * The path's English as stored with the Swedish saved now: stamped with the Swedish texts'
 * fingerprint when the editor says it matches them, else with the one it had (one stored before
 * fingerprints existed was written from the path as stored; a new one unticked from none), and
 * marked outdated where that is not these texts (settleVersions). Empty for none.
 */
function englishToStore(
  input: {
    title: string;
    summary: string;
    intro: string;
    enTitle?: string;
    enSummary?: string;
    enIntro?: string;
    enUpToDate?: boolean;
  },
  stored: { title: string; summary: string; intro: string; translations: string },
): string {
  if (!input.enTitle) return '{}';
  const swedish = pathSource(input);
  const before = readTranslations(pathTextSchema, stored.translations).en;
  const written = before ? (before.source ?? pathSource(stored)) : UNCONFIRMED;
  const source = input.enUpToDate ? swedish : written;
  const en = { source, title: input.enTitle, summary: input.enSummary ?? '', intro: input.enIntro ?? '' };
  return JSON.stringify(settleVersions({ en }, swedish));
}
