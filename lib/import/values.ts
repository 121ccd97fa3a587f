import type { Audience } from '@/lib/audiences';

// The words an HR file may use in the audience, gender and manager columns. Matching ignores
// case and surrounding spaces; the Swedish words come first, the portal's own codes also work.
export type Gender = 'KVINNA' | 'MAN' | 'ANNAT' | 'VILL_INTE_ANGE';

const audienceWords: Record<string, Audience> = {
  förtroendevald: 'POLITICIAN',
  förtroendevalda: 'POLITICIAN',
  politiker: 'POLITICIAN',
  chef: 'MANAGER',
  strateg: 'STRATEGIST',
  medarbetare: 'EMPLOYEE',
  politician: 'POLITICIAN',
  manager: 'MANAGER',
  strategist: 'STRATEGIST',
  employee: 'EMPLOYEE',
};

const genderWords: Record<string, Gender> = {
  kvinna: 'KVINNA',
  man: 'MAN',
  annat: 'ANNAT',
  'vill inte ange': 'VILL_INTE_ANGE',
  vill_inte_ange: 'VILL_INTE_ANGE',
};

const yes = new Set(['ja', 'j', '1', 'x', 'yes', 'true', 'sant']);
const no = new Set(['', 'nej', 'n', '0', 'no', 'false', 'falskt']);

const norm = (value: string) => value.trim().replace(/\s+/g, ' ').toLocaleLowerCase('sv-SE');

export function parseAudience(value: string): Audience | undefined {
  return audienceWords[norm(value)];
}

/** undefined: not a known word; null: left empty (nothing reported). */
export function parseGender(value: string): Gender | null | undefined {
  const key = norm(value);
  return key === '' ? null : genderWords[key];
}

export function parseManagerFlag(value: string): boolean | undefined {
  const key = norm(value);
  if (yes.has(key)) return true;
  if (no.has(key)) return false;
  return undefined;
}

/** Header names HR systems use for each column, compared without case, spaces, dashes or brackets. */
export const headerAliases = {
  name: ['namn', 'name', 'fulltnamn', 'fullständigtnamn'],
  email: ['epost', 'epostadress', 'email', 'emailadress', 'mail', 'mejl'],
  unit: ['enhet', 'enhetssökväg', 'enhetsökväg', 'sökväg', 'organisationsenhet', 'unit', 'unitpath'],
  audience: ['målgrupp', 'audience'],
  gender: ['kön', 'gender'],
  manager: ['chef', 'ärchef', 'manager'],
  employeeNumber: ['anställningsnummer', 'anställningsnr', 'anstnr', 'personalnummer', 'employeenumber', 'employeeid'],
} as const;

export type ColumnKey = keyof typeof headerAliases;

export function normaliseHeader(value: string): string {
  return value.toLocaleLowerCase('sv-SE').replace(/[\s\-_()]/g, '');
}
