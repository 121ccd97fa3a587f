// The import's database side on the engine the suite runs on: a large file is written (batch by
// batch), a second import of the same file changes nothing, and a stale preview writes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseStaffCsv } from '@/lib/import/parse';
import type { SessionUser } from '@/lib/data/session-user';
import { createMigratedDb, engine, type TempDb } from '../support/test-db';

let temp: TempDb;
let data: typeof import('@/lib/data/admin-import');
let db: typeof import('@/lib/db').db;
let viewer: SessionUser;
// Enough rows to need many batches; a file at the 20,000-row limit was measured by hand (see README).
const ROWS = 5_000;

function request(csv: string, fullImport = false) {
  const parsed = parseStaffCsv(csv);
  if (!parsed.ok) throw new Error(parsed.message);
  return { rows: parsed.rows, parseErrors: parsed.errors, fullImport };
}

const header = 'Namn;E-post;Enhet;Målgrupp;Kön;Chef';
const bigFile = [
  header,
  ...Array.from(
    { length: ROWS },
    (_, i) =>
      `Person ${i};p${i}@x.se;Förvaltning/${i % 2 ? 'A' : 'B'};medarbetare;${i % 3 ? 'kvinna' : ''};${i % 100 === 0 ? 'ja' : 'nej'}`,
  ),
].join('\n');

beforeAll(async () => {
  temp = await createMigratedDb();
  ({ db } = await import('@/lib/db'));
  data = await import('@/lib/data/admin-import');
  const org = await db.organisation.create({ data: { slug: 'test', name: 'Testkommun', kind: 'KOMMUN' } });
  await db.orgUnit.create({ data: { id: 'f', organisationId: org.id, name: 'Förvaltning', path: '/f/', depth: 0 } });
  await db.orgUnit.create({
    data: { id: 'a', organisationId: org.id, parentId: 'f', name: 'A', path: '/f/a/', depth: 1 },
  });
  await db.orgUnit.create({
    data: { id: 'b', organisationId: org.id, parentId: 'f', name: 'B', path: '/f/b/', depth: 1 },
  });
  const admin = await db.user.create({
    data: { organisationId: org.id, name: 'Admin', email: 'admin@x.se', role: 'ADMIN' },
  });
  viewer = {
    id: admin.id,
    organisationId: org.id,
    role: 'ADMIN',
    managedUnitPaths: [],
    name: 'Admin',
    email: 'admin@x.se',
    audience: 'EMPLOYEE',
    unitId: null,
    unitName: null,
    organisationName: 'Testkommun',
  };
}, 120_000);

afterAll(async () => {
  await db?.$disconnect();
  await temp?.drop();
});

describe(`staff import on ${engine}`, () => {
  it(`writes ${ROWS.toLocaleString('en')} people in one go, and the same file again changes nothing`, async () => {
    const preview = await data.previewImport(viewer, request(bigFile));
    expect(preview.creates).toHaveLength(ROWS);
    expect(await db.user.count()).toBe(1);
    await data.applyImport(viewer, { ...request(bigFile), digest: preview.digest });
    expect(await db.user.count({ where: { unitId: 'a' } })).toBe(ROWS / 2);
    expect(await db.unitManager.count()).toBe(ROWS / 100);
    expect(await db.auditEvent.count({ where: { action: 'person.create' } })).toBe(ROWS);
    const again = await data.previewImport(viewer, request(bigFile));
    expect(again.unchanged).toBe(ROWS);
    expect(again.creates.length + again.updates.length + again.moves.length + again.managerAdds.length).toBe(0);
  }, 400_000);

  it('writes nothing when the data changed after the preview', async () => {
    const file = `${header}\nNy Person;ny@x.se;Förvaltning/A;chef;;\nP Noll;p0@x.se;Förvaltning/A;strateg;;`;
    const preview = await data.previewImport(viewer, request(file));
    await db.user.update({ where: { email: 'p0@x.se' }, data: { name: 'Ändrad under tiden' } });
    await expect(data.applyImport(viewer, { ...request(file), digest: preview.digest })).rejects.toThrow(
      /ändrats sedan förhandsgranskningen/,
    );
    expect(await db.user.findUnique({ where: { email: 'ny@x.se' } })).toBeNull();
  });

  it('deactivates people missing from a full import, except the importer, and keeps them', async () => {
    const file = `${header}\nP Ett;p1@x.se;Förvaltning/B;medarbetare;;`;
    const preview = await data.previewImport(viewer, request(file, true));
    expect(preview.deactivations).toHaveLength(ROWS - 1);
    await data.applyImport(viewer, { ...request(file, true), digest: preview.digest });
    expect(await db.user.count({ where: { active: true } })).toBe(2);
    expect(await db.user.count()).toBe(ROWS + 1);
  }, 120_000);

  it('imports staff without an address by employee number; the next file gives one an address and updates the same person', async () => {
    const withNumbers = 'Namn;E-post;Enhet;Målgrupp;Kön;Anställningsnummer';
    const first = `${withNumbers}\nUlla Utan;;Förvaltning/A;medarbetare;kvinna;H-1\nUno Utan;;Förvaltning/A;medarbetare;man;H-2`;
    const preview = await data.previewImport(viewer, request(first));
    expect(preview.errors).toEqual([]);
    await data.applyImport(viewer, { ...request(first), digest: preview.digest });
    const ulla = await db.user.findFirstOrThrow({ where: { employeeNumber: 'H-1' } });
    expect(ulla).toMatchObject({ email: null, name: 'Ulla Utan', unitId: 'a', active: true });

    const second = `${withNumbers}\nUlla Utan;ulla@x.se;Förvaltning/B;medarbetare;kvinna;H-1\nUno Utan;;Förvaltning/A;medarbetare;man;H-2`;
    const next = await data.previewImport(viewer, request(second));
    expect(next.creates).toEqual([]);
    expect(next.unchanged).toBe(1);
    await data.applyImport(viewer, { ...request(second), digest: next.digest });
    expect(await db.user.findUniqueOrThrow({ where: { id: ulla.id } })).toMatchObject({
      email: 'ulla@x.se',
      employeeNumber: 'H-1',
      unitId: 'b',
    });
    expect(await db.user.count({ where: { name: { in: ['Ulla Utan', 'Uno Utan'] } } })).toBe(2);
  });

  it('ends the wait of an account made at the first sign-in when the HR file gives it a unit', async () => {
    const waiting = await db.user.create({
      data: { organisationId: viewer.organisationId, name: 'Vera Väntar', email: 'vera@x.se', awaitingSetup: true },
    });
    const file = `${header}\nVera Väntar;vera@x.se;Förvaltning/A;medarbetare;kvinna;nej`;
    const preview = await data.previewImport(viewer, request(file));
    expect(preview.moves).toHaveLength(1);
    await data.applyImport(viewer, { ...request(file), digest: preview.digest });
    expect(await db.user.findUniqueOrThrow({ where: { id: waiting.id } })).toMatchObject({
      unitId: 'a',
      awaitingSetup: false,
    });
  });
});
