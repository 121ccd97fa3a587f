// The demo data: one municipality with three administrations and about 60 people, and a second
// small organisation whose data the first must never see. Every name is made up.
export type SeedPerson = {
  name: string;
  email: string;
  gender: 'KVINNA' | 'MAN' | 'ANNAT' | 'VILL_INTE_ANGE' | null;
  role?: 'EMPLOYEE' | 'MANAGER' | 'STRATEGIST' | 'ADMIN';
  audience?: 'POLITICIAN' | 'MANAGER' | 'STRATEGIST' | 'EMPLOYEE';
  unit: string | null;
  manages?: string[];
  password?: boolean;
};

export type SeedOrg = {
  slug: string;
  name: string;
  kind: 'KOMMUN' | 'REGION';
  cemrSignedAt: string | null;
  units: string[];
  people: SeedPerson[];
};

export const DEMO_PASSWORD = 'Demo-jamstalld-2026';

const women = [
  'Anna',
  'Eva',
  'Maria',
  'Karin',
  'Sara',
  'Lena',
  'Emma',
  'Ida',
  'Elin',
  'Johanna',
  'Linnea',
  'Sofia',
  'Malin',
  'Helena',
  'Amira',
  'Fatima',
  'Hanna',
  'Jenny',
  'Petra',
  'Nora',
  'Agnes',
  'Klara',
  'Maja',
  'Tove',
  'Ylva',
  'Leila',
  'Greta',
  'Stina',
  'Vera',
  'Alma',
];
const men = [
  'Erik',
  'Lars',
  'Johan',
  'Anders',
  'Mikael',
  'Ahmed',
  'Oskar',
  'Daniel',
  'Per',
  'Jonas',
  'Ali',
  'Viktor',
  'Fredrik',
  'Nils',
  'Omar',
  'Gustav',
  'Hugo',
  'Emil',
];
const surnames = [
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
  'Lindberg',
  'Holm',
  'Berg',
  'Sandberg',
  'Ek',
  'Hassan',
  'Yilmaz',
  'Lind',
  'Nyström',
  'Åberg',
  'Öberg',
  'Ström',
];

const units = {
  kommunledning: 'Kommunledningsförvaltningen',
  hr: 'Kommunledningsförvaltningen/HR-avdelningen',
  kommunikation: 'Kommunledningsförvaltningen/Kommunikationsavdelningen',
  utbildning: 'Utbildningsförvaltningen',
  forskola: 'Utbildningsförvaltningen/Förskola',
  solrosen: 'Utbildningsförvaltningen/Förskola/Förskolan Solrosen',
  grundskola: 'Utbildningsförvaltningen/Grundskola',
  omsorg: 'Vård- och omsorgsförvaltningen',
  hemtjanst: 'Vård- och omsorgsförvaltningen/Hemtjänst',
  boende: 'Vård- och omsorgsförvaltningen/Särskilt boende',
} as const;

/** Staff per unit as [women, men, other/undisclosed]: care and preschool are mostly women, as in most municipalities. */
const staffing: [string, number, number, number][] = [
  [units.hr, 4, 1, 0],
  [units.kommunikation, 3, 2, 1],
  [units.solrosen, 7, 1, 1],
  [units.grundskola, 5, 3, 0],
  [units.hemtjanst, 7, 2, 1],
  [units.boende, 6, 2, 0],
];

function email(first: string, last: string, domain: string) {
  const plain = `${first}.${last}`
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
  return `${plain}@${domain}`;
}

function staff(domain: string): SeedPerson[] {
  const people: SeedPerson[] = [];
  let w = 0;
  let m = 0;
  let s = 0;
  for (const [unit, nw, nm, other] of staffing) {
    for (let i = 0; i < nw + nm + other; i++) {
      const gender = i < nw ? 'KVINNA' : i < nw + nm ? 'MAN' : s % 2 === 0 ? 'ANNAT' : null;
      const first = gender === 'MAN' ? men[m++ % men.length]! : women[w++ % women.length]!;
      const last = surnames[s++ % surnames.length]!;
      people.push({ name: `${first} ${last}`, email: email(first, last, domain), gender, unit });
    }
  }
  return people;
}

