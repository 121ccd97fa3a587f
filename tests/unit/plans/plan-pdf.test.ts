// The plan's PDF for the politicians: title and language set, the decision, the goals and the
// follow-up in it, a hidden figure marked as hidden, and every character printable; in Swedish and,
// for an English reader, in English.
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { planPdf } from '@/lib/plans/plan-pdf';
import { pdfText } from '../../support/pdf-text';

const goal = {
  courseId: 'c1',
  courseTitle: 'Introduktion till jämställdhetsintegrering',
  audience: null,
  targetPercent: 80,
};

const input = {
  organisationName: 'Sjöstads kommun',
  unitName: 'Vård- och omsorgsförvaltningen',
  year: 2027,
  hoursPerEmployee: 2.5,
  budgetKronor: 250_000,
  decisionDate: new Date('2027-03-14T22:59:59Z'),
  decisionReference: 'KS 2027-03-14 § 45',
  notes: '',
  goals: [goal],
  activities: [{ kind: 'SESSION', title: 'Grundkursen på APT', month: 4, course: null }],
  followUp: {
    gone: 0.5,
    hours: {
      KVINNA: { hidden: false, people: 20, hours: 30, perPerson: 1.5, decided: 50 },
      MAN: { hidden: true, reason: 'small' },
      total: { hidden: true, reason: 'protects' },
    },
    goals: [
      {
        ...goal,
        cells: {
          KVINNA: { hidden: false, people: 20, completed: 9, percent: 45 },
          MAN: { hidden: true, reason: 'small' },
          total: { hidden: true, reason: 'protects' },
        },
        reached: null,
        onTrack: null,
      },
    ],
  },
  printedAt: new Date('2027-07-01T10:00:00Z'),
} satisfies Parameters<typeof planPdf>[0];

describe('competence plan PDF', () => {
  it('says what was decided and what happened, women and men', async () => {
    const bytes = await planPdf(input);
    const doc = await PDFDocument.load(bytes);
    expect(doc.getTitle()).toContain('Kompetensplan 2027 – Vård- och omsorgsförvaltningen');
    const text = (await pdfText(bytes)).join('\n');
    expect(text).not.toContain('\uFFFD');
    expect(text).toContain('KS 2027-03-14 § 45');
    expect(text).toContain('2,5 timmar');
    expect(text).toMatch(/Budget: 250\s000 kr/);
    expect(text).toContain('Kvinnor: 45 % (9 av 20)');
    expect(text).toContain('Män: dold – färre än 5 personer');
    expect(text).toContain('Grundkursen på APT (gruppträff, april)');
  });

  it('is written in English for an English reader, with the same figures and hidden cells', async () => {
    const bytes = await planPdf({ ...input, locale: 'en' });
    const doc = await PDFDocument.load(bytes);
    expect(doc.getTitle()).toBe('Competence plan 2027 – Vård- och omsorgsförvaltningen – Sjöstads kommun');
    const text = (await pdfText(bytes)).join('\n');
    expect(text).toContain('Time per employee: 2.5 hours');
    expect(text).toContain('Budget: 250,000 kronor');
    expect(text).toContain('Decision: 14 March 2027, KS 2027-03-14 § 45');
    expect(text).toContain('80% of everyone in the administration have completed the course Introduktion till');
    expect(text).toContain('Grundkursen på APT (group session, April)');
    expect(text).toContain('Women: 30 hours (1.5 hours per person, 20 people, decided 50 hours)');
    expect(text).toContain('Women: 45% (9 of 20)');
    expect(text).toContain('Men: hidden – fewer than 5 people');
    expect(text).toContain('Everyone: hidden – protects a small group');
    expect(text).toContain('Status: cannot be shown');
    expect(text).toMatch(/Page 1 of \d+/);
    for (const swedish of ['timmar', 'Kvinnor', 'dold', 'Beslut', 'Läge', 'Sida', 'Utskriven'])
      expect(text).not.toContain(swedish);
  });
});
