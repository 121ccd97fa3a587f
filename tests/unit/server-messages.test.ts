// Server messages that name a value (a person, a key, a domain, a link) are made in the reader's
// language where they are thrown (issue 21): lib/i18n's serverMessages. The Swedish is the text
// the code wrote before, byte for byte (the Swedish tests assert it).
import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';

vi.mock('server-only', () => ({}));
const { messages, translator } = await import('@/lib/i18n');
const { issueIn, serverMessage } = await import('@/lib/i18n/messages');
const { removeItem, updateSection, upsertItem } = await import('@/lib/checklist/template-edit');
const { itemUpdateSchema, templateSnapshotSchema } = await import('@/lib/validation/checklist');
const { removeStatement } = await import('@/lib/self-assessment/edit');
const { loadSelfAssessment } = await import('@/lib/content/loader');

describe('the server messages that name a value', () => {
  const v = {
    name: 'Åsa Ek',
    domains: 'a.se, b.se',
    domain: 'a.se',
    url: 'https://x/.well-known',
    issuer: 'https://y',
  };
  const k = { key: 'a1-x', keys: 'a1, a2', link: 'ftp://x', area: 'Styrning', audiences: 'chefer, strateger' };
  // What the template literals wrote before.
  const before: Record<keyof ReturnType<typeof messages>['serverMessages'], string> = {
    personInactive: `${v.name} är inaktiverad och kan inte få kurser. Inget har tilldelats.`,
    domainsTaken: `Domänen ${v.domains} hör redan till en annan organisation i portalen.`,
    domainUsed: `Domänen ${v.domain} används av en annan organisation i portalen.`,
    discoveryUnreadable: `Portalen kunde inte läsa leverantörens inställningar på ${v.url}. Kontrollera utfärdarens adress och att leverantören svarar.`,
    otherIssuer: `Leverantören uppger en annan utfärdare (${v.issuer}). Skriv den adressen i stället.`,
    sectionMissing: `Avsnittet "${k.key}" finns inte i mallen.`,
    itemMissing: `Punkten "${k.key}" finns inte i mallen.`,
    keyTaken: `Nyckeln "${k.key}" används redan i mallen. Välj en annan.`,
    keysNotUnique: `Nycklarna måste vara unika i mallen: ${k.keys}.`,
    keyReserved: `Nyckeln "${k.key}" är reserverad.`,
    badLink: `Länken "${k.link}" måste vara en webbadress som börjar med http:// eller https://.`,
    areaTooThin: `Området "${k.area}" måste ha minst två påståenden för varje målgrupp. Efter ändringen skulle det bli för få för ${k.audiences}. Inget är sparat.`,
  };

  it('are in Swedish as the code wrote them, and in English with the same values', () => {
    const sv = translator('sv');
    const en = translator('en');
    for (const [key, swedish] of Object.entries(before) as [keyof typeof before, string][]) {
      expect(sv(`serverMessages.${key}`, { ...v, ...k })).toBe(swedish);
      const english = en(`serverMessages.${key}`, { ...v, ...k });
      // English but for the values (a name may be Swedish).
      expect(english.replace(v.name, '')).not.toMatch(/[åäö]/i);
      for (const value of Object.values({ ...v, ...k }).filter((x) => swedish.includes(x))) {
        expect(english).toContain(value);
      }
    }
    expect(Object.keys(messages('sv').serverMessages).sort()).toEqual(Object.keys(before).sort());
  });

  it('are Swedish outside a request', async () => {
    expect(await serverMessage('personInactive', { name: 'Gunnar Gått' })).toBe(
      'Gunnar Gått är inaktiverad och kan inte få kurser. Inget har tilldelats.',
    );
  });
});

