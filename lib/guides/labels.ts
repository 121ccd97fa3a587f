import type { AudienceKey, TopicKey } from '@/lib/validation/content';

// Swedish names for the content vocabularies (content/README.md lists the keys).
export const topicLabels: Record<TopicKey, string> = {
  grunder: 'Grunder',
  styrning: 'Styrning och ledning',
  kompetens: 'Kompetens och lärande',
  'statistik-och-analys': 'Statistik och analys',
  stereotyper: 'Stereotyper',
  cemr: 'CEMR-deklarationen',
  kommunikation: 'Kommunikation',
  'vard-och-omsorg': 'Vård och omsorg',
  forbattringsarbete: 'Förbättringsarbete',
  roller: 'Roller och ansvar',
};

export const audienceLabels: Record<AudienceKey, string> = {
  politiker: 'Förtroendevalda',
  chef: 'Chefer',
  strateg: 'Strateger',
  medarbetare: 'Medarbetare',
};

export const statusLabels = {
  DRAFT: 'Utkast',
  PUBLISHED: 'Publicerad',
  UNPUBLISHED: 'Avpublicerad',
} as const;

export type GuideStatus = keyof typeof statusLabels;

const dateFormat = new Intl.DateTimeFormat('sv-SE', { dateStyle: 'long', timeZone: 'Europe/Stockholm' });
const dateTimeFormat = new Intl.DateTimeFormat('sv-SE', {
  dateStyle: 'medium',
  timeStyle: 'short',
  timeZone: 'Europe/Stockholm',
});

/** "27 november 2026" for an ISO date (read as a calendar day, not shifted by time zone). */
export function formatDay(isoDate: string): string {
  return dateFormat.format(new Date(`${isoDate}T12:00:00Z`));
}

export function formatDateTime(date: Date): string {
  return dateTimeFormat.format(date);
}

/** Today's date in Sweden as YYYY-MM-DD (the "updated" date of a new revision). */
export function todayInSweden(now = new Date()): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(now);
}
