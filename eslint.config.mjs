import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

// The layers as a check (CONTRIBUTING.md, Layout). Type-only imports are allowed: they vanish
// at build time and carry no database access or session read.
const databaseClient = {
  group: [
    '@/lib/db',
    '@/lib/db-factory',
    '@/lib/generated/**',
    '**/lib/db',
    '**/lib/db-factory',
    '**/lib/generated/**',
    './db',
    '../db',
    './db-factory',
    '../db-factory',
  ],
  allowTypeImports: true,
  message: 'The database client belongs to lib/data: call a data function that takes the viewer first.',
};
const sessionUser = {
  group: ['@/lib/data/session-user', '**/data/session-user', './session-user'],
  allowTypeImports: true,
  message: 'Read the signed-in person through a guard in lib/auth/guards.ts.',
};
const sessionRead = ['next-auth', 'next-auth/next'].map((name) => ({
  name,
  importNames: ['getServerSession'],
  message: 'Read the signed-in person through a guard in lib/auth/guards.ts.',
}));

// Where each may be imported. The next-auth options hand the client to the Prisma adapter and
// read the session user at sign-in; the tests build their own viewers and databases.
const databaseAllowed = [
  'lib/data/**',
  'prisma/**',
  'scripts/**',
  'bench/**',
  'tests/**',
  'lib/db.ts',
  'lib/db-factory.ts',
  'lib/auth/options.ts',
];
// The sign-in modules look people up by address before there is a session (lib/auth/credentials.ts, sign-in-link.ts).
const sessionAllowed = [
  'lib/auth/guards.ts',
  'lib/auth/options.ts',
  'lib/auth/credentials.ts',
  'lib/auth/sign-in-link.ts',
  // next-auth's jwt/session callbacks check the token's session version against the person.
  'lib/auth/session-callbacks.ts',
  'tests/**',
];

const restrict = (patterns, paths = []) => ({
  '@typescript-eslint/no-restricted-imports': ['error', { paths, patterns }],
});

// One rule entry per file (a later entry replaces an earlier one), so each combination is spelled out.
const layers = [
  {
    files: ['**/*.{ts,tsx,mts,cts}'],
    ignores: [...databaseAllowed, ...sessionAllowed],
    rules: restrict([databaseClient, sessionUser], sessionRead),
  },
  { files: databaseAllowed, ignores: sessionAllowed, rules: restrict([sessionUser], sessionRead) },
  { files: sessionAllowed, ignores: databaseAllowed, rules: restrict([databaseClient]) },
];

const config = [
  ...nextVitals,
  ...nextTs,
  ...layers,
  {
    // The rule reads page addresses from app/, where every page is under app/[locale]: it then
    // takes any one-segment address ("/chef/") for a page of its own. The portal's plain links are
    // deliberate (a form's reset link that drops the query); next/link is used everywhere else.
    rules: { '@next/next/no-html-link-for-pages': 'off' },
  },
  {
    ignores: [
      '.next/**',
      'node_modules/**',
      'tools/*/node_modules/**',
      'lib/generated/**',
      'prisma/generated/**',
      'playwright-report/**',
      'test-results/**',
      'next-env.d.ts',
      'bench/data/**',
    ],
  },
];

export default config;
