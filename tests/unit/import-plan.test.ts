import { describe, expect, it } from 'vitest';
import type { ImportRow } from '@/lib/import/parse';
import { buildImportPlan, hasChanges, type ExistingPerson, type PlanInput } from '@/lib/import/plan';
import type { UnitNode } from '@/lib/units/tree';

const units: UnitNode[] = [
  { id: 'utb', parentId: null, name: 'Utbildningsförvaltningen', path: '/utb/', depth: 0 },
  { id: 'forskola', parentId: 'utb', name: 'Förskola', path: '/utb/forskola/', depth: 1 },
  { id: 'rinkaby', parentId: 'forskola', name: 'Rinkabyholm', path: '/utb/forskola/rinkaby/', depth: 2 },
  { id: 'omsorg', parentId: null, name: 'Omsorg', path: '/omsorg/', depth: 0 },
];

const person = (p: Partial<ExistingPerson> & Pick<ExistingPerson, 'id' | 'email'>): ExistingPerson => ({
  name: p.email ?? p.id,
  employeeNumber: null,
  role: 'EMPLOYEE',
  audience: 'EMPLOYEE',
  gender: null,
  unitId: 'rinkaby',
  active: true,
  managedUnitIds: [],
  ...p,
});

const row = (r: Partial<ImportRow> & Pick<ImportRow, 'email'>, line = 2): ImportRow => ({
  line,
  name: r.email ?? r.employeeNumber ?? '?',
  employeeNumber: null,
  unitPath: ['Utbildningsförvaltningen', 'Förskola', 'Rinkabyholm'],
  audience: 'EMPLOYEE',
  gender: null,
  manager: false,
  ...r,
});

const plan = (input: Partial<PlanInput>) =>
  buildImportPlan({
    rows: [],
    people: [],
    units,
    emailsElsewhere: new Set(),
    fullImport: false,
    importerId: 'admin',
    ...input,
  });

