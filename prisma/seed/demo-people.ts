// The demo organisations as data: their units and the named accounts (the demo sign-ins and the
// people the tests and the demo walk-through rely on); the rest of the staff is generated from
// demo-staff.ts. prisma/seed/demo-org.ts puts them together. Every name is made up.
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
  /** Shares its key figures with the installation's other organisations, by name or by letter. */
  sharing?: 'named' | 'anonymous';
  /** Its published learning examples can be read without signing in. */
  examplesPublic?: boolean;
  units: string[];
  people: SeedPerson[];
};

export const sjostadUnits = {
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

export const sjostadPeople: SeedPerson[] = [
  {
    name: 'Åsa Admin',
    email: 'admin@sjostad.se',
    gender: 'KVINNA',
    role: 'ADMIN',
    audience: 'EMPLOYEE',
    unit: sjostadUnits.hr,
    password: true,
  },
  {
    name: 'Samir Strateg',
    email: 'strateg@sjostad.se',
    gender: 'MAN',
    role: 'STRATEGIST',
    audience: 'STRATEGIST',
    unit: sjostadUnits.kommunledning,
    password: true,
  },
  {
    name: 'Cecilia Chef',
    email: 'chef@sjostad.se',
    gender: 'KVINNA',
    role: 'MANAGER',
    audience: 'MANAGER',
    unit: sjostadUnits.forskola,
    manages: [sjostadUnits.forskola],
    password: true,
  },
  {
    name: 'Moa Medarbetare',
    email: 'medarbetare@sjostad.se',
    gender: 'KVINNA',
    role: 'EMPLOYEE',
    audience: 'EMPLOYEE',
    unit: sjostadUnits.solrosen,
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
    unit: sjostadUnits.omsorg,
    manages: [sjostadUnits.omsorg],
  },
  {
    name: 'Greta Grundskolechef',
    email: 'chef.grundskola@sjostad.se',
    gender: 'KVINNA',
    role: 'MANAGER',
    audience: 'MANAGER',
    unit: sjostadUnits.grundskola,
    manages: [sjostadUnits.grundskola],
  },
  {
    name: 'Karl Kommunikationschef',
    email: 'chef.kommunikation@sjostad.se',
    gender: 'MAN',
    role: 'MANAGER',
    audience: 'MANAGER',
    unit: sjostadUnits.kommunikation,
    manages: [sjostadUnits.kommunikation, sjostadUnits.hr],
  },
  {
    name: 'Ulla Utbildningsdirektör',
    email: 'direktor.utbildning@sjostad.se',
    gender: 'KVINNA',
    role: 'MANAGER',
    audience: 'MANAGER',
    unit: sjostadUnits.utbildning,
    manages: [sjostadUnits.utbildning],
  },
  {
    name: 'Stina Strateg',
    email: 'strateg.omsorg@sjostad.se',
    gender: 'KVINNA',
    role: 'STRATEGIST',
    audience: 'STRATEGIST',
    unit: sjostadUnits.omsorg,
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
    unit: sjostadUnits.hemtjanst,
    password: true,
  },
];

const vardcentralen = 'Hälso- och sjukvårdsförvaltningen/Vårdcentralen Norr';

export const norrvikUnits = ['Hälso- och sjukvårdsförvaltningen', vardcentralen];

export const norrvikPeople: SeedPerson[] = [
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
    unit: vardcentralen,
    manages: [vardcentralen],
  },
  {
    name: 'Vera Vårdare',
    email: 'vera.vardare@norrvik.se',
    gender: 'KVINNA',
    unit: vardcentralen,
  },
  {
    name: 'Rune Regional',
    email: 'rune.regional@norrvik.se',
    gender: 'MAN',
    unit: vardcentralen,
  },
];

/** People who have left: kept with their history, but inactive. */
export const inactiveEmails = ['tomas.tidigare@sjostad.se'];
