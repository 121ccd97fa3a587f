import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

// End-to-end tests run against a production build on its own database (never the demo one):
// SQLite in data/e2e.db by default, PostgreSQL when TEST_DATABASE_URL is a postgresql:// URL.
// Mail goes to a local SMTP catcher that tests read over HTTP.
const port = Number(process.env.E2E_PORT ?? 3200);
const baseURL = `http://127.0.0.1:${port}`;
const databaseUrl = process.env.TEST_DATABASE_URL || 'file:./data/e2e.db';
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// E2E_PORT moves the app and the mail catcher together (port+1 SMTP, port+2 HTTP), so two
// checkouts can run their suites side by side.
export const mailCatcher = { smtpPort: port + 1, httpPort: port + 2 };

// E2E_SCOPE=database leaves out the specs that read pages and store nothing: axe on every page,
// page weight, keyboard navigation, the proxy's body limit and the public pages in English. CI runs
// the whole suite on SQLite and, with this, the rest again on PostgreSQL (.ci/run), where the unit
// suite also runs the data layer's own queries.
const pageOnlySpecs = [
  /\/a11y\.spec\.ts$/,
  /\/guidance-a11y\.spec\.ts$/,
  /\/page-weight\.spec\.ts$/,
  /\/navigation\.spec\.ts$/,
  /\/body-limit\.spec\.ts$/,
  /\/language-public\.spec\.ts$/,
];
const scope = process.env.E2E_SCOPE;
if (scope !== undefined && scope !== 'database') throw new Error(`E2E_SCOPE is "database" or unset, not "${scope}".`);

export default defineConfig({
  testDir: 'tests/e2e',
  testIgnore: scope === 'database' ? pageOnlySpecs : undefined,
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  // Whole workflows (sign in, edit, publish, read back, axe) on a shared 2-core CI machine: a guard
  // against hangs, not a speed target (speed lives in npm run bench).
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL,
    locale: 'sv-SE',
    trace: 'retain-on-failure',
    launchOptions: {
      // Debian's Chromium where it exists (this project's machines cannot download Playwright's);
      // elsewhere Playwright's own browser.
      executablePath: existsSync(chromium) ? chromium : undefined,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        // Contexts a spec opens itself (browser.newContext) do not get `locale` above: without
        // this their browser would ask for English (en-US) and get the English portal.
        '--accept-lang=sv-SE,sv',
      ],
    },
  },
  projects: [
    { name: 'setup', testMatch: /auth\.setup\.ts/ },
    { name: 'chromium', use: { ...devices['Desktop Chrome'] }, dependencies: ['setup'] },
  ],
  webServer: [
    {
      command: 'npx tsx tests/e2e/support/mail-catcher.ts',
      url: `http://127.0.0.1:${mailCatcher.httpPort}/health`,
      reuseExistingServer: false,
      env: { SMTP_PORT: String(mailCatcher.smtpPort), HTTP_PORT: String(mailCatcher.httpPort) },
    },
    {
      command:
        'npx tsx scripts/migrate.ts --reset && npx tsx prisma/seed.ts && npx next build && npx next start -H 127.0.0.1 -p ' +
        port,
      url: `${baseURL}/om/tillganglighet`,
      // Migrate, seed and build: minutes on a busy 2-core machine; E2E_SERVER_TIMEOUT_MS overrides.
      timeout: Number(process.env.E2E_SERVER_TIMEOUT_MS ?? 600_000),
      reuseExistingServer: false,
      stdout: 'ignore',
      stderr: 'pipe',
      env: {
        DATABASE_URL: databaseUrl,
        NEXTAUTH_URL: baseURL,
        NEXTAUTH_SECRET: 'e2e-secret-not-for-production-0123456789',
        // The work-account specs' OpenID Connect provider runs on plain http on 127.0.0.1.
        OIDC_ALLOW_HTTP_LOOPBACK: 'true',
        SMTP_URL: `smtp://127.0.0.1:${mailCatcher.smtpPort}`,
        NEXT_TELEMETRY_DISABLED: '1',
      },
    },
  ],
});
