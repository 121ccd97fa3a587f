// The action plan: history lines, the CSV and the PDF carry what was entered, in Swedish and in English.
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { actionPlanCsv, actionPlanFileName, buildActionPlan } from '@/lib/checklist/action-plan';
import { actionPlanPdf } from '@/lib/checklist/action-plan-pdf';
import { describeChange, diffItem, emptyItem, type ItemValues } from '@/lib/checklist/changes';
import { localizeTemplate } from '@/lib/checklist/translations';
import { loadChecklists } from '@/lib/content/loader';
import { embedFonts } from '@/lib/pdf/fonts';
import { textWidth, wrap } from '@/lib/pdf/text';
import { snapshotFromContent } from '@/prisma/seed/checklists';
import { pdfText } from '../support/pdf-text';

const template = snapshotFromContent(loadChecklists().find((c) => c.data.key === 'cemr-artikel-6')!);
const entered: ItemValues = {
  status: 'IN_PROGRESS',
  reason: '',
  responsible: { id: 'u1', name: 'Cecilia Chef' },
  dueOn: '2027-01-31',
  evidenceText: 'Beslut i KS, "§ 12"',
  evidenceLinks: ['https://sjostad.se/beslut/12'],
};
const plan = buildActionPlan({
  organisationName: 'Sjöstads kommun',
  scopeName: null,
  template,
  items: new Map([
    ['a1-handlingsplan', entered],
    ['a2-forebilder', { ...emptyItem, status: 'NOT_APPLICABLE', reason: '=Ingen rekrytering i år' }],
  ]),
  signedAt: new Date('2025-03-18T00:00:00Z'),
  now: new Date('2026-11-28T09:00:00Z'),
});

describe('item history', () => {
  it('records only the fields that changed, in plain Swedish', () => {
    const changes = diffItem(emptyItem, entered);
    expect(changes.map((c) => c.field)).toEqual(['status', 'responsible', 'dueOn', 'evidenceText', 'evidenceLinks']);
    expect(changes.map((change) => describeChange(change))).toEqual([
      'Status: Ej påbörjad → Pågår',
      'Ansvarig: ingen → Cecilia Chef',
      'Klart senast: inget datum → 31 januari 2027',
      'Underlag: ”Beslut i KS, "§ 12"”',
      'Länkar: lade till https://sjostad.se/beslut/12',
    ]);
    expect(diffItem(entered, { ...entered })).toEqual([]);
  });
});

describe('action plan CSV', () => {
  const csv = actionPlanCsv(plan);
  const lines = csv.slice(1).split('\r\n');

  it('has a header and one row per item, with what was entered', () => {
    expect(csv.startsWith('\uFEFFÅtagande;Nyckel;Punkt;Status')).toBe(true);
    expect(lines.filter(Boolean)).toHaveLength(24);
    const row = lines.find((l) => l.includes('a1-handlingsplan'))!;
    expect(row).toContain('Pågår;;Cecilia Chef;2027-01-31;"Beslut i KS, ""§ 12""";https://sjostad.se/beslut/12');
  });

  it('neutralises a formula in free text and marks the optional section', () => {
    expect(lines.find((l) => l.includes('a2-forebilder'))).toContain(`Ej aktuell;"'=Ingen rekrytering i år"`);
    expect(
      lines.filter((l) => l.startsWith('Vård och omsorg (artiklarna 14 och 15) (frivilligt avsnitt)')),
    ).toHaveLength(4);
  });

  it('gets a file name without å, ä, ö or spaces', () => {
    expect(actionPlanFileName(plan)).toBe('handlingsplan-sjostads-kommun-2026-11-28');
  });
});

describe('action plan PDF', () => {
  it('is a titled A4 PDF of several pages', async () => {
    const bytes = await actionPlanPdf(plan);
    const doc = await PDFDocument.load(bytes);
    expect(doc.getPageCount()).toBeGreaterThan(2);
    expect(doc.getTitle()).toBe(
      'Handlingsplan – CEMR-deklarationen, artikel 6: Att motverka stereotyper – Sjöstads kommun',
    );
    expect(doc.getPage(0).getSize()).toEqual({ width: 595.28, height: 841.89 });
    const text = await pdfText(bytes);
    expect(text).toContain('Sjöstads kommun');
    expect(text).toContain('Utskriven 28 november 2026 från Jämställdhetsportalen');
    expect(text).toContain('Åtagande 1: Motverka fördomar och stereotypa föreställningar');
    expect(text).toContain('Status: Pågår   ·   Ansvarig: Cecilia Chef   ·   Klart senast: 31 januari 2027');
    expect(text).toContain('Underlag: Beslut i KS, "§ 12"');
    expect(text).toContain('https://sjostad.se/beslut/12');
    expect(text).toContain('Skäl: =Ingen rekrytering i år');
    expect(
      text.filter((l) => /^Sjöstads kommun · Handlingsplan 28 november 2026 · Sida \d+ av \d+$/.test(l)),
    ).toHaveLength(doc.getPageCount());
  });

  it('prints the name of the person responsible, in any script, as written', async () => {
    const name = 'Łucja Nguyễn Thị Hằng محمد';
    const first = plan.sections[0]!;
    const text = await pdfText(
      await actionPlanPdf({
        ...plan,
        scopeName: 'Phường Bến Nghé',
        sections: [{ ...first, items: [{ ...first.items[0]!, responsible: name }] }],
      }),
    );
    expect(text).toContain(`Status: Ej påbörjad   ·   Ansvarig: ${name}   ·   Klart senast: inget datum`);
    expect(text).toContain('Sjöstads kommun, Phường Bến Nghé · Handlingsplan 28 november 2026 · Sida 1 av 1');
  });

  it('does not fail on very long evidence or letters the font lacks', async () => {
    const long = {
      ...entered,
      evidenceText: 'Łódź 李 '.repeat(700),
      evidenceLinks: [`https://a.se/${'x'.repeat(480)}`],
    };
    const bytes = await actionPlanPdf({
      ...plan,
      sections: [{ ...plan.sections[0]!, items: [{ ...plan.sections[0]!.items[0]!, ...long, responsible: 'Ż' }] }],
    });
    expect((await PDFDocument.load(bytes)).getPageCount()).toBeGreaterThanOrEqual(2);
  });

  it('wraps text to the width and cuts words longer than a line', async () => {
    const { regular: font } = await embedFonts(await PDFDocument.create(), ['regular']);
    const lines = wrap(`ord ${'x'.repeat(300)} slut محمد بن`, font, 10, 200);
    expect(lines.length).toBeGreaterThan(2);
    for (const l of lines) expect(textWidth(l, font, 10)).toBeLessThanOrEqual(200);
    // Nothing is lost at the breaks but the spaces there.
    expect(lines.join('').replaceAll(' ', '')).toBe(`ord${'x'.repeat(300)}slutمحمدبن`);
  });
});

