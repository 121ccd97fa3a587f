// The Swedish message catalogue (next-intl, ICU message format: `{count, plural, one {…} other
// {…}}` for counts). It holds the pages moved to it so far: the frame (header, menu, footer, error
// pages), the language choice, the start page and the search box; the rest of the UI is still
// written in Swedish where it is shown (README, "Språk"). lib/i18n/en.ts has the same keys and the
// same placeholders (the type checker and tests/unit/i18n-catalogues.test.ts hold them equal).
import {
  audienceKeyLabels,
  audienceLabels,
  audiencePluralLabels,
  genderLabels,
  roleLabels,
  topicLabels,
} from '@/lib/labels';

export const sv = {
  siteName: 'Jämställdhetsportalen',
  siteDescription: 'Vägledning, lärvägar och uppföljning för jämställdhetsintegrering i kommuner och regioner.',
  skipLink: 'Hoppa till innehållet',
  language: {
    switchTo: 'In English',
    switchLabel: 'Språk',
    accountHeading: 'Språk',
    accountIntro: 'Välj vilket språk portalen visas på. Valet följer ditt konto, också i andra webbläsare.',
    accountLegend: 'Portalens språk',
    optionSv: 'Svenska',
    optionEn: 'Engelska (English)',
    optionBrowser: 'Samma som webbläsaren',
    save: 'Spara språket',
  },
  search: {
    label: 'Sök i vägledning och kurser',
    landmark: 'Sök i portalen',
    submit: 'Sök',
  },
  home: {
    title: 'Kompetens för jämställd verksamhet',
    intro:
      'Jämställdhetsportalen hjälper förtroendevalda, chefer, strateger och medarbetare i kommuner och regioner att arbeta med jämställdhetsintegrering. Här finns vägledning, korta kurser för din roll och en checklista för CEMR-deklarationens artikel 6 om stereotyper.',
    searchLandmark: 'Sök på startsidan',
    findPath: 'Hitta din lärväg',
    readGuidance: 'Läs vägledningen',
    pathsHeading: 'Fyra lärvägar',
    pathBlurbs: {
      politiker: 'Beslut, krav på resultat och CEMR-deklarationens handlingsplan.',
      chef: 'Förutsättningar för lärande: mötesstruktur, arbetstid och att gå före.',
      strateg: 'Analysera kompetensbehov, stötta chefer och följa upp.',
      medarbetare: 'Grunderna, stereotyper och jämställdhet i ditt vardagsarbete.',
    },
    courseCount: '{count, plural, one {# kurs} other {# kurser}}',
    latestHeading: 'Senaste vägledningen',
    noGuidance: 'Ingen vägledning är publicerad ännu.',
    examplesHeading: 'Så gjorde andra',
    allExamples: 'Alla lärande exempel',
  },
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
  guide: {
    breadcrumb: 'Vägledning',
    onlySwedish: 'Den här sidan finns bara på svenska.',
    updated: 'Senast uppdaterad',
    topics: 'Ämnen',
    audiences: 'För',
    related: 'Relaterade sidor',
    examplesHeading: 'Så gjorde andra',
    skrGuide: 'SKR:s vägledning',
    toc: 'Innehåll',
    tocLabel: 'Innehåll på sidan',
    sources: 'Källor',
    skrStep: 'Steg {step}',
    skrStepInEdition: 'Steg {step} i utgåvan {edition}',
  },
  // The Swedish words for enum values are written once, in lib/labels.ts.
  labels: {
    audience: audienceLabels,
    audiencePlural: audiencePluralLabels,
    audienceKey: audienceKeyLabels,
    gender: genderLabels,
    role: roleLabels,
    topic: topicLabels,
  },
  account: {
    title: 'Mitt konto',
    lead: 'Du är inloggad som {name}.',
    accountHeading: 'Kontot',
    somethingWrong: 'Är något fel? Kontakta portalens administratör i din organisation.',
    areasHeading: 'Det här kan du öppna',
    mailHeading: 'E-post om mina kurser',
    email: 'E-post',
    organisation: 'Organisation',
    unit: 'Enhet',
    noUnit: 'Ingen enhet',
    role: 'Roll i portalen',
    roleHint: 'Vad du får göra här.',
    roleMeans: {
      EMPLOYEE: 'Du kan läsa vägledningen, gå kurser och följa det du själv har gjort.',
      MANAGER: 'Du kan gå kurser, tilldela kurser och följa upp personerna i dina enheter.',
      STRATEGIST:
        'Du kan det en chef kan, och dessutom ändra portalens innehåll och se statistik för hela organisationen.',
      ADMIN: 'Du kan det en strateg kan, och dessutom hantera personer, enheter och inställningar och läsa loggen.',
    },
    audience: 'Målgrupp',
    audienceHint: 'Vilken lärväg som är din.',
    mailLabel: 'Skicka e-post om mina kurser',
    mailHint:
      'Du får e-post när du får en ny kurs, när slutdatumet för en kurs ändras och när en kurs tas bort från dig. Du får också påminnelser några dagar före ett slutdatum och när det har passerat.',
    mailManager:
      'Det här påverkar inte din chef: en påminnelse som chefen själv skickar kommer ändå, och chefens veckosammanfattning visar fortfarande kurser som är försenade. Dina kurser finns alltid på Min sida.',
    saving: 'Sparar …',
    saveSetting: 'Spara inställningen',
    mailOn: 'Sparat. Du får e-post om dina kurser.',
    mailOff: 'Sparat. Du får inte längre e-post om dina kurser. Du ser dem alltid på Min sida.',
  },
  signInErrors: {
    generic: 'Inloggningen misslyckades. Försök igen om en stund.',
    wrongCredentials: 'Fel e-postadress eller lösenord.',
    unavailable: 'Inloggningen fungerar inte just nu. Försök igen om en stund.',
    verification: 'Inloggningslänken har redan använts eller gått ut. Be om en ny länk.',
    noAccount: 'Det finns inget aktivt konto för den adressen. Kontakta portalens administratör.',
    emailSignin: 'Inloggningslänken kunde inte skickas. Kontrollera e-postadressen och försök igen.',
    notLinked: 'Kontot kunde inte kopplas. Kontakta portalens administratör.',
    workAccountStart: 'Inloggningen med jobbkontot kunde inte starta. Försök igen om en stund.',
    workAccountFailed: 'Inloggningen med jobbkontot misslyckades. Försök igen om en stund.',
    workAccountUnverified:
      'Jobbkontot uppger ingen bekräftad e-postadress, så portalen kan inte veta vem du är. Kontakta din IT-avdelning.',
    workAccountOtherOrganisation:
      'Kontot hör inte till den organisation vars inloggning du använde. Logga in med din egen organisations konto.',
    workAccountAlreadyBound:
      'Ditt konto i portalen är redan kopplat till ett annat jobbkonto. Kontakta portalens administratör.',
    workAccountBroken:
      'Inloggningen med jobbkonto är inte rätt inställd i portalen. Logga in på annat sätt och kontakta portalens administratör.',
    sessionRequired: 'Du behöver logga in för att se sidan.',
    locked:
      'För många misslyckade inloggningar. Vänta {minutes, plural, one {# minut} other {# minuter}} och försök igen.',
  },
  signIn: {
    title: 'Logga in',
    intro: 'Logga in för att gå kurser, se dina uppdrag och följa ditt lärande.',
    passwordHeading: 'Med e-post och lösenord',
    email: 'E-postadress',
    password: 'Lösenord',
    signingIn: 'Loggar in …',
    submit: 'Logga in',
    linkHeading: 'Med en länk i e-post',
    linkIntro: 'För dig som inte har ett lösenord, till exempel förtroendevalda. Vi skickar en länk som loggar in dig.',
    sending: 'Skickar …',
    sendLink: 'Skicka inloggningslänk',
    workHeading: 'Med ditt jobbkonto',
    workIntro: 'Skriv din e-postadress på jobbet, så visar vi din organisations inloggning.',
    workEmail: 'E-postadress på jobbet',
    searching: 'Söker …',
    continue: 'Fortsätt',
    checkTitle: 'Kolla din e-post',
    checkSent:
      'Om adressen hör till ett konto i portalen har vi skickat en inloggningslänk dit. Länken gäller i 30 minuter och fungerar en gång.',
    checkMissing:
      'Hittar du inte mejlet? Titta i skräpposten, eller be om en ny länk. Vi skickar högst tre länkar på en kvart till samma adress; en länk du redan har fått fungerar tills den har använts eller gått ut.',
    backToSignIn: 'Tillbaka till inloggningen',
  },
  paths: {
    title: 'Lärvägar',
    lead: 'Fyra lärvägar, en för varje roll. Varje lärväg är en serie korta kurser som du går i din egen takt.',
    yours: 'Din lärväg',
    path: 'Lärväg',
    coursesHeading: 'Kurserna i ordning',
    examplesHeading: 'Så gjorde andra',
    aboutHeading: 'Om lärvägen',
    signInToSave: 'Logga in för att spara hur långt du har kommit.',
    done: 'Klar',
    courseFacts: '{lessons, plural, one {# lektion} other {# lektioner}} · cirka {minutes} minuter',
    progress: 'Hur långt du har kommit',
    doneOf: '{done} av {total} klara',
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