describe('a refinement that names a value', () => {
  const good = {
    checklistId: 'c1',
    itemKey: 'a1-handlingsplan',
    version: '0',
    status: 'IN_PROGRESS',
    evidenceLinks: 'https://sjostad.se/beslut\njavascript:alert(1)',
  };

  it('names the link in the reader’s language, as the action’s field errors do', () => {
    const result = itemUpdateSchema.safeParse(good);
    if (result.success) throw new Error('the link should be refused');
    const fields = (locale: 'sv' | 'en') => z.flattenError(result.error, (i) => issueIn(i, locale)).fieldErrors;
    expect(fields('sv').evidenceLinks).toEqual([
      'Länken "javascript:alert(1)" måste vara en webbadress som börjar med http:// eller https://.',
    ]);
    expect(fields('en').evidenceLinks).toEqual([
      'The link “javascript:alert(1)” must be a web address that starts with http:// or https://.',
    ]);
    // The issue's own message is a fixed fallback.
    expect(result.error.issues[0]!.message).toBe(
      'En av länkarna måste vara en webbadress som börjar med http:// eller https://.',
    );
    expect(issueIn({ message: 'Ange högst 10 länkar.' }, 'en')).toBe('Enter at most 10 links.');
    expect(issueIn({ message: 'x', params: { serverMessage: 'constructor' } }, 'en')).toBe('x');
  });

  it('names a template’s reserved or repeated key', () => {
    const snapshot = {
      key: 'mall',
      title: 'Mall',
      article: 6,
      summary: 'S',
      sections: [
        {
          key: 'a1',
          title: 'A',
          commitment: 'C',
          items: [
            { key: 'handlingsplan', title: 'T', explanation: 'E', example: 'X' },
            { key: 'a1', title: 'T', explanation: 'E', example: 'X' },
          ],
        },
      ],
    };
    const result = templateSnapshotSchema.safeParse(snapshot);
    if (result.success) throw new Error('the keys should be refused');
    const said = (locale: 'sv' | 'en') => result.error.issues.map((i) => issueIn(i, locale));
    expect(said('sv')).toEqual(
      expect.arrayContaining(['Nycklarna måste vara unika i mallen: a1.', 'Nyckeln "handlingsplan" är reserverad.']),
    );
    expect(said('en')).toEqual(
      expect.arrayContaining(['The keys must be unique in the template: a1.', 'The key “handlingsplan” is reserved.']),
    );
  });
});

describe('the pure edits refuse in the editor’s language', () => {
  const t = {
    key: 'mall',
    kind: 'status' as const,
    title: 'Mall',
    article: 6,
    summary: 'S',
    intro: '',
    sources: [],
    sections: [
      {
        key: 'a1',
        title: 'A',
        commitment: 'C',
        optional: false,
        items: [{ key: 'a1-x', title: 'T', explanation: 'E', example: 'X', linkedCourses: [] }],
      },
    ],
  } as unknown as Parameters<typeof removeItem>[0];
  const item = t.sections[0]!.items[0]!;

  it('in Swedish by default, in English when asked', () => {
    expect(() => removeItem(t, 'zz')).toThrow('Punkten "zz" finns inte i mallen.');
    expect(() => removeItem(t, 'zz', 'en')).toThrow('The item “zz” is not in the template.');
    expect(() => upsertItem(t, { sectionKey: 'a1', originalKey: '', item })).toThrow(
      'Nyckeln "a1-x" används redan i mallen. Välj en annan.',
    );
    expect(() => upsertItem(t, { sectionKey: 'a1', originalKey: '', item }, 'en')).toThrow(
      'The key “a1-x” is already used in the template. Choose another one.',
    );
    const fields = { title: 'x', commitment: 'y', optional: false };
    expect(() => updateSection(t, 'zz', fields)).toThrow('Avsnittet "zz" finns inte i mallen.');
    expect(() => updateSection(t, 'zz', fields, 'en')).toThrow('The section “zz” is not in the template.');
  });

  it('names the audiences that would get too few statements in the reader’s language', () => {
    const { title, version, levels, areas } = loadSelfAssessment().data;
    let q = { title, version, levels, areas };
    q = removeStatement(removeStatement(q, 'grunder-1'), 'grunder-2');
    const area = q.areas.find((a) => a.key === 'grunder')!.title;
    expect(() => removeStatement(q, 'grunder-3')).toThrow(
      `Området "${area}" måste ha minst två påståenden för varje målgrupp. Efter ändringen skulle det bli för få för förtroendevalda, chefer, strateger, medarbetare. Inget är sparat.`,
    );
    expect(() => removeStatement(q, 'grunder-3', 'en')).toThrow(
      `The area “${area}” must have at least two statements for each target group. After the change there would be too few for elected representatives, managers, strategists, employees. Nothing is saved.`,
    );
  });
});