export const demoOrganisation: SeedOrg = {
  slug: 'sjostad',
  name: 'Sjöstads kommun',
  kind: 'KOMMUN',
  cemrSignedAt: '2025-03-18',
  units: Object.values(units),
  people: [
    {
      name: 'Åsa Admin',
      email: 'admin@sjostad.se',
      gender: 'KVINNA',
      role: 'ADMIN',
      audience: 'EMPLOYEE',
      unit: units.hr,
      password: true,
    },
    {
      name: 'Samir Strateg',
      email: 'strateg@sjostad.se',
      gender: 'MAN',
      role: 'STRATEGIST',
      audience: 'STRATEGIST',
      unit: units.kommunledning,
      password: true,
    },
    {
      name: 'Cecilia Chef',
      email: 'chef@sjostad.se',
      gender: 'KVINNA',
      role: 'MANAGER',
      audience: 'MANAGER',
      unit: units.forskola,
      manages: [units.forskola],
      password: true,
    },
    {
      name: 'Moa Medarbetare',
      email: 'medarbetare@sjostad.se',
      gender: 'KVINNA',
      role: 'EMPLOYEE',
      audience: 'EMPLOYEE',
      unit: units.solrosen,
      password: true,
    },
    {
      name: 'Pelle Politiker',
      email: 'politiker@sjostad.se',
      gender: 'MAN',
      role: 'EMPLOYEE',
      audience: 'POLITICIAN',
      unit: null,
      password: true,
    },
    {
      name: 'Hussein Hemtjänstchef',
      email: 'chef.omsorg@sjostad.se',
      gender: 'MAN',
      role: 'MANAGER',
      audience: 'MANAGER',
      unit: units.omsorg,
      manages: [units.omsorg],
    },
    {
      name: 'Greta Grundskolechef',
      email: 'chef.grundskola@sjostad.se',
      gender: 'KVINNA',
      role: 'MANAGER',
      audience: 'MANAGER',
      unit: units.grundskola,
      manages: [units.grundskola],
    },
    {
      name: 'Karl Kommunikationschef',
      email: 'chef.kommunikation@sjostad.se',
      gender: 'MAN',
      role: 'MANAGER',
      audience: 'MANAGER',
      unit: units.kommunikation,
      manages: [units.kommunikation, units.hr],
    },
    {
      name: 'Ulla Utbildningsdirektör',
      email: 'direktor.utbildning@sjostad.se',
      gender: 'KVINNA',
      role: 'MANAGER',
      audience: 'MANAGER',
      unit: units.utbildning,
      manages: [units.utbildning],
    },
    {
      name: 'Stina Strateg',
      email: 'strateg.omsorg@sjostad.se',
      gender: 'KVINNA',
      role: 'STRATEGIST',
      audience: 'STRATEGIST',
      unit: units.omsorg,
    },
    {
      name: 'Bengt Ordförande',
      email: 'ordforande@sjostad.se',
      gender: 'MAN',
      role: 'EMPLOYEE',
      audience: 'POLITICIAN',
      unit: null,
    },
    {
      name: 'Leila Ledamot',
      email: 'ledamot@sjostad.se',
      gender: 'KVINNA',
      role: 'EMPLOYEE',
      audience: 'POLITICIAN',
      unit: null,
    },
    {
      name: 'Ingrid Ersättare',
      email: 'ersattare@sjostad.se',
      gender: 'KVINNA',
      role: 'EMPLOYEE',
      audience: 'POLITICIAN',
      unit: null,
    },
    {
      name: 'Tomas Tidigare',
      email: 'tomas.tidigare@sjostad.se',
      gender: 'MAN',
      unit: units.hemtjanst,
      password: true,
    },
    ...staff('sjostad.se'),
  ],
};

export const otherOrganisation: SeedOrg = {
  slug: 'norrvik',
  name: 'Region Norrvik',
  kind: 'REGION',
  cemrSignedAt: null,
  units: ['Hälso- och sjukvårdsförvaltningen', 'Hälso- och sjukvårdsförvaltningen/Vårdcentralen Norr'],
  people: [
    {
      name: 'Nadia Norrvik',
      email: 'admin@norrvik.se',
      gender: 'KVINNA',
      role: 'ADMIN',
      unit: 'Hälso- och sjukvårdsförvaltningen',
      password: true,
    },
    {
      name: 'Olof Okänd',
      email: 'olof.okand@norrvik.se',
      gender: 'MAN',
      role: 'MANAGER',
      audience: 'MANAGER',
      unit: 'Hälso- och sjukvårdsförvaltningen/Vårdcentralen Norr',
      manages: ['Hälso- och sjukvårdsförvaltningen/Vårdcentralen Norr'],
    },
    {
      name: 'Vera Vårdare',
      email: 'vera.vardare@norrvik.se',
      gender: 'KVINNA',
      unit: 'Hälso- och sjukvårdsförvaltningen/Vårdcentralen Norr',
    },
    {
      name: 'Rune Regional',
      email: 'rune.regional@norrvik.se',
      gender: 'MAN',
      unit: 'Hälso- och sjukvårdsförvaltningen/Vårdcentralen Norr',
    },
  ],
};

/** People who have left: kept with their history, but inactive. */
export const inactiveEmails = ['tomas.tidigare@sjostad.se'];
