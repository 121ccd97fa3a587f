// Demo competence plans (issue 17, part 4): the demo municipality's politicians have decided time
// and money for gender-equality training in two administrations this year, with goals on the
// basic course, so /kompetensplaner has a plan and a follow-up to show. An administration that
// already has a plan for the year is left alone.
import { endOfStockholmDay, stockholmDay } from '../../lib/dates';
import type { Db } from '../../lib/db-factory';

const BASIC = 'introduktion-jamstalldhetsintegrering';
const MANAGERS = 'chefens-roll';

const plans = [
  { unit: 'Kommunledningsförvaltningen', hours: 4, budget: 150_000, target: 80 },
  { unit: 'Vård- och omsorgsförvaltningen', hours: 3, budget: 400_000, target: 60 },
];

export async function seedCompetencePlans(db: Db, organisationId: string, now = new Date()): Promise<number> {
  const year = Number(stockholmDay(now).slice(0, 4));
  // The decision was taken in the spring, before the year's training began.
  const decided = `${year}-03-14`;
  const courses = await db.course.findMany({
    where: { organisationId, slug: { in: [BASIC, MANAGERS] } },
    select: { id: true, slug: true },
  });
  const basic = courses.find((c) => c.slug === BASIC);
  const managers = courses.find((c) => c.slug === MANAGERS);
  if (!basic) return 0;
  let created = 0;
  for (const plan of plans) {
    const unit = await db.orgUnit.findFirst({
      where: { organisationId, parentId: null, name: plan.unit },
      select: { id: true },
    });
    if (!unit) continue;
    const exists = await db.competencePlan.findUnique({
      where: { unitId_year: { unitId: unit.id, year } },
      select: { id: true },
    });
    if (exists) continue;
    await db.competencePlan.create({
      data: {
        organisationId,
        unitId: unit.id,
        year,
        hoursPerEmployee: plan.hours,
        budgetKronor: plan.budget,
        decisionDate: endOfStockholmDay(decided),
        decisionReference: `KS ${decided} § 45`,
        notes: 'Förvaltningens ledningsgrupp följer upp planen varje kvartal och rapporterar till nämnden i december.',
        goals: {
          create: [
            { position: 0, courseId: basic.id, audience: null, targetPercent: plan.target },
            ...(managers
              ? [{ position: 1, courseId: managers.id, audience: 'MANAGER' as const, targetPercent: 100 }]
              : []),
          ],
        },
        activities: {
          create: [
            {
              position: 0,
              kind: 'SESSION',
              title: 'Grundkursen tillsammans på arbetsplatsträffar',
              month: 4,
              courseId: basic.id,
            },
            {
              position: 1,
              kind: 'COURSE',
              title: 'Chefens roll i jämställdhetsarbetet',
              month: 9,
              courseId: managers?.id ?? null,
            },
            { position: 2, kind: 'OTHER', title: 'Uppföljning i ledningsgruppen', month: 12 },
          ],
        },
      },
    });
    created += 1;
  }
  return created;
}
