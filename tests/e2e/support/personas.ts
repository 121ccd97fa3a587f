import { DEMO_PASSWORD } from '../../../prisma/seed/demo-org';

// One saved browser state per seeded role (made by auth.setup.ts).
export const personas = {
  admin: { email: 'admin@sjostad.se', name: 'Åsa Admin' },
  strateg: { email: 'strateg@sjostad.se', name: 'Samir Strateg' },
  chef: { email: 'chef@sjostad.se', name: 'Cecilia Chef' },
  medarbetare: { email: 'medarbetare@sjostad.se', name: 'Moa Medarbetare' },
  politiker: { email: 'politiker@sjostad.se', name: 'Pelle Politiker' },
  norrvikAdmin: { email: 'admin@norrvik.se', name: 'Nadia Norrvik' },
} as const;

export type Persona = keyof typeof personas;
export const password = DEMO_PASSWORD;
export const stateFile = (persona: Persona) => `tests/e2e/.auth/${persona}.json`;
