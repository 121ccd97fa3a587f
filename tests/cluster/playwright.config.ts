import { defineConfig } from '@playwright/test';
import e2e from '../../playwright.config';
import { urls } from './support/cluster';

// `npm run test:cluster`: two app instances and nginx on one PostgreSQL (tests/cluster/global-setup.ts).
// The browser is the end-to-end suite's (Debian's Chromium where it exists, and its flags).
export default defineConfig({
  testDir: '.',
  testMatch: /\.spec\.ts$/,
  globalSetup: './global-setup.ts',
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: [['list']],
  timeout: 120_000,
  expect: { timeout: 10_000 },
  use: { ...e2e.use, baseURL: urls.nginx },
});
