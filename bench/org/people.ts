// The synthetic people: Swedish names of the kinds common in a municipality's staff, a gender
// mix like the municipal workforce's, and addresses that cannot reach anyone.
import type { Random } from './random';

export type Gender = 'KVINNA' | 'MAN' | 'ANNAT' | 'VILL_INTE_ANGE';
export type Audience = 'POLITICIAN' | 'MANAGER' | 'STRATEGIST' | 'EMPLOYEE';
export type Role = 'EMPLOYEE' | 'MANAGER' | 'STRATEGIST' | 'ADMIN';

export type Person = {
  id: string;
  unitId: string | null;
  name: string;
  email: string;
  gender: Gender | null;
  audience: Audience;
  role: Role;
  /** Days before the generation date that the person joined. */
  joinedDaysAgo: number;
};

const FIRST = {
  KVINNA: [
    'Anna',
    'Eva',
    'Maria',
    'Karin',
    'Sara',
    'Lena',
    'Emma',
    'Kerstin',
    'Ingrid',
    'Malin',
    'Sofia',
    'Elin',
    'Johanna',
    'Linnea',
    'Fatima',
    'Aisha',
    'Helena',
    'Ylva',
  ],
  MAN: [
    'Lars',
    'Anders',
    'Johan',
    'Per',
    'Erik',
    'Karl',
    'Mikael',
    'Peter',
    'Ahmed',
    'Jonas',
    'Oskar',
    'Ali',
    'Nils',
    'Björn',
    'Mats',
    'Olof',
  ],
  OTHER: ['Robin', 'Kim', 'Alex', 'Sam', 'Charlie', 'Eli', 'Love', 'Noa'],
};
const LAST = [
  'Andersson',
  'Johansson',
  'Karlsson',
  'Nilsson',
  'Eriksson',
  'Larsson',
  'Olsson',
  'Persson',
  'Svensson',
  'Gustafsson',
  'Pettersson',
  'Jonsson',
  'Lindberg',
  'Lindqvist',
  'Holm',
  'Berg',
  'Nyström',
  'Öberg',
  'Åberg',
  'Mohammed',
  'Hussein',
  'Lundgren',
  'Ekström',
  'Sjöberg',
];
const GENDER_WEIGHTS = { KVINNA: 66, MAN: 30, ANNAT: 1, VILL_INTE_ANGE: 1, EMPTY: 2 } as const;
function ascii(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z]/g, '');
}

/** Person number `n` of the organisation `key`, with a name that fits the drawn gender. */
export function makePerson(
  random: Random,
  key: string,
  n: number,
  fields: Pick<Person, 'unitId' | 'audience' | 'role'>,
): Person {
  const roll = random.weighted(GENDER_WEIGHTS);
  const gender = roll === 'EMPTY' ? null : roll;
  const first = random.pick(gender === 'KVINNA' ? FIRST.KVINNA : gender === 'MAN' ? FIRST.MAN : FIRST.OTHER);
  const last = random.pick(LAST);
  return {
    id: `${key}-p${n}`,
    name: `${first} ${last}`,
    email: `${ascii(first)}.${ascii(last)}.${n}@${key}.bench.example`,
    gender,
    joinedDaysAgo: random.int(30, 3650),
    ...fields,
  };
}
