// Loads the self-assessment questionnaire from content/ as an edition of the host organisation.
// A new version number in the file becomes a new edition; rounds keep the edition they answered.
import type { Db } from '../../lib/db-factory';
import { loadSelfAssessment } from '../../lib/content/loader';

export async function seedSelfAssessment(db: Db, organisationId: string): Promise<{ created: boolean }> {
  const { data, body } = loadSelfAssessment();
  const exists = await db.selfAssessmentVersion.findUnique({
    where: { organisationId_version: { organisationId, version: data.version } },
    select: { id: true },
  });
  if (exists) return { created: false };
  const { title, version, levels, areas } = data;
  await db.selfAssessmentVersion.create({
    data: {
      organisationId,
      version,
      title,
      intro: body,
      definition: JSON.stringify({ title, version, levels, areas }),
    },
  });
  return { created: true };
}

const DAY = 24 * 60 * 60 * 1000;
// Per area, the demo staff's typical score (1–4) by gender: lower in analysis and stereotypes, as
// is common before training, and a little different for women and men, so the needs page has
// something to compare.
const typical: Record<string, { KVINNA: number; MAN: number }> = {
  grunder: { KVINNA: 3, MAN: 3 },
  strategin: { KVINNA: 2, MAN: 2 },
  styrning: { KVINNA: 2, MAN: 3 },
  analys: { KVINNA: 2, MAN: 1 },
  stereotyper: { KVINNA: 3, MAN: 2 },
};

/**
 * Demo rounds, so that the competence needs (/statistik/behov) show something: every man and 8 in
 * 10 women of the demo municipality's generated staff answered a month ago, and most of them also
 * a year and a half ago, a step lower. Only the generated staff; the named demo accounts start with none.
 * Runs once: an organisation that already has rounds is left alone.
 */
export async function seedDemoAssessments(db: Db, organisationId: string, now = new Date()): Promise<number> {
  if ((await db.selfAssessmentRound.count({ where: { organisationId } })) > 0) return 0;
  const version = await db.selfAssessmentVersion.findFirst({
    where: { organisationId },
    orderBy: { version: 'desc' },
    select: { id: true, definition: true },
  });
  if (!version) return 0;
  const areas = (
    JSON.parse(version.definition) as { areas: { key: string; statements: { key: string; audiences?: string[] }[] }[] }
  ).areas;
  const staff = await db.user.findMany({
    where: {
      organisationId,
      active: true,
      role: 'EMPLOYEE',
      audience: 'EMPLOYEE',
      passwordHash: null,
      unitId: { not: null },
    },
    select: { id: true, gender: true },
    orderBy: { name: 'asc' },
  });
  let created = 0;
  for (const [i, person] of staff.entries()) {
    const group = person.gender === 'MAN' ? 'MAN' : 'KVINNA';
    // Every man (5 in each administration) answers, so women and men can be compared.
    if (group === 'KVINNA' && i % 10 >= 8) continue;
    const rounds =
      group === 'MAN' || i % 4 !== 3
        ? [
            { ago: 540, step: -1 },
            { ago: 30, step: 0 },
          ]
        : [{ ago: 30, step: 0 }];
    for (const { ago, step } of rounds) {
      const scores = areas.map((a, j) => ({
        area: a.key,
        mean: Math.min(4, Math.max(1, typical[a.key]![group] + step + ((i + j) % 3 === 0 ? 1 : 0))),
      }));
      const answers = Object.fromEntries(
        areas.flatMap((a, j) =>
          a.statements
            .filter((s) => !s.audiences || s.audiences.includes('medarbetare'))
            .map((s) => [s.key, scores[j]!.mean]),
        ),
      );
      await db.selfAssessmentRound.create({
        data: {
          organisationId,
          userId: person.id,
          versionId: version.id,
          audience: 'EMPLOYEE',
          answers: JSON.stringify(answers),
          completedAt: new Date(now.getTime() - ago * DAY),
          areas: { create: scores },
        },
      });
      created += 1;
    }
  }
  return created;
}
