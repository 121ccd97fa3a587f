// Demo rounds of the administrations' self-assessment against SKR's step 4 (issue 17, part 3), so
// the comparison over time and between administrations has something to show: the care
// administration scored itself a year ago and again now, the education administration once.
// Only on a database with no rounds yet.
import type { Db } from '../../lib/db-factory';
import { addYears, startOfStockholmDay, stockholmDay } from '../../lib/dates';

const plan = [
  { unit: 'Vård- och omsorgsförvaltningen', yearsAgo: 1, scores: [2, 1, 2, 1, 2, 1, 2, 2, 1, 1, 1, 2] },
  { unit: 'Vård- och omsorgsförvaltningen', yearsAgo: 0, scores: [3, 2, 3, 2, 3, 2, 2, 3, 2, 2, 2, 2] },
  { unit: 'Utbildningsförvaltningen', yearsAgo: 0, scores: [2, 2, 2, 3, 3, 2, 3, 3, 2, 2, 3, 1] },
];

export async function seedDemoScoreRounds(db: Db, organisationId: string): Promise<number> {
  const template = await db.checklistTemplate.findFirst({
    where: { organisationId, kind: 'SCORE', key: 'skr-steg-4-kompetens' },
    select: {
      id: true,
      revisions: {
        where: { published: true },
        orderBy: { number: 'desc' },
        take: 1,
        select: { number: true, snapshot: true },
      },
    },
  });
  const revision = template?.revisions[0];
  if (!template || !revision) return 0;
  if ((await db.checklistScoreRound.count({ where: { organisationId } })) > 0) return 0;
  const items = (JSON.parse(revision.snapshot) as { sections: { items: { key: string }[] }[] }).sections.flatMap(
    (s) => s.items,
  );
  const author = await db.user.findFirst({ where: { email: 'strateg@sjostad.se' }, select: { id: true } });
  let created = 0;
  for (const round of plan) {
    const unit = await db.orgUnit.findFirst({
      where: { organisationId, parentId: null, name: round.unit },
      select: { id: true },
    });
    if (!unit) continue;
    await db.checklistScoreRound.create({
      data: {
        organisationId,
        templateId: template.id,
        revisionNumber: revision.number,
        unitId: unit.id,
        createdById: author?.id ?? null,
        createdAt: round.yearsAgo
          ? startOfStockholmDay(addYears(stockholmDay(new Date()), -round.yearsAgo))
          : new Date(),
        scores: {
          create: items.map((item, i) => ({ itemKey: item.key, score: round.scores[i % round.scores.length]! })),
        },
      },
    });
    created += 1;
  }
  return created;
}
