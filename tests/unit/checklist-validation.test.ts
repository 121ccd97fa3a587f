// Bad input to a checklist item is refused with a clear Swedish message naming the field.
import { describe, expect, it } from 'vitest';
import { itemUpdateSchema } from '@/lib/validation/checklist';

const good = {
  checklistId: 'c1',
  itemKey: 'a1-handlingsplan',
  version: '0',
  status: 'IN_PROGRESS',
  reason: '',
  responsibleId: '',
  dueAt: '2027-01-31',
  evidenceText: 'Beslut KS 2026-11-01',
  evidenceLinks: 'https://sjostad.se/beslut\n\nhttp://intranat.sjostad.se/plan',
};

const errorsOf = (input: Record<string, unknown>) => {
  const result = itemUpdateSchema.safeParse(input);
  expect(result.success).toBe(false);
  return Object.fromEntries(result.error!.issues.map((i) => [i.path.join('.'), i.message]));
};

describe('item update schema', () => {
  it('accepts a good update and turns the links into a list', () => {
    const parsed = itemUpdateSchema.parse(good);
    expect(parsed.version).toBe(0);
    expect(parsed.evidenceLinks).toEqual(['https://sjostad.se/beslut', 'http://intranat.sjostad.se/plan']);
  });

  it('requires a reason for "ej aktuell"', () => {
    expect(errorsOf({ ...good, status: 'NOT_APPLICABLE', reason: '  ' })).toEqual({
      reason: 'Skriv varför punkten inte är aktuell.',
    });
    expect(
      itemUpdateSchema.safeParse({ ...good, status: 'NOT_APPLICABLE', reason: 'Vi har ingen sådan verksamhet.' })
        .success,
    ).toBe(true);
  });

  it.each(['javascript:alert(1)', 'ftp://sjostad.se/fil', 'data:text/html,hej', 'www.sjostad.se', 'https://'])(
    'refuses the link %s',
    (link) => {
      expect(errorsOf({ ...good, evidenceLinks: link }).evidenceLinks).toMatch(
        /måste vara en webbadress som börjar med http:\/\/ eller https:\/\//,
      );
    },
  );

  it('refuses overlong text, too many links and an unknown status', () => {
    expect(errorsOf({ ...good, evidenceText: 'x'.repeat(5001) }).evidenceText).toBe(
      'Underlaget får vara högst 5 000 tecken.',
    );
    expect(errorsOf({ ...good, reason: 'x'.repeat(1001) }).reason).toBe('Skälet får vara högst 1 000 tecken.');
    expect(
      errorsOf({ ...good, evidenceLinks: Array.from({ length: 11 }, (_, i) => `https://a.se/${i}`).join('\n') })
        .evidenceLinks,
    ).toBe('Ange högst 10 länkar.');
    expect(errorsOf({ ...good, evidenceLinks: `https://a.se/${'x'.repeat(600)}` }).evidenceLinks).toBe(
      'En länk får vara högst 500 tecken.',
    );
    expect(errorsOf({ ...good, status: 'KLAR' }).status).toBe('Välj en status.');
  });

  it('refuses a malformed date or item key', () => {
    expect(errorsOf({ ...good, dueAt: '31/1/2027' }).dueAt).toBe('Skriv datumet som ÅÅÅÅ-MM-DD.');
    expect(errorsOf({ ...good, dueAt: '1999-12-31' }).dueAt).toBe('Välj ett datum mellan år 2000 och 2100.');
    expect(Object.keys(errorsOf({ ...good, itemKey: '../admin' }))).toEqual(['itemKey']);
  });
});
