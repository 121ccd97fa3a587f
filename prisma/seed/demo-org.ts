// The demo data: one municipality with three administrations and about 60 people, and a second
// small organisation whose data the first must never see. The data is in demo-people.ts and
// demo-staff.ts; here the municipality's staff is generated from it.
import { men, sjostadStaffing, surnames, women } from './demo-staff';
import {
  inactiveEmails,
  norrvikPeople,
  norrvikUnits,
  sjostadPeople,
  sjostadUnits,
  type SeedOrg,
  type SeedPerson,
} from './demo-people';

export type { SeedOrg, SeedPerson };
export { inactiveEmails };

export const DEMO_PASSWORD = 'Demo-jamstalld-2026';

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
  for (const [unit, nw, nm, other] of sjostadStaffing) {
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
  sharing: 'named',
  examplesPublic: true,
  units: Object.values(sjostadUnits),
  people: [...sjostadPeople, ...staff('sjostad.se')],
};

export const otherOrganisation: SeedOrg = {
  slug: 'norrvik',
  name: 'Region Norrvik',
  kind: 'REGION',
  cemrSignedAt: null,
  sharing: 'named',
  units: norrvikUnits,
  people: norrvikPeople,
};
