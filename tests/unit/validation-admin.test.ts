import { describe, expect, it } from 'vitest';
import {
  auditFilterSchema,
  peopleFilterSchema,
  personSchema,
  settingsSchema,
  unitCreateSchema,
  unitMoveSchema,
} from '@/lib/validation/admin';

const good = {
  name: ' Åsa Öberg ',
  email: ' Asa@Sjostad.SE ',
  role: 'EMPLOYEE',
  audience: 'EMPLOYEE',
  unitId: '',
  gender: '',
};

describe('personSchema', () => {
  it('accepts a person, lower-cases the address and turns empty selects into null', () => {
    expect(personSchema.parse(good)).toEqual({
      name: 'Åsa Öberg',
      email: 'asa@sjostad.se',
      employeeNumber: null,
      role: 'EMPLOYEE',
      audience: 'EMPLOYEE',
      unitId: null,
      gender: null,
    });
    expect(personSchema.parse({ ...good, gender: 'VILL_INTE_ANGE', unitId: 'u1' })).toMatchObject({
      gender: 'VILL_INTE_ANGE',
      unitId: 'u1',
    });
  });

  it('refuses bad input with Swedish messages', () => {
    const result = personSchema.safeParse({ name: '', email: 'nej', role: 'KING', audience: 'X', gender: 'okänt' });
    expect(result.success).toBe(false);
    const messages = result.error!.issues.map((i) => i.message);
    expect(messages).toContain('Skriv ett namn.');
    expect(messages).toContain('Skriv en giltig e-postadress, till exempel namn@kommun.se.');
    expect(messages).toContain('Välj en behörighet.');
    expect(messages).toContain('Välj en målgrupp.');
    expect(messages).toContain('Välj ett av alternativen.');
  });

  it('takes an employee number instead of an address, but not for someone who signs in to lead', () => {
    expect(personSchema.parse({ ...good, email: '', employeeNumber: ' H-1001 ' })).toMatchObject({
      email: null,
      employeeNumber: 'H-1001',
    });
    const issues = (input: object) => personSchema.safeParse({ ...good, ...input }).error?.issues ?? [];
    expect(issues({ email: '', employeeNumber: '' })).toEqual([
      expect.objectContaining({ path: ['email'], message: 'Skriv en e-postadress eller ett anställningsnummer.' }),
    ]);
    expect(issues({ email: '', employeeNumber: '1', role: 'MANAGER' })).toEqual([
      expect.objectContaining({
        path: ['email'],
        message: 'En chef, strateg eller administratör loggar in och behöver en e-postadress.',
      }),
    ]);
    expect(issues({ employeeNumber: '<b>1</b>' })[0]?.path).toEqual(['employeeNumber']);
  });

  it('refuses overlong fields and control characters', () => {
    expect(personSchema.safeParse({ ...good, name: 'x'.repeat(201) }).error?.issues[0]?.message).toBe(
      'Namnet får vara högst 200 tecken.',
    );
    expect(personSchema.safeParse({ ...good, email: `${'a'.repeat(250)}@x.se` }).error?.issues[0]?.message).toBe(
      'E-postadressen är för lång.',
    );
    expect(personSchema.safeParse({ ...good, name: 'a\u0000b' }).success).toBe(false);
  });
});

describe('unit schemas', () => {
  it('needs a name, and an empty parent means the top level', () => {
    expect(unitCreateSchema.parse({ name: ' Förskola ', parentId: '' })).toEqual({ name: 'Förskola', parentId: null });
    expect(unitCreateSchema.safeParse({ name: '  ', parentId: '' }).error?.issues[0]?.message).toBe(
      'Skriv enhetens namn.',
    );
    expect(unitMoveSchema.parse({ id: 'a', parentId: '' })).toEqual({ id: 'a', parentId: null });
  });
});

describe('settingsSchema', () => {
  it('accepts a past signing date or none', () => {
    expect(settingsSchema.parse({ name: 'Sjöstads kommun', kind: 'KOMMUN', cemrSignedAt: '2025-03-18' })).toEqual({
      name: 'Sjöstads kommun',
      kind: 'KOMMUN',
      cemrSignedAt: '2025-03-18',
      shareStatistics: false,
      shareName: false,
      examplesPublic: false,
    });
    expect(settingsSchema.parse({ name: 'Region Norrvik', kind: 'REGION', cemrSignedAt: '' }).cemrSignedAt).toBeNull();
  });

  it('reads the sharing choices as checkboxes send them', () => {
    const parsed = settingsSchema.parse({ name: 'Region Norrvik', kind: 'REGION', shareStatistics: 'on' });
    expect([parsed.shareStatistics, parsed.shareName, parsed.examplesPublic]).toEqual([true, false, false]);
    expect(settingsSchema.parse({ name: 'Region Norrvik', kind: 'REGION', examplesPublic: 'on' }).examplesPublic).toBe(
      true,
    );
  });

  it('refuses a date in the future, a bad date and an unknown kind', () => {
    const next = `${new Date().getFullYear() + 1}-01-01`;
    expect(
      settingsSchema.safeParse({ name: 'A kommun', kind: 'KOMMUN', cemrSignedAt: next }).error?.issues[0]?.message,
    ).toBe('Datumet kan inte ligga i framtiden.');
    expect(
      settingsSchema.safeParse({ name: 'A kommun', kind: 'KOMMUN', cemrSignedAt: '18/3 2025' }).error?.issues[0]
        ?.message,
    ).toBe('Skriv datumet som ÅÅÅÅ-MM-DD.');
    expect(
      settingsSchema.safeParse({ name: 'A kommun', kind: 'LAND', cemrSignedAt: '' }).error?.issues[0]?.message,
    ).toBe('Välj kommun eller region.');
  });
});

describe('filters from the address bar', () => {
  it('fall back to no filter on odd values', () => {
    expect(peopleFilterSchema.parse({ roll: 'KING', status: 'x', sida: '-3', q: 'anna' })).toEqual({
      q: 'anna',
      status: 'aktiva',
      sida: 1,
    });
    expect(peopleFilterSchema.parse({ sida: '4', malgrupp: 'POLITICIAN' })).toMatchObject({
      sida: 4,
      malgrupp: 'POLITICIAN',
    });
    expect(auditFilterSchema.parse({ fran: '2026-13-45', sida: '2' })).toEqual({ sida: 2 });
  });
});
