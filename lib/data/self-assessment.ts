import 'server-only';
import { cache } from 'react';
import { db } from '@/lib/db';
import { audienceToKey } from '@/lib/audiences';
import type { Viewer } from '@/lib/auth/permissions';
import { invalid, notFound } from '@/lib/errors';
import {
  changeSince,
  lowestAreas,
  readAnswers,
  scoreAreas,
  type AreaScore,
  type Questionnaire,
} from '@/lib/self-assessment/questionnaire';
import type { Audience } from '@/lib/audiences';
import type { AssessmentAreaKey } from '@/lib/validation/content';
import { defaultLocale, type Locale } from '@/lib/i18n/config';
import { localizeCourse } from '@/lib/learning/translations';
import { relatedGuides } from './guides';
import { getHostOrganisationId } from './host';

// The self-assessment (issue 17): the questionnaire is the host organisation's newest published
// edition; a person's rounds are theirs alone (every read here is by the person's own id).

type Person = Viewer & { audience: Audience };

function parseDefinition(definition: string): Questionnaire {
  return JSON.parse(definition) as Questionnaire;
}

/** The newest edition of the questionnaire, or null before any is seeded. */
export const currentQuestionnaire = cache(async () => {
  const organisationId = await getHostOrganisationId();
  if (!organisationId) return null;
  const row = await db.selfAssessmentVersion.findFirst({
    where: { organisationId },
    orderBy: { version: 'desc' },
    select: { id: true, version: true, intro: true, definition: true },
  });
  return row
    ? { id: row.id, version: row.version, intro: row.intro, questionnaire: parseDefinition(row.definition) }
    : null;
});

export type RoundResult = {
  id: string;
  completedAt: Date;
  version: number;
  scores: (AreaScore & { title: string })[];
};

/** The person's own rounds, newest first, each with its area scores named as in the edition it answered. */
export const listMyRounds = cache(async (userId: string): Promise<RoundResult[]> => {
  const rounds = await db.selfAssessmentRound.findMany({
    where: { userId },
    orderBy: { completedAt: 'desc' },
    take: 20,
    select: {
      id: true,
      completedAt: true,
      areas: { select: { area: true, mean: true } },
      version: { select: { version: true, definition: true } },
    },
  });
  return rounds.map((r) => {
    const areas = parseDefinition(r.version.definition).areas;
    const scores = areas.flatMap((a) => {
      const found = r.areas.find((s) => s.area === a.key);
      return found ? [{ area: a.key, mean: found.mean, title: a.title }] : [];
    });
    return { id: r.id, completedAt: r.completedAt, version: r.version.version, scores };
  });
});

/** The person's latest result, the change since the round before, and what fits their lowest areas. */
export async function getMyAssessment(person: Person, locale: Locale = defaultLocale) {
  const [current, rounds] = await Promise.all([currentQuestionnaire(), listMyRounds(person.id)]);
  const [latest, previous] = rounds;
  if (!latest) return { current, rounds, latest: null, change: [], recommendations: [] };
  const areas = new Map((current?.questionnaire.areas ?? []).map((a) => [a.key, a]));
  const lowest = lowestAreas(latest.scores);
  const recommendations = await Promise.all(
    lowest.map(async (score) => {
      const area = areas.get(score.area);
      return {
        area: score.area,
        title: area?.title ?? score.area,
        mean: score.mean,
        courses: await publishedCourses(area?.courses ?? [], audienceToKey[person.audience], locale),
        guides: await relatedGuides(area?.guides ?? []),
      };
    }),
  );
  return {
    current,
    rounds,
    latest,
    change: previous ? changeSince(previous.scores, latest.scores) : [],
    recommendations,
  };
}

/** The area's courses that are published and meant for the person's audience (a politician is not sent to the manager's course). */
async function publishedCourses(slugs: readonly string[], audience: string, locale: Locale) {
  if (slugs.length === 0) return [];
  const organisationId = await getHostOrganisationId();
  const found = await db.course.findMany({
    where: { organisationId: organisationId ?? '', status: 'PUBLISHED', slug: { in: [...slugs] } },
    select: { slug: true, title: true, summary: true, audiences: true, translations: true },
  });
  // Each course by its title in the reader's language where it has one; `lang` says which.
  return slugs.flatMap((slug) =>
    found
      .filter((c) => c.slug === slug && c.audiences.split(',').includes(audience))
      .map((c) => {
        const shown = localizeCourse(c, locale);
        return { slug: c.slug, title: shown.title, lang: shown.lang };
      }),
  );
}

export type SaveResult = { ok: true; roundId: string } | { ok: false; errors: Record<string, string> };

/**
 * Saves one round of the person's answers to the edition they were shown (`version`). All
 * statements must be answered 1–4; otherwise nothing is saved and each missing one is named.
 */
export async function saveRound(person: Person, version: number, values: Record<string, unknown>): Promise<SaveResult> {
  const current = await currentQuestionnaire();
  if (!current) throw notFound('Självskattningen finns inte än.');
  if (current.version !== version)
    throw invalid('Frågorna har ändrats sedan du öppnade sidan. Ladda om sidan och svara igen. Inget är sparat.');
  const audience = audienceToKey[person.audience];
  const read = readAnswers(current.questionnaire, audience, values);
  if (!read.ok) return read;
  const scores = scoreAreas(current.questionnaire, audience, read.answers);
  const round = await db.selfAssessmentRound.create({
    data: {
      organisationId: person.organisationId,
      userId: person.id,
      versionId: current.id,
      audience: person.audience,
      answers: JSON.stringify(read.answers),
      areas: { create: scores.map((s) => ({ area: s.area as AssessmentAreaKey, mean: s.mean })) },
    },
    select: { id: true },
  });
  return { ok: true, roundId: round.id };
}
