// axe (WCAG 2.1 A and AA) on every page built so far, as the role that can open it.
import { test } from '@playwright/test';
import { unitId, userId } from './support/db';
import { expectNoAxeViolations, waitForSession } from './support/helpers';
import { stateFile, type Persona } from './support/personas';

const pages: { path: string | (() => Promise<string>); as?: Persona; label?: string }[] = [
  { path: '/' },
  { path: '/logga-in' },
  { path: '/logga-in/kolla-din-e-post' },
  { path: '/om/tillganglighet' },
  { path: '/om/personuppgifter' },
  { path: '/finns-inte' },
  { path: '/min-sida', as: 'medarbetare' },
  { path: '/min-sida/sjalvskattning', as: 'politiker' },
  { path: '/min-sida/sjalvskattning/ny', as: 'politiker' },
  { path: '/konto', as: 'medarbetare' },
  { path: '/chef', as: 'chef' },
  { path: async () => `/chef/personer/${await userId('medarbetare@sjostad.se')}`, as: 'chef' },
  { path: '/chef?status=inget&sortera=enhet', as: 'chef' },
  { path: '/chef/tilldela', as: 'chef' },
  { path: '/chef/regler', as: 'chef' },
  { path: '/chef/regler', as: 'strateg' },
  { path: '/chef/traffar', as: 'chef' },
  { path: '/chef/traffar/ny', as: 'strateg' },
  { path: '/kurser/konsstereotyper/samtalsguide' },
  { path: '/exempel' },
  { path: '/exempel/granska', as: 'strateg' },
  { path: '/chef', as: 'strateg' },
  { path: '/e-post/sammanfattning?person=x&token=y' },
  { path: '/admin', as: 'admin' },
  { path: '/admin?status=alla&sida=2', as: 'admin' },
  { path: '/admin/personer/ny', as: 'admin' },
  { path: async () => `/admin/personer/${await userId('medarbetare@sjostad.se')}`, as: 'admin' },
  { path: '/admin/enheter', as: 'admin' },
  { path: async () => `/admin/enheter/${await unitId('Förskola')}`, as: 'admin' },
  { path: '/admin/import', as: 'admin' },
  { path: '/admin/installningar', as: 'admin' },
  { path: '/admin/inloggning', as: 'admin' },
  { path: '/admin/provisionering', as: 'admin' },
  { path: '/admin/logg', as: 'admin' },
  { path: '/admin', as: 'chef' },
  { path: '/redaktion', as: 'strateg' },
  { path: '/statistik', as: 'chef' },
  { path: '/statistik/jamfor', as: 'admin' },
  { path: '/statistik/behov', as: 'strateg' },
  { path: '/statistik/behov', as: 'chef' },
  { path: '/min-sida', as: 'strateg' },
  { path: '/checklista/skattning', as: 'chef' },
  { path: '/kompetensplaner', as: 'medarbetare' },
  { path: '/kompetensplaner/ny', as: 'strateg' },
  { path: '/redaktion/sjalvskattning', as: 'strateg' },
  {
    path: async () => `/checklista/skattning/ny?forvaltning=${await unitId('Vård- och omsorgsförvaltningen')}`,
    as: 'strateg',
    label: '/checklista/skattning/ny',
  },
  { path: '/vagledning?q=stereotyper' },
  { path: '/larvagar/politiker', as: 'politiker' },
  { path: '/kurser/konsstereotyper' },
  { path: '/chef/tilldela?sok=a', as: 'strateg' },
  { path: '/konto', as: 'politiker' },
];

for (const entry of pages) {
  const label =
    entry.label ??
    (typeof entry.path === 'string'
      ? entry.path
      : entry.path.toString().includes('unitId')
        ? '/admin/enheter/[id]'
        : entry.as === 'admin'
          ? '/admin/personer/[id]'
          : '/chef/personer/[id]');
  test.describe(`${label} as ${entry.as ?? 'anonymous'}`, () => {
    if (entry.as) test.use({ storageState: stateFile(entry.as) });
    test('has no WCAG 2.1 AA violations', async ({ page }) => {
      await page.goto(typeof entry.path === 'string' ? entry.path : await entry.path());
      await waitForSession(page);
      await expectNoAxeViolations(page);
    });
  });
}
