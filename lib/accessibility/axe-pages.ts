// The pages the end-to-end suite scans with axe (WCAG 2.1 A and AA), grouped by the part of the
// portal they belong to, with Swedish names for the accessibility statement. Part of
// lib/accessibility/audit.ts; tests/unit/accessibility-audit.test.ts compares it with the specs.

export type AxeArea = { area: string; paths: readonly string[] };

/** The address a11y.spec.ts opens to scan the page shown for an address that does not exist. */
export const notFoundPath = '/finns-inte';

// Paths with a [segment] stand for every page of that kind; the specs open one of them (a seeded
// person, a course, a guidance page), often by clicking through from a list.
export const axeAreas: readonly AxeArea[] = [
  {
    area: 'Startsida, inloggning och fasta sidor',
    paths: [
      '/',
      '/logga-in',
      '/logga-in/kolla-din-e-post',
      '/om/tillganglighet',
      '/om/personuppgifter',
      notFoundPath,
      '/konto',
      '/e-post/sammanfattning',
      '/intyg',
      '/intyg/[kod]',
    ],
  },
  {
    area: 'Kurser och lärvägar',
    paths: [
      '/larvagar',
      '/larvagar/[malgrupp]',
      '/kurser/[slug]',
      '/kurser/[slug]/[lektion]',
      '/kurser/[slug]/samtalsguide',
    ],
  },
  {
    area: 'Min sida och självskattning',
    paths: ['/min-sida', '/min-sida/sjalvskattning', '/min-sida/sjalvskattning/ny', '/min-sida/intyg/[courseId]/visa'],
  },
  { area: 'Vägledning', paths: ['/vagledning', '/vagledning/[slug]'] },
  {
    area: 'Exempel från kollegor',
    paths: ['/exempel', '/exempel/[id]', '/exempel/nytt', '/exempel/mina', '/exempel/mina/[id]', '/exempel/granska'],
  },
  {
    area: 'Sidor för chefer',
    paths: [
      '/chef',
      '/chef/personer/[id]',
      '/chef/tilldela',
      '/chef/regler',
      '/chef/traffar',
      '/chef/traffar/ny',
      '/chef/traffar/[id]',
      '/chef/traffar/[id]/anslag',
    ],
  },
  {
    area: 'Checklistan och skattning per förvaltning',
    paths: [
      '/checklista',
      '/checklista/[punkt]',
      '/checklista/handlingsplan',
      '/checklista/skattning',
      '/checklista/skattning/ny',
      '/checklista/skattning/[omgang]',
    ],
  },
  {
    area: 'Statistik och kompetensplaner',
    paths: [
      '/statistik',
      '/statistik/jamfor',
      '/statistik/behov',
      '/kompetensplaner',
      '/kompetensplaner/ny',
      '/kompetensplaner/[id]',
      '/kompetensplaner/[id]/andra',
    ],
  },
  {
    area: 'Redaktion',
    paths: [
      '/redaktion',
      '/redaktion/kurser/[id]',
      '/redaktion/kurser/[id]/historik',
      '/redaktion/kurser/[id]/utvardering',
      '/redaktion/larvagar/[malgrupp]',
      '/redaktion/sjalvskattning',
      '/redaktion/checklistor',
      '/redaktion/checklistor/[mall]',
      '/redaktion/checklistor/[mall]/engelska',
      '/redaktion/vagledning',
      '/redaktion/vagledning/ny',
      '/redaktion/vagledning/[id]',
      '/redaktion/vagledning/[id]/forhandsvisning',
      '/redaktion/vagledning/[id]/historik',
      '/redaktion/vagledning/[id]/historik/[nummer]',
      '/redaktion/vagledning/[id]/ta-bort',
    ],
  },
  {
    area: 'Administration',
    paths: [
      '/admin',
      '/admin/personer/ny',
      '/admin/personer/[id]',
      '/admin/enheter',
      '/admin/enheter/[id]',
      '/admin/import',
      '/admin/installningar',
      '/admin/inloggning',
      '/admin/provisionering',
      '/admin/logg',
      '/admin/radering',
      '/admin/radering/[id]',
    ],
  },
];
