// What the accessibility statement (/om/tillganglighet) says about testing and known shortcomings,
// as data. The page renders these facts instead of hand-typed prose, and
// tests/unit/accessibility-audit.test.ts compares them with the end-to-end specs and app/, so the
// statement cannot claim a test the project does not run. Texts are Swedish: they are shown as is.

import { axeAreas, type AxeArea } from './axe-pages';

export { notFoundPath, type AxeArea } from './axe-pages';

export type ConformanceStatus = 'förenlig' | 'delvis förenlig' | 'inte förenlig';

export type FocusCheck = { spec: `tests/e2e/${string}.spec.ts`; what: string };

export type Criterion = { id: string; name: string };

export type Shortcoming = {
  title: string;
  criteria: readonly Criterion[];
  problem: string;
  reason: string;
  alternative: string;
};

export type AccessibilityAudit = {
  status: ConformanceStatus;
  assessedOn: string;
  axe: { tags: readonly string[]; areas: readonly AxeArea[] };
  reflowWidth: number;
  focusChecks: readonly FocusCheck[];
  notScanned: readonly string[];
  untested: readonly string[];
  shortcomings: readonly Shortcoming[];
};

export const accessibilityAudit = {
  status: 'delvis förenlig',
  assessedOn: '2026-12-03',
  axe: { tags: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'], areas: axeAreas },
  reflowWidth: 390,
  focusChecks: [
    {
      spec: 'tests/e2e/learning.spec.ts',
      what: 'När du markerar en lektion som klar hamnar fokus på beskedet, inte överst på sidan. När du skickar in en kunskapskontroll med obesvarade frågor hamnar fokus på en sammanfattning som länkar till frågorna.',
    },
    {
      spec: 'tests/e2e/language-learning.spec.ts',
      what: 'Samma sak på engelska: när du skickar in en kunskapskontroll med obesvarade frågor hamnar fokus på sammanfattningen, som namnger frågorna på engelska.',
    },
    {
      spec: 'tests/e2e/self-assessment.spec.ts',
      what: 'När du sparar din självskattning med ett påstående obesvarat hamnar fokus på en sammanfattning som länkar till påståendet.',
    },
    {
      spec: 'tests/e2e/administration-assessment.spec.ts',
      what: 'När en chef sparar en skattning för sin förvaltning med ett påstående obesvarat hamnar fokus på en sammanfattning som länkar till påståendet.',
    },
    {
      spec: 'tests/e2e/language-self-assessment.spec.ts',
      what: 'Samma sak på engelska: när du sparar självskattningen med ett påstående obesvarat hamnar fokus på sammanfattningen, och påståendet i länken är märkt som svenska.',
    },
    {
      spec: 'tests/e2e/language-checklist.spec.ts',
      what: 'Samma sak på engelska för förvaltningens skattning: fokus hamnar på sammanfattningen, som säger på engelska vad som saknas.',
    },
    {
      spec: 'tests/e2e/work-account.spec.ts',
      what: 'När du har skrivit din e-postadress för att logga in med jobbkontot hamnar fokus på knappen som loggar in med din organisations konto.',
    },
    {
      spec: 'tests/e2e/course-authoring.spec.ts',
      what: 'När en kurs inte går att spara leder länken i felsammanfattningen till fältet som ska rättas, och fokus hamnar i fältet.',
    },
    {
      spec: 'tests/e2e/language-editor-learning.spec.ts',
      what: 'Samma sak på engelska: felsammanfattningen säger på engelska var felet finns, och länken leder fokus till fältet.',
    },
    {
      spec: 'tests/e2e/course-english.spec.ts',
      what: 'När en kurs engelska version inte går att spara öppnas den hopfällda delen med felet, och länken i felsammanfattningen leder fokus till det engelska fältet.',
    },
    {
      spec: 'tests/e2e/template-english.spec.ts',
      what: 'När en engelsk text i en checklistmall inte går att spara hamnar fokus i fältet som ska rättas, och felet läses upp med fältet.',
    },
  ],
  // Pages in app/ that no spec scans with axe yet; the unit test keeps this list complete.
  notScanned: [
    '/vagledning/publicerad/[slug]',
    '/min-sida/intyg/larvag/[pathId]/visa',
    '/redaktion/kurser',
    '/redaktion/larvagar',
    '/redaktion/vagledning/[id]/avpublicera',
  ],
  untested: [
    'Ingen expert har granskat webbplatsen med skärmläsare, till exempel NVDA, JAWS, VoiceOver eller TalkBack.',
    'Vi har inte gått igenom hela webbplatsen med bara tangentbord. Testerna kontrollerar fokus i de fall som står ovan.',
    'WCAG kräver att en sida går att läsa i 320 pixlars bredd utan att skrolla i sidled. Vi testar 390 pixlar, inte 320.',
    'Vi kontrollerar inte koden med W3C:s validator för HTML (Nu HTML Checker).',
    'PDF-filerna kontrolleras inte med något verktyg för tillgänglighet.',
  ],
  shortcomings: [
    {
      title: 'PDF-filerna saknar taggar',
      criteria: [{ id: '1.3.1', name: 'Information och relationer' }],
      problem:
        'Intygen, handlingsplanen från checklistan, samtalsguiderna och kompetensplanerna går att ladda ner som PDF. Filerna har titel och språk, men inga taggar som visar vad som är rubriker, listor och tabeller. En skärmläsare kan därför inte visa hur texten hänger ihop.',
      reason: 'Programmet som skapar filerna (pdf-lib) kan inte göra taggade PDF-filer.',
      alternative:
        'Allt som står i filerna finns också som webbsidor: intyget som webbsida på Min sida, handlingsplanen för utskrift, samtalsguiden och kompetensplanen. Länken till PDF-filen står på samma webbsida.',
    },
    {
      title: 'Bilder i texter kan sakna textbeskrivning',
      criteria: [{ id: '1.1.1', name: 'Icke-textuellt innehåll' }],
      problem:
        'Redaktörer kan lägga in bilder i texterna i vägledningen och i kurserna. Redigeraren kontrollerar inte att en bild har en textbeskrivning. I exempel från kollegor måste en bild däremot ha en beskrivning för att kunna sparas.',
      reason: 'Kontrollen finns inte i redigeraren ännu.',
      alternative: 'Hör av dig om du hittar en bild utan beskrivning, så beskriver vi den och rättar texten.',
    },
    {
      title: 'Filmerna saknar syntolkning',
      criteria: [{ id: '1.2.5', name: 'Syntolkning (förinspelad)' }],
      problem:
        'Filmerna i kurserna och i exemplen från kollegor har svenska undertexter, men ingen syntolkning. Det som bara syns i bild kan därför gå förlorat för den som inte ser filmen.',
      reason: 'Filmerna är inte gjorda med syntolkning, och redigeraren ber inte om den.',
      alternative:
        'Under varje film i en kurs står hela filmens text. Ett exempel från kollegor beskrivs också i text: vad de gjorde och vad de lärde sig.',
    },
  ],
} as const satisfies AccessibilityAudit;

/** The number of pages axe scans, in all areas. */
export const axePageCount = (audit: Pick<AccessibilityAudit, 'axe'>) =>
  audit.axe.areas.reduce((sum, a) => sum + a.paths.length, 0);

/** A statement that says "förenlig" lists no shortcomings; any other status lists at least one. */
export const statusMatchesShortcomings = (audit: Pick<AccessibilityAudit, 'status' | 'shortcomings'>) =>
  (audit.status === 'förenlig') === (audit.shortcomings.length === 0);