describe('the action plan in English', () => {
  // The template as an English reader sees it (its English version), with the same saved items.
  const english = buildActionPlan({
    organisationName: 'Sjöstads kommun',
    scopeName: null,
    template: localizeTemplate(template, 'en'),
    items: new Map([
      ['a1-handlingsplan', entered],
      ['a2-forebilder', { ...emptyItem, status: 'NOT_APPLICABLE', reason: 'Ingen rekrytering i år' }],
    ]),
    signedAt: new Date('2025-03-18T00:00:00Z'),
    now: new Date('2026-11-28T09:00:00Z'),
  });

  it('writes the history in English', () => {
    expect(diffItem(emptyItem, entered).map((change) => describeChange(change, 'en'))).toEqual([
      'Status: Not started → In progress',
      'Responsible: nobody → Cecilia Chef',
      'Due by: no date → 31 January 2027',
      'Evidence: “Beslut i KS, "§ 12"”',
      'Links: added https://sjostad.se/beslut/12',
    ]);
  });

  it('gives the CSV English headers, statuses and texts, with the same rows as in Swedish', () => {
    const csv = actionPlanCsv(english, 'en');
    expect(
      csv.startsWith('\uFEFFCommitment;Key;Item;Status;Reason (does not apply);Responsible;Due by;Evidence;Links'),
    ).toBe(true);
    const rows = csv.slice(1).split('\r\n').filter(Boolean);
    expect(rows).toHaveLength(actionPlanCsv(plan).slice(1).split('\r\n').filter(Boolean).length);
    expect(rows.find((l) => l.includes('a1-handlingsplan'))).toBe(
      'Combat and prevent prejudices and stereotyped roles;a1-handlingsplan;Measures against gender stereotypes are part of the equality action plan;In progress;;Cecilia Chef;2027-01-31;"Beslut i KS, ""§ 12""";https://sjostad.se/beslut/12',
    );
    expect(
      rows.filter((l) => l.startsWith('Health and social care (Articles 14 and 15) (optional section);')),
    ).toHaveLength(4);
    expect(rows.find((l) => l.includes('a2-forebilder'))).toContain('Does not apply;Ingen rekrytering i år');
    expect(csv).not.toMatch(/Pågår|Ej påbörjad|Åtagande|frivilligt avsnitt/);
    expect(actionPlanFileName(english, 'en')).toBe('action-plan-sjostads-kommun-2026-11-28');
  });

  it('reads back as an English PDF', async () => {
    const bytes = await actionPlanPdf(english, 'en');
    const doc = await PDFDocument.load(bytes);
    expect(doc.getTitle()).toBe('Action plan – CEMR Charter, Article 6: Combating stereotypes – Sjöstads kommun');
    const text = await pdfText(bytes);
    expect(text).toContain('Action plan');
    expect(text).toContain('Printed 28 November 2026 from the Gender Equality Portal');
    // The heading is wrapped to the page's width.
    expect(text.join(' ')).toContain('Commitment 1: Combat and prevent prejudices and stereotyped roles');
    expect(text).toContain('Status: In progress   ·   Responsible: Cecilia Chef   ·   Due by: 31 January 2027');
    expect(text).toContain('Evidence: Beslut i KS, "§ 12"');
    expect(text).toContain('Reason: Ingen rekrytering i år');
    expect(
      text.filter((l) => /^Sjöstads kommun · Action plan 28 November 2026 · Page \d+ of \d+$/.test(l)),
    ).toHaveLength(doc.getPageCount());
    for (const swedish of ['Åtagande', 'Ansvarig', 'Klart senast', 'Underlag', 'Utskriven', 'Sida ']) {
      expect(text.filter((l) => l.includes(swedish))).toEqual([]);
    }
  });
});
