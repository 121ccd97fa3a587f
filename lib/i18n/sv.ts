// The shell's strings (header, menu, footer, error pages): the seed of the message catalogue that
// the English issue grows. The rest of the UI is written in Swedish where it is shown, and enum
// labels are in lib/labels.ts. lib/i18n/en.ts must have the same keys (the type checker enforces it).
export const sv = {
  siteName: 'Jämställdhetsportalen',
  skipLink: 'Hoppa till innehållet',
  nav: {
    label: 'Huvudmeny',
    start: 'Start',
    guidance: 'Vägledning',
    paths: 'Lärvägar',
    examples: 'Exempel',
    checklist: 'Checklista',
    myPage: 'Min sida',
    team: 'Mitt team',
    statistics: 'Statistik',
    editor: 'Redaktion',
    admin: 'Administration',
    signIn: 'Logga in',
    signOut: 'Logga ut',
    signedInAs: 'Inloggad som',
  },
  footer: {
    about: 'En portal för kompetens i jämställdhetsintegrering för kommuner och regioner.',
    accessibility: 'Tillgänglighet',
    privacy: 'Personuppgifter',
    contact: 'Frågor eller problem med portalen? Skriv till',
  },
  errors: {
    notFoundTitle: 'Sidan finns inte',
    notFoundText: 'Vi hittar inte sidan du söker. Den kan ha flyttats, eller så finns den inte längre.',
    forbiddenTitle: 'Du har inte behörighet',
    forbiddenText:
      'Sidan är inte öppen för din roll. Kontakta din chef eller portalens administratör om du behöver komma åt den.',
    forbiddenManagerText:
      'Sidan är inte öppen för din roll, eller så gäller den en enhet som inte är din. Kontakta portalens administratör om du behöver komma åt den.',
    forbiddenAdminText:
      'Du är administratör, men den här sidan går inte att öppna med ditt konto. Den gäller till exempel innehåll som en annan organisation äger, eller något som bara den ansvariga får ändra. Tror du att det är fel, be en annan administratör i din organisation att se över din roll och enhet.',
    errorTitle: 'Något gick fel',
    errorText: 'Sidan kunde inte visas just nu. Försök igen om en stund.',
    tryAgain: 'Försök igen',
    toStart: 'Till startsidan',
  },
} as const;

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type Messages = Widen<typeof sv>;
