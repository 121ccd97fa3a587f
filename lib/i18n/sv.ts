// The Swedish message catalogue: every UI string of the shell lives here, so English can follow
// (lib/i18n/en.ts must have the same keys; the type checker enforces it).
export const sv = {
  siteName: 'Jämställdhetsportalen',
  skipLink: 'Hoppa till innehållet',
  nav: {
    label: 'Huvudmeny',
    start: 'Start',
    guidance: 'Vägledning',
    paths: 'Lärvägar',
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
  audiences: {
    POLITICIAN: 'Förtroendevald',
    MANAGER: 'Chef',
    STRATEGIST: 'Strateg',
    EMPLOYEE: 'Medarbetare',
  },
  roles: {
    EMPLOYEE: 'Medarbetare',
    MANAGER: 'Chef',
    STRATEGIST: 'Strateg',
    ADMIN: 'Administratör',
  },
  genders: {
    KVINNA: 'Kvinna',
    MAN: 'Man',
    ANNAT: 'Annat',
    VILL_INTE_ANGE: 'Vill inte ange',
  },
  errors: {
    notFoundTitle: 'Sidan finns inte',
    notFoundText: 'Vi hittar inte sidan du söker. Den kan ha flyttats, eller så finns den inte längre.',
    forbiddenTitle: 'Du har inte behörighet',
    forbiddenText:
      'Sidan är inte öppen för din roll. Kontakta din chef eller portalens administratör om du behöver komma åt den.',
    errorTitle: 'Något gick fel',
    errorText: 'Sidan kunde inte visas just nu. Försök igen om en stund.',
    tryAgain: 'Försök igen',
    toStart: 'Till startsidan',
  },
} as const;

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type Messages = Widen<typeof sv>;