describe('buildImportPlan', () => {
  it('creates people who are new, in the unit their path names', () => {
    const p = plan({ rows: [row({ email: 'ny@x.se', name: 'Ny Person', gender: 'KVINNA' })] });
    expect(p.creates).toEqual([
      {
        line: 2,
        email: 'ny@x.se',
        employeeNumber: null,
        who: 'ny@x.se',
        name: 'Ny Person',
        audience: 'EMPLOYEE',
        gender: 'KVINNA',
        role: 'EMPLOYEE',
        unitId: 'rinkaby',
        manager: false,
      },
    ]);
    expect(p.errors).toEqual([]);
  });

  it('matches people by e-mail and updates what changed, never duplicating them', () => {
    const numberless = { email: 'a@x.se', employeeNumber: null };
    const p = plan({
      rows: [row({ email: 'a@x.se', name: 'Anna Ny', audience: 'STRATEGIST', gender: 'KVINNA' })],
      people: [person({ id: 'a', email: 'a@x.se', name: 'Anna Gammal' })],
    });
    expect(p.creates).toEqual([]);
    expect(p.updates).toEqual([
      {
        line: 2,
        id: 'a',
        who: 'a@x.se',
        before: {
          ...numberless,
          name: 'Anna Gammal',
          audience: 'EMPLOYEE',
          gender: null,
          role: 'EMPLOYEE',
          active: true,
        },
        after: {
          ...numberless,
          name: 'Anna Ny',
          audience: 'STRATEGIST',
          gender: 'KVINNA',
          role: 'EMPLOYEE',
          active: true,
        },
      },
    ]);
  });

  it('moves people whose unit changed', () => {
    const p = plan({
      rows: [row({ email: 'a@x.se', unitPath: ['omsorg'] })],
      people: [person({ id: 'a', email: 'a@x.se' })],
    });
    expect(p.moves).toEqual([
      { line: 2, id: 'a', who: 'a@x.se', name: 'a@x.se', fromUnitId: 'rinkaby', toUnitId: 'omsorg' },
    ]);
    expect(p.updates).toEqual([]);
  });

  it('keeps a gender the person gave when the file leaves it empty', () => {
    const p = plan({
      rows: [row({ email: 'a@x.se', gender: null })],
      people: [person({ id: 'a', email: 'a@x.se', gender: 'ANNAT' })],
    });
    expect(hasChanges(p)).toBe(false);
    expect(p.unchanged).toBe(1);
  });

  it('makes a flagged manager manage their unit, raising an employee to manager but never lowering a role', () => {
    const p = plan({
      rows: [
        row({ email: 'a@x.se', manager: true }),
        row({ email: 's@x.se', manager: true }, 3),
        row({ email: 'n@x.se', manager: true }, 4),
      ],
      people: [person({ id: 'a', email: 'a@x.se' }), person({ id: 's', email: 's@x.se', role: 'STRATEGIST' })],
    });
    expect(p.updates.map((u) => [u.id, u.after.role])).toEqual([['a', 'MANAGER']]);
    expect(p.managerAdds).toEqual([
      { line: 2, userId: 'a', who: 'a@x.se', unitId: 'rinkaby' },
      { line: 3, userId: 's', who: 's@x.se', unitId: 'rinkaby' },
    ]);
    expect(p.creates[0]).toMatchObject({ email: 'n@x.se', role: 'MANAGER', manager: true });
  });

  it('reactivates a deactivated person who is back in the file', () => {
    const p = plan({ rows: [row({ email: 'a@x.se' })], people: [person({ id: 'a', email: 'a@x.se', active: false })] });
    expect(p.updates[0]).toMatchObject({ before: { active: false }, after: { active: true } });
  });

  it('deactivates people missing from a full import only, never the importing administrator', () => {
    const people = [
      person({ id: 'a', email: 'a@x.se' }),
      person({ id: 'gone', email: 'gone@x.se', name: 'Borta' }),
      person({ id: 'old', email: 'old@x.se', active: false }),
      person({ id: 'admin', email: 'admin@x.se' }),
    ];
    const rows = [row({ email: 'a@x.se' })];
    expect(plan({ rows, people }).deactivations).toEqual([]);
    expect(plan({ rows, people, fullImport: true }).deactivations).toEqual([
      { id: 'gone', who: 'gone@x.se', name: 'Borta' },
    ]);
  });

  it('gives row errors for unknown unit paths and addresses used in another organisation, without saying where', () => {
    const p = plan({
      rows: [
        row({ email: 'a@x.se', unitPath: ['Utbildningsförvaltningen', 'Finns inte'] }, 5),
        row({ email: 'taken@other.se' }, 3),
      ],
      emailsElsewhere: new Set(['taken@other.se']),
      parseErrors: [{ line: 4, message: 'Namn saknas.' }],
    });
    expect(p.errors).toEqual([
      {
        line: 3,
        message:
          'E-postadressen taken@other.se kan inte importeras. Kontakta portalens förvaltare om personen ska ha ett konto hos er.',
      },
      { line: 4, message: 'Namn saknas.' },
      {
        line: 5,
        message:
          'Enheten ”Utbildningsförvaltningen/Finns inte” finns inte. Lägg till den under Enheter, eller rätta sökvägen.',
      },
    ]);
    expect(p.creates).toEqual([]);
  });

  it('matches unit paths without regard to case or spaces, and lets politicians have no unit', () => {
    const p = plan({
      rows: [
        row({ email: 'a@x.se', unitPath: ['utbildningsförvaltningen', 'FÖRSKOLA'] }),
        row({ email: 'p@x.se', unitPath: [], audience: 'POLITICIAN' }, 3),
      ],
    });
    expect(p.creates.map((c) => c.unitId)).toEqual(['forskola', null]);
  });

  it('plans nothing when the same file is imported again', () => {
    const rows = [
      row({ email: 'a@x.se', name: 'Anna', gender: 'KVINNA', manager: true }),
      row({ email: 'b@x.se', unitPath: ['Omsorg'] }, 3),
    ];
    const first = plan({ rows });
    const afterFirst = first.creates.map((c, i) =>
      person({
        id: `id${i}`,
        email: c.email,
        name: c.name,
        role: c.role,
        gender: c.gender,
        unitId: c.unitId,
        managedUnitIds: c.manager && c.unitId ? [c.unitId] : [],
      }),
    );
    const second = plan({ rows, people: afterFirst, fullImport: true });
    expect(hasChanges(second)).toBe(false);
    expect(second.unchanged).toBe(2);
  });

  it('gives the same digest for the same plan and another one when anything differs', () => {
    const rows = [row({ email: 'a@x.se' })];
    expect(plan({ rows }).digest).toBe(plan({ rows }).digest);
    expect(plan({ rows }).digest).not.toBe(
      plan({ rows, people: [person({ id: 'a', email: 'a@x.se', name: 'Other' })] }).digest,
    );
  });

  it('imports staff without an address by employee number, and matches them by it the next time', () => {
    const first = plan({ rows: [row({ email: null, employeeNumber: 'H-1001', name: 'Ulla Utan' })] });
    expect(first.creates).toEqual([
      expect.objectContaining({ email: null, employeeNumber: 'H-1001', who: 'anställningsnummer H-1001' }),
    ]);
    const people = [person({ id: 'u', email: null, employeeNumber: 'H-1001', name: 'Ulla Utan' })];
    const again = plan({ rows: [row({ email: null, employeeNumber: 'H-1001', name: 'Ulla Utan' })], people });
    expect(hasChanges(again)).toBe(false);
    // Later the person gets an address: the same person is updated, not a second one created.
    const addressed = plan({
      rows: [row({ email: 'ulla@x.se', employeeNumber: 'H-1001', name: 'Ulla Utan' })],
      people,
    });
    expect(addressed.creates).toEqual([]);
    expect(addressed.updates).toEqual([
      expect.objectContaining({
        id: 'u',
        before: expect.objectContaining({ email: null }),
        after: expect.objectContaining({ email: 'ulla@x.se' }),
      }),
    ]);
    // A full import keeps everyone it matched by number.
    expect(
      plan({ rows: [row({ email: null, employeeNumber: 'H-1001' })], people, fullImport: true }).deactivations,
    ).toEqual([]);
  });

  it('gives the number to someone matched by address, and refuses a row whose address and number are two people', () => {
    const people = [person({ id: 'a', email: 'a@x.se' }), person({ id: 'b', email: 'b@x.se', employeeNumber: '2002' })];
    const p = plan({
      rows: [row({ email: 'a@x.se', employeeNumber: '1001' }), row({ email: 'a@x.se', employeeNumber: '2002' }, 3)],
      people,
    });
    expect(p.updates.map((u) => [u.id, u.after.employeeNumber])).toEqual([['a', '1001']]);
    expect(p.errors).toEqual([
      {
        line: 3,
        message:
          'E-postadressen a@x.se tillhör en annan person än anställningsnummer 2002. Rätta filen eller personerna under Personer.',
      },
    ]);
    expect(p.deactivations).toEqual([]);
  });
});
