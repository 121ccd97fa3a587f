// `npm run db:seed`: loads the demo organisations. Safe to run again: everything is matched by
// slug, unit path or e-mail and only missing records are created.
import { randomUUID } from 'node:crypto';
import { endOfStockholmDay } from '../lib/dates';
import { createDb, type Db } from '../lib/db-factory';
import { env } from '../lib/env';
import { hashPassword } from '../lib/auth/password';
import { fail, say } from '../scripts/cli';
import { seedLearning } from './seed/learning';
import { seedChecklists } from './seed/checklists';
import { seedCompetencePlans } from './seed/competence-plans';
import { seedDemoScoreRounds } from './seed/score-rounds';
import { DEMO_PASSWORD, demoOrganisation, inactiveEmails, otherOrganisation, type SeedOrg } from './seed/demo-org';
import { seedGuides } from './seed/guides';
import { seedDemoProgress } from './seed/progress';
import { seedDemoAssessments, seedSelfAssessment } from './seed/self-assessment';

async function ensureUnits(db: Db, organisationId: string, unitPaths: string[]) {
  const ids = new Map<string, { id: string; path: string }>();
  for (const fullName of [...unitPaths].sort((a, b) => a.split('/').length - b.split('/').length)) {
    const parts = fullName.split('/');
    const name = parts.at(-1)!;
    const parent = parts.length > 1 ? ids.get(parts.slice(0, -1).join('/')) : undefined;
    const existing = await db.orgUnit.findFirst({
      where: { organisationId, name, parentId: parent?.id ?? null },
      select: { id: true, path: true },
    });
    if (existing) {
      ids.set(fullName, existing);
      continue;
    }
    const id = randomUUID();
    const path = `${parent?.path ?? '/'}${id}/`;
    await db.orgUnit.create({
      data: { id, organisationId, name, parentId: parent?.id ?? null, path, depth: parts.length - 1 },
    });
    ids.set(fullName, { id, path });
  }
  return ids;
}

export async function seedOrganisation(db: Db, org: SeedOrg, passwordHash: string) {
  const { id: organisationId } = await db.organisation.upsert({
    where: { slug: org.slug },
    create: {
      slug: org.slug,
      name: org.name,
      kind: org.kind,
      cemrSignedAt: org.cemrSignedAt ? endOfStockholmDay(org.cemrSignedAt) : null,
      shareStatistics: org.sharing !== undefined,
      shareName: org.sharing === 'named',
      examplesPublic: org.examplesPublic ?? false,
    },
    update: {},
    select: { id: true },
  });
  const units = await ensureUnits(db, organisationId, org.units);
  let created = 0;
  for (const person of org.people) {
    const exists = await db.user.findUnique({ where: { email: person.email }, select: { id: true } });
    if (exists) continue;
    const user = await db.user.create({
      data: {
        organisationId,
        name: person.name,
        email: person.email,
        gender: person.gender,
        role: person.role ?? 'EMPLOYEE',
        audience: person.audience ?? 'EMPLOYEE',
        unitId: person.unit ? units.get(person.unit)!.id : null,
        passwordHash: person.password ? passwordHash : null,
        active: !inactiveEmails.includes(person.email),
      },
      select: { id: true },
    });
    for (const managed of person.manages ?? []) {
      await db.unitManager.create({ data: { userId: user.id, unitId: units.get(managed)!.id } });
    }
    created += 1;
  }
  return { organisationId, created };
}

async function main() {
  const db = createDb(env.DATABASE_URL);
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const ids: string[] = [];
  for (const org of [demoOrganisation, otherOrganisation]) {
    const { organisationId, created } = await seedOrganisation(db, org, passwordHash);
    ids.push(organisationId);
    say(`${org.name}: ${created} nya personer.`);
  }
  // The demo municipality is created first, so it is the host organisation that owns the content.
  const hostId = ids[0]!;
  say(`Kurser: ${(await seedLearning(db, hostId)).created} nya.`);
  await seedGuides(db, hostId);
  say(`Checklistmallar: ${(await seedChecklists(db, hostId)).created} nya.`);
  if ((await seedSelfAssessment(db, hostId)).created) say('Självskattningen: en ny utgåva.');
  const progress = await seedDemoProgress(db, hostId);
  if (progress.assigned > 0)
    say(`Demodata: ${progress.assigned} tilldelningar, ${progress.completed} avslutade kurser.`);
  const rounds = await seedDemoAssessments(db, hostId);
  if (rounds > 0) say(`Demodata: ${rounds} självskattningar.`);
  if ((await seedCompetencePlans(db, hostId)) > 0) say('Demodata: kompetensplaner för i år.');
  const scoreRounds = await seedDemoScoreRounds(db, hostId);
  if (scoreRounds > 0) say(`Demodata: ${scoreRounds} skattningar av steg 4 per förvaltning.`);
  await db.$disconnect();
}

if (process.argv[1] === import.meta.filename) {
  main().catch((error: unknown) => fail(error, { stack: true }));
}
